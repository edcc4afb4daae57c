import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, FieldError, ForbiddenError, NotFoundError, Principal, requireOrganization, UnprocessableError } from '@skill-ladder/platform';
import { WorkersReader, WorkersService } from '@skill-ladder/workforce';
import { DrawCandidate, DrawFailure, drawEvaluators, DrawOutcome } from '../draw/draw';
import { DrawRule, NATIONAL_DEFAULT_DRAW_RULES } from '../draw/panel-size';
import type { DeclaredConflict, PersonRelation } from '../draw/recusal';
import { DrawPreviewDto, DrawPreviewResponseDto } from './dto/draw-preview.dto';
import { EvaluatorsService, PoolMember } from './evaluators.service';

export interface DrawRequest {
  /** The organization drawing: its own evaluators and those shared with its region. */
  organizationId: string;
  occupationCode: string;
  assessmentDate: string;
  candidates: DrawCandidate[];
  rule: DrawRule;
  /**
   * Internal only (replays, tests): no request carries a seed, so nobody can try seeds until the
   * panel they want comes up. Absent, a fresh one comes from the operating system's generator.
   */
  seed?: number;
}

export interface DrawResult {
  outcome: DrawOutcome;
  /** The pool the draw ran on, to show who was drawn and to record what it ran on. */
  pool: PoolMember[];
  relations: PersonRelation[];
  declaredConflicts: DeclaredConflict[];
}

/** Runs the draw (抽取考评员) on the pool an organization may use, with every recusal applied. */
@Injectable()
export class EvaluatorDrawService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly evaluators: EvaluatorsService,
    private readonly workers: WorkersService,
    private readonly workersReader: WorkersReader,
  ) {}

  /**
   * HR tries a draw for an ad-hoc set of its workers, on a seed the server picks. Nothing is
   * stored, and a saved draw picks its own seed, so a preview cannot be used to shop for a panel.
   */
  async preview(principal: Principal, dto: DrawPreviewDto): Promise<DrawPreviewResponseDto> {
    if (principal.organizationKind !== 'enterprise') {
      throw new ForbiddenError('DRAW_ENTERPRISE_ONLY', 'Evaluators are drawn by the enterprise that runs the assessment');
    }
    const organizationId = requireOrganization(principal);
    const em = this.dataSource.manager;
    const names = await this.visibleCandidates(em, principal, dto.candidatePersonIds);
    const rule: DrawRule = { ...NATIONAL_DEFAULT_DRAW_RULES.practical, ...definedFields(dto.rule ?? {}) };
    const assessmentDate = dto.assessmentDate ?? this.clock.today();
    const { outcome, pool } = await this.draw(em, {
      organizationId,
      occupationCode: dto.occupationCode,
      assessmentDate,
      candidates: dto.candidatePersonIds.map((personId) => ({ personId, targetRank: dto.targetRank })),
      rule,
    });
    if (!outcome.ok) throw drawFailed(outcome, dto.candidatePersonIds);
    const byProfile = new Map(pool.map((e) => [e.profileId, e]));
    return {
      seed: outcome.seed,
      algorithm: outcome.algorithm,
      occupationCode: dto.occupationCode,
      targetRank: dto.targetRank,
      assessmentDate,
      rule,
      evaluatorCount: outcome.evaluatorCount,
      recusalsApplied: outcome.recusalsApplied,
      panels: outcome.panels.map((panel, i) => ({
        number: i + 1,
        evaluators: panel.evaluatorProfileIds.map((id) => {
          const e = byProfile.get(id) as PoolMember;
          return { profileId: id, displayName: e.displayName, highestRank: e.highestRank, organizationId: e.organizationId, organizationName: e.organizationName };
        }),
        candidates: panel.candidatePersonIds.map((personId) => ({ personId, fullName: names.get(personId) as string })),
      })),
    };
  }

  /**
   * The draw itself, for the preview and for campaigns. The caller has checked it may draw for
   * these candidates; pass the caller's transaction so the pool and conflicts are read with it.
   */
  async draw(em: EntityManager, request: DrawRequest): Promise<DrawResult> {
    const pool = await this.evaluators.poolFor(em, request.organizationId);
    const personIds = request.candidates.map((c) => c.personId);
    const relations = await this.workers.relationsTouching(em, personIds);
    const declaredConflicts = await this.evaluators.declaredConflicts(em, pool.map((e) => e.profileId), personIds);
    const outcome = drawEvaluators(
      {
        occupationCode: request.occupationCode,
        assessmentDate: request.assessmentDate,
        candidates: request.candidates,
        pool,
        relations,
        declaredConflicts,
        rule: request.rule,
      },
      request.seed,
    );
    return { outcome, pool, relations, declaredConflicts };
  }

  /** Candidate names by id; 404 if any is not a worker the principal may see. */
  private async visibleCandidates(em: EntityManager, principal: Principal, ids: string[]): Promise<Map<string, string>> {
    const names = await this.workersReader.visibleNames(principal, ids, em);
    if (names.size !== ids.length) throw new NotFoundError('Worker');
    return names;
  }
}

function definedFields<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A 422 named after the constraint that failed, with the pool in numbers and the candidates concerned. */
function drawFailed(failure: DrawFailure, requested: string[]): UnprocessableError {
  const s = failure.stages;
  const errors: FieldError[] = [
    {
      field: 'rule',
      code: failure.code,
      message:
        `至少需要 ${failure.required} 名考评员；考评员库 ${s.pool} 名，本职业 ${s.occupation} 名，资格在考核日有效 ${s.validOnDate} 名，` +
        `等级符合 ${s.rankSufficient} 名，工作量未满 ${s.withinWorkload} 名 / at least ${failure.required} evaluators needed; pool ${s.pool}, ` +
        `occupation ${s.occupation}, valid on the day ${s.validOnDate}, rank sufficient ${s.rankSufficient}, within workload ${s.withinWorkload}`,
    },
    ...failure.candidatePersonIds.map((id) => requested.indexOf(id)).sort((x, y) => x - y).map((index) => ({
      field: `candidatePersonIds[${index}]`,
      code: failure.code,
      message:
        failure.code === 'LEVEL_TOO_LOW'
          ? '没有足够可评该等级的考评员 / too few evaluators may assess this level'
          : '回避后没有足够的考评员 / too few evaluators remain once conflicts are excluded',
    })),
  ];
  return new UnprocessableError(failure.code, failure.message, errors);
}
