import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { OrganizationsReader } from '@skill-ladder/identity';
import { CertificatesService } from '@skill-ladder/evaluations';
import { AuditService, Clock, ConflictError, NotFoundError, Page, Principal, scopeOf, UnprocessableError, pageIds } from '@skill-ladder/platform';
import { COMPETITION_TIER_LABELS, currentEmployments } from '@skill-ladder/standards';
import { WorkersService } from '@skill-ladder/workforce';
import { currentRankIn } from '../career/career-path';
import { CASE_DECIDING_BUREAU, CASE_ENTERPRISE_HR, visibleCasesWhere } from '../common/case-scope';
import { NoteDto, ReasonDto } from '../common/dto';
import { assertTransition, notTheDecidingBureau, notTheEnterpriseHr } from '../common/errors';
import { CertificateRank } from '../common/labels';
import { effectiveCredentials, PromotionsReader } from '../common/promotions-reader';
import { CompetitionPromotion } from '../entities/competition-promotion.entity';
import { CompetitionResult } from '../entities/competition-result.entity';
import { Competition } from '../entities/competition.entity';
import { competitionRulesInForce, promotionFor } from './competition-rules';
import { CompetitionsService } from './competitions.service';
import { CompetitionPromotionResponseDto, PromotionQueryDto, ProposePromotionDto } from './dto/competition.dto';
import { PROMOTION_STATUS_LABELS, PROMOTION_WORKFLOW, PromotionAction } from './promotion-workflow';
import { RANK_INFO, rankOrder } from '@skill-ladder/vocabulary';

/**
 * 以赛代评晋级: HR of the enterprise where the worker works proposes the promotion a ranked
 * result earns under its region's rules; the competent bureau approves, and the enterprise, as
 * evaluation body, issues the certificate with the route recorded — or the bureau rejects with
 * a reason. At most one promotion by competition per worker per calendar year (of the
 * competition), enforced here and by a unique index.
 */
@Injectable()
export class CompetitionPromotionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workers: WorkersService,
    private readonly reader: PromotionsReader,
    private readonly organizationsReader: OrganizationsReader,
    private readonly competitions: CompetitionsService,
    private readonly certificates: CertificatesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async propose(principal: Principal, dto: ProposePromotionDto): Promise<CompetitionPromotionResponseDto> {
    const organizationId = principal.organizationId as string;
    try {
      return await this.dataSource.transaction(async (em) => {
        // 404 unless the competition is one the caller sees (its own contests, its bureaus' competitions).
        const result = await this.competitions.findVisibleResult(em, principal, dto.competitionResultId);
        // 404 unless the worker is one of HR's own (employer or workplace).
        const record = await this.workers.getRecord(principal, result.personId, em);
        const today = this.clock.today();
        if (!currentEmployments(record, today).some((e) => e.workOrganizationId === organizationId)) {
          throw new UnprocessableError('NOT_WORKING_AT_ENTERPRISE', 'The worker does not work at your enterprise now; the enterprise where they work proposes', [
            { field: 'competitionResultId', code: 'notWorkingHere', message: '该职工目前不在本企业工作 / not working here now' },
          ]);
        }
        const competition = await em.getRepository(Competition).findOneByOrFail({ id: result.competitionId });
        const year = Number(competition.heldOn.slice(0, 4));
        const taken = await em.getRepository(CompetitionPromotion).existsBy({ personId: result.personId, promotionYear: year, status: In(['proposed', 'approved']) });
        if (taken) throw onceAYear(year);
        const ended = await this.reader.endedAppointmentCredentials([result.personId], em);
        const current = currentRankIn(effectiveCredentials(record, ended), result.occupationCode);
        if (current === 'special' || current === 'chief' || current === 'apprentice') {
          throw new UnprocessableError('NO_PROMOTION_BY_RULE', 'Competitions promote within the certificate levels only', [
            { field: 'competitionResultId', code: 'aboveCertificateLevels', message: '以赛代评仅晋升至一级/高级技师 / up to 高级技师 only' },
          ]);
        }
        const org = await this.organizationsReader.byId(organizationId, em);
        const decision = promotionFor(
          competitionRulesInForce(await this.competitions.rules(em), org.regionCode, competition.heldOn),
          { tier: competition.tier, placing: result.placing, fieldSize: result.fieldSize },
          current as CertificateRank | null,
        );
        if (!decision.promoted) {
          throw new UnprocessableError('NO_PROMOTION_BY_RULE', decision.explanation, [{ field: 'competitionResultId', code: 'noRule', message: decision.explanation }]);
        }
        const bureau = await this.organizationsReader.competentBureau(org.regionCode, em);
        const repo = em.getRepository(CompetitionPromotion);
        const saved = await repo.save(
          repo.create({
            organizationId,
            personId: result.personId,
            competitionResultId: result.id,
            ruleId: decision.ruleId,
            occupationCode: result.occupationCode,
            fromRank: decision.fromRank,
            targetRank: decision.targetRank,
            promotionYear: year,
            status: 'proposed',
            bureauId: bureau.id,
            proposalNote: dto.note ?? null,
            proposedBy: principal.userId,
          }),
        );
        const after = await this.load(em, saved.id);
        await this.audit.record(em, principal, {
          action: 'competition_promotion.propose',
          entityType: 'competition_promotion',
          entityId: saved.id,
          organizationId,
          after,
          reason: decision.explanation,
        });
        return after;
      });
    } catch (error) {
      const constraint = error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;
      if (constraint === 'competition_promotions_once_a_year_uq') throw onceAYear(null);
      if (constraint === 'competition_promotions_result_uq') throw new ConflictError('COMPETITION_RESULT_USED', 'This result already backs a promotion');
      throw error;
    }
  }

  async list(principal: Principal, q: PromotionQueryDto): Promise<Page<CompetitionPromotionResponseDto>> {
    const scope = visibleCasesWhere(principal, 'x');
    const query = this.dataSource.getRepository(CompetitionPromotion).createQueryBuilder('x').where(scope.sql, scope.params);
    if (q.status) query.andWhere('x.status = :status', { status: q.status });
    if (q.personId) query.andWhere('x.person_id = :personId', { personId: q.personId });
    const { ids, total: count } = await pageIds(query, [['x.created_at', 'DESC'], ['x.id', 'ASC']], q);
    const items: CompetitionPromotionResponseDto[] = [];
    for (const id of ids) items.push(await this.load(this.dataSource.manager, id));
    return { items, total: count, page: q.page, pageSize: q.pageSize };
  }

  async get(principal: Principal, id: string): Promise<CompetitionPromotionResponseDto> {
    await this.findVisible(this.dataSource.manager, principal, id);
    return this.load(this.dataSource.manager, id);
  }

  /**
   * The bureau approves and the certificate is issued in the same transaction, by the enterprise
   * as evaluation body (its filing must cover the occupation and level), with route 以赛代评.
   */
  approve(principal: Principal, id: string, dto: NoteDto): Promise<CompetitionPromotionResponseDto> {
    return this.step(principal, id, 'approve', async (em, p) => {
      this.assertDecidingBureau(principal, p);
      const record = await this.workers.getRecord(principal, p.personId, em);
      const ended = await this.reader.endedAppointmentCredentials([p.personId], em);
      const current = currentRankIn(effectiveCredentials(record, ended), p.occupationCode);
      if (current !== null && rankOrder(current) >= rankOrder(p.targetRank)) {
        throw new ConflictError('PROMOTION_OUTDATED', `The worker already holds ${RANK_INFO[current].labelZh}; the promotion would not raise them`);
      }
      const today = this.clock.today();
      const issued = await this.certificates.issue(em, principal, {
        bodyOrganizationId: p.organizationId,
        personId: p.personId,
        occupationCode: p.occupationCode,
        rank: p.targetRank,
        issuedOn: today,
        route: 'competition',
        competitionResultId: p.competitionResultId,
      });
      p.certificateId = issued.id;
      p.certificateNumber = issued.certificateNumber;
      p.issuedOn = today;
      p.decidedBy = principal.userId;
      p.decidedAt = this.clock.now();
      p.decisionReason = dto.note ?? null;
      return dto.note ?? null;
    });
  }

  reject(principal: Principal, id: string, dto: ReasonDto): Promise<CompetitionPromotionResponseDto> {
    return this.step(principal, id, 'reject', async (_em, p) => {
      this.assertDecidingBureau(principal, p);
      p.decidedBy = principal.userId;
      p.decidedAt = this.clock.now();
      p.decisionReason = dto.reason;
      return dto.reason;
    });
  }

  withdraw(principal: Principal, id: string, dto: ReasonDto): Promise<CompetitionPromotionResponseDto> {
    return this.step(principal, id, 'withdraw', async (_em, p) => {
      if (!CASE_ENTERPRISE_HR.allows(scopeOf(principal), p)) throw notTheEnterpriseHr();
      p.decisionReason = dto.reason;
      return dto.reason;
    });
  }

  private async step(
    principal: Principal,
    id: string,
    action: PromotionAction,
    apply: (em: EntityManager, p: CompetitionPromotion) => Promise<string | null>,
  ): Promise<CompetitionPromotionResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const p = await this.findVisible(em, principal, id, true);
      const to = assertTransition(PROMOTION_WORKFLOW.transition(p.status, action), 'competition promotion', p.status, action);
      const before = await this.load(em, id);
      const reason = await apply(em, p);
      p.status = to;
      await em.getRepository(CompetitionPromotion).save(p);
      const after = await this.load(em, id);
      await this.audit.record(em, principal, {
        action: `competition_promotion.${action}`,
        entityType: 'competition_promotion',
        entityId: id,
        organizationId: p.organizationId,
        before,
        after,
        reason,
      });
      return after;
    });
  }

  private assertDecidingBureau(principal: Principal, p: CompetitionPromotion): void {
    if (!CASE_DECIDING_BUREAU.allows(scopeOf(principal), p)) throw notTheDecidingBureau();
  }

  private async findVisible(em: EntityManager, principal: Principal, id: string, lock = false): Promise<CompetitionPromotion> {
    const scope = visibleCasesWhere(principal, 'x');
    const qb = em.getRepository(CompetitionPromotion).createQueryBuilder('x').where('x.id = :id', { id }).andWhere(scope.sql, scope.params);
    if (lock) qb.setLock('pessimistic_write');
    const row = await qb.getOne();
    if (!row) throw new NotFoundError('Competition promotion');
    return row;
  }

  private async load(em: EntityManager, id: string): Promise<CompetitionPromotionResponseDto> {
    const p = await em.getRepository(CompetitionPromotion).findOneByOrFail({ id });
    const result = await em.getRepository(CompetitionResult).findOneByOrFail({ id: p.competitionResultId });
    const competition = await em.getRepository(Competition).findOneByOrFail({ id: result.competitionId });
    const names = await this.reader.caseNames(p.personId, p.organizationId, em);
    return {
      id: p.id,
      organizationId: p.organizationId,
      organizationName: names.organizationName,
      personId: p.personId,
      personName: names.personName,
      competition: { id: competition.id, name: competition.name, tier: competition.tier, tierLabel: COMPETITION_TIER_LABELS[competition.tier], heldOn: competition.heldOn },
      result: { id: result.id, placing: result.placing, fieldSize: result.fieldSize },
      ruleId: p.ruleId,
      occupationCode: p.occupationCode,
      fromRank: p.fromRank,
      fromRankLabel: p.fromRank ? RANK_INFO[p.fromRank].labelZh : '无等级',
      targetRank: p.targetRank,
      targetRankLabel: RANK_INFO[p.targetRank].labelZh,
      promotionYear: p.promotionYear,
      status: p.status,
      statusLabel: PROMOTION_STATUS_LABELS[p.status],
      allowedActions: PROMOTION_WORKFLOW.allowed(p.status),
      bureauId: p.bureauId,
      proposalNote: p.proposalNote,
      decidedAt: p.decidedAt?.toISOString() ?? null,
      decisionReason: p.decisionReason,
      certificateId: p.certificateId,
      certificateNumber: p.certificateNumber,
      issuedOn: p.issuedOn,
    };
  }
}

function onceAYear(year: number | null): ConflictError {
  return new ConflictError(
    'COMPETITION_PROMOTION_THIS_YEAR',
    `以赛代评每人每年限晋级一次：该职工${year ? `${year}年` : '本年度'}已有以赛代评晋级 / at most one promotion by competition per worker and calendar year`,
  );
}
