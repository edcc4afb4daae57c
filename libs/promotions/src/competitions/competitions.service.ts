import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { OrganizationsReader } from '@skill-ladder/identity';
import {
  AuditService,
  Clock,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  Page,
  Principal,
  regionCovers,
  requireOrganization,
  requireRegion,
  scopeOf,
  SqlFilter,
  UnprocessableError,
  pageIds,
} from '@skill-ladder/platform';
import { COMPETITION_TIER_LABELS } from '@skill-ladder/standards';
import { personSql, visiblePersonIdWhere, WorkersService } from '@skill-ladder/workforce';
import { PromotionsReader } from '../common/promotions-reader';
import { COMPETITIONS } from './competition-scope';
import { CompetitionResult } from '../entities/competition-result.entity';
import { CompetitionRuleRow } from '../entities/competition-rule.entity';
import { Competition } from '../entities/competition.entity';
import { CompetitionRule } from './competition-rules';
import {
  CompetitionQueryDto,
  CompetitionResponseDto,
  CompetitionRuleQueryDto,
  CompetitionRuleResponseDto,
  CreateCompetitionDto,
  CreateCompetitionRuleDto,
  EndCompetitionRuleDto,
  RecordResultsDto,
} from './dto/competition.dto';
import { compareDates, RANK_INFO } from '@skill-ladder/vocabulary';

/**
 * 职业技能竞赛 and the 以赛代评 rules (docs/domain.md §3). A bureau registers the graded competitions of
 * its region and their ranked results; an enterprise's HR registers its own contests. Each bureau
 * keeps the rules that turn a placing into a promotion in its region; everyone signed in reads them.
 */
@Injectable()
export class CompetitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workers: WorkersService,
    private readonly reader: PromotionsReader,
    private readonly organizationsReader: OrganizationsReader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(principal: Principal, dto: CreateCompetitionDto): Promise<CompetitionResponseDto> {
    const organizationId = requireOrganization(principal);
    const scope = scopeOf(principal);
    if (scope.kind === 'organization' && (scope.organizationKind !== 'enterprise' || dto.tier !== 'enterprise')) {
      throw new ForbiddenError('ENTERPRISE_CONTESTS_ONLY', 'An enterprise registers its own contests (tier enterprise); graded competitions are registered by the bureau');
    }
    return this.dataSource.transaction(async (em) => {
      const org = await this.organizationsReader.byId(organizationId, em);
      const repo = em.getRepository(Competition);
      const saved = await repo.save(
        repo.create({ organizationId, regionCode: org.regionCode, name: dto.name, tier: dto.tier, heldOn: dto.heldOn, organizer: dto.organizer, createdBy: principal.userId }),
      );
      const after = await this.load(em, principal, saved.id);
      await this.audit.record(em, principal, { action: 'competition.create', entityType: 'competition', entityId: saved.id, organizationId, after });
      return after;
    });
  }

  async list(principal: Principal, q: CompetitionQueryDto): Promise<Page<CompetitionResponseDto>> {
    const scope = this.visibleWhere(principal);
    const query = this.dataSource.getRepository(Competition).createQueryBuilder('c').where(scope.sql, scope.params);
    if (q.tier) query.andWhere('c.tier = :tier', { tier: q.tier });
    if (q.year) query.andWhere('extract(year FROM c.held_on) = :year', { year: q.year });
    const { ids, total: count } = await pageIds(query, [['c.held_on', 'DESC'], ['c.id', 'ASC']], q);
    const items: CompetitionResponseDto[] = [];
    for (const id of ids) items.push(await this.load(this.dataSource.manager, principal, id));
    return { items, total: count, page: q.page, pageSize: q.pageSize };
  }

  async get(principal: Principal, id: string): Promise<CompetitionResponseDto> {
    await this.findVisible(this.dataSource.manager, principal, id);
    return this.load(this.dataSource.manager, principal, id);
  }

  /** The registering organization records the ranked results of workers it may see, once the competition has been held. */
  async recordResults(principal: Principal, id: string, dto: RecordResultsDto): Promise<CompetitionResponseDto> {
    try {
      return await this.dataSource.transaction(async (em) => {
        const competition = await this.findVisible(em, principal, id, true);
        if (competition.organizationId !== principal.organizationId) {
          throw new ForbiddenError('COMPETITION_OWNER_ONLY', 'The organization that registered the competition records its results');
        }
        if (compareDates(competition.heldOn, this.clock.today()) > 0) throw new ConflictError('COMPETITION_NOT_HELD', `The competition is held on ${competition.heldOn}; record results after it`);
        for (const [i, r] of dto.results.entries()) {
          try {
            await this.workers.getRecord(principal, r.personId, em);
          } catch (error) {
            if (!(error instanceof NotFoundError)) throw error;
            throw new UnprocessableError('UNKNOWN_WORKER', 'A result names a worker you cannot see', [
              { field: `results[${i}].personId`, code: 'unknownWorker', message: '无此职工或不在本辖区 / no such worker in your scope' },
            ]);
          }
        }
        const repo = em.getRepository(CompetitionResult);
        await repo.insert(
          dto.results.map((r) => ({ competitionId: id, personId: r.personId, occupationCode: r.occupationCode, placing: r.placing, fieldSize: r.fieldSize ?? null, recordedBy: principal.userId })),
        );
        await this.audit.record(em, principal, {
          action: 'competition.results_record',
          entityType: 'competition',
          entityId: id,
          organizationId: competition.organizationId,
          after: { results: dto.results },
        });
        return this.load(em, principal, id);
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new ConflictError('RESULT_EXISTS', 'A result of this worker in this occupation is already recorded for the competition');
      }
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23514') {
        throw new UnprocessableError('RESULT_INVALID', 'A placing lies outside its field', [{ field: 'results', code: 'fieldSize', message: '名次不能大于参赛人数 / placing beyond the field' }]);
      }
      throw error;
    }
  }

  async createRule(principal: Principal, dto: CreateCompetitionRuleDto): Promise<CompetitionRuleResponseDto> {
    const errors = [];
    if (dto.maxPlacing === undefined && dto.maxTopPercent === undefined) errors.push({ field: 'maxPlacing', code: 'required', message: '须填名次或百分比 / give maxPlacing or maxTopPercent' });
    if (dto.mode === 'target' && !dto.targetRank) errors.push({ field: 'targetRank', code: 'required', message: '直接晋级须填目标等级 / target needs targetRank' });
    if (dto.mode === 'one_up' && dto.targetRank) errors.push({ field: 'targetRank', code: 'notAllowed', message: '晋升一级不填目标等级 / one_up takes no targetRank' });
    if (dto.effectiveTo && compareDates(dto.effectiveTo, dto.effectiveFrom) < 0) errors.push({ field: 'effectiveTo', code: 'beforeStart', message: '截止日期早于生效日期 / ends before it starts' });
    if (errors.length) throw new UnprocessableError('COMPETITION_RULE_INVALID', 'The rule is not consistent', errors);
    return this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(CompetitionRuleRow);
      const saved = await repo.save(
        repo.create({
          organizationId: requireOrganization(principal),
          regionCode: requireRegion(principal),
          tier: dto.tier,
          maxPlacing: dto.maxPlacing ?? null,
          maxTopPercent: dto.maxTopPercent ?? null,
          requiredRank: dto.requiredRank ?? null,
          mode: dto.mode,
          targetRank: dto.targetRank ?? null,
          maxRank: dto.maxRank ?? 'L1',
          effectiveFrom: dto.effectiveFrom,
          effectiveTo: dto.effectiveTo ?? null,
          basis: dto.basis ?? null,
          createdBy: principal.userId,
        }),
      );
      const after = toRuleResponse(saved);
      await this.audit.record(em, principal, { action: 'competition_rule.create', entityType: 'competition_rule', entityId: saved.id, organizationId: saved.organizationId, after });
      return after;
    });
  }

  async listRules(q: CompetitionRuleQueryDto): Promise<Page<CompetitionRuleResponseDto>> {
    const rows = await this.dataSource.getRepository(CompetitionRuleRow).find({ order: { regionCode: 'ASC', tier: 'ASC', effectiveFrom: 'ASC', createdAt: 'ASC' } });
    const matching = q.appliesIn ? rows.filter((r) => regionCovers(r.regionCode, q.appliesIn as string)) : rows;
    return { items: matching.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map(toRuleResponse), total: matching.length, page: q.page, pageSize: q.pageSize };
  }

  /** A rule in force is ended, never rewritten; only the bureau that made it ends it. */
  async endRule(principal: Principal, id: string, dto: EndCompetitionRuleDto): Promise<CompetitionRuleResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const rule = await em.getRepository(CompetitionRuleRow).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!rule) throw new NotFoundError('Competition rule');
      if (rule.organizationId !== principal.organizationId) throw new ForbiddenError('COMPETITION_RULE_NOT_OWNED', 'A bureau ends the rules of its own region');
      const today = this.clock.today();
      if (compareDates(dto.effectiveTo, today) < 0 || compareDates(dto.effectiveTo, rule.effectiveFrom) < 0) {
        throw new UnprocessableError('EFFECTIVE_TO_IN_PAST', 'A rule ends today at the earliest, and not before it starts', [
          { field: 'effectiveTo', code: 'inPast', message: '截止日期不得早于今天或生效日期 / cannot end in the past' },
        ]);
      }
      const before = toRuleResponse(rule);
      rule.effectiveTo = dto.effectiveTo;
      const after = toRuleResponse(await em.getRepository(CompetitionRuleRow).save(rule));
      await this.audit.record(em, principal, { action: 'competition_rule.end', entityType: 'competition_rule', entityId: id, organizationId: rule.organizationId, before, after, reason: dto.reason });
      return after;
    });
  }

  /** Every rule, as the pure rule code reads them. */
  async rules(em: EntityManager): Promise<CompetitionRule[]> {
    return (await em.getRepository(CompetitionRuleRow).find()).map((r) => ({
      id: r.id,
      regionCode: r.regionCode,
      tier: r.tier,
      maxPlacing: r.maxPlacing,
      maxTopPercent: r.maxTopPercent,
      requiredRank: r.requiredRank,
      mode: r.mode,
      targetRank: r.targetRank,
      maxRank: r.maxRank,
      effectiveFrom: r.effectiveFrom,
      effectiveTo: r.effectiveTo,
    }));
  }

  /** Competitions the principal sees (`COMPETITIONS`), on alias `c`. */
  private visibleWhere(principal: Principal): SqlFilter {
    return COMPETITIONS.where(scopeOf(principal), 'c');
  }

  /** A ranked result of a competition the principal sees; 404 otherwise, so ids cannot be probed. */
  async findVisibleResult(em: EntityManager, principal: Principal, resultId: string): Promise<CompetitionResult> {
    const scope = this.visibleWhere(principal);
    const result = await em
      .getRepository(CompetitionResult)
      .createQueryBuilder('r')
      .innerJoin(Competition, 'c', 'c.id = r.competition_id')
      .where('r.id = :resultId', { resultId })
      .andWhere(scope.sql, scope.params)
      .getOne();
    if (!result) throw new NotFoundError('Competition result');
    return result;
  }

  private async findVisible(em: EntityManager, principal: Principal, id: string, lock = false): Promise<Competition> {
    const scope = this.visibleWhere(principal);
    const query = em.getRepository(Competition).createQueryBuilder('c').where('c.id = :id', { id }).andWhere(scope.sql, scope.params);
    if (lock) query.setLock('pessimistic_write');
    const competition = await query.getOne();
    if (!competition) throw new NotFoundError('Competition');
    return competition;
  }

  private async load(em: EntityManager, principal: Principal, id: string): Promise<CompetitionResponseDto> {
    const c = await em.getRepository(Competition).findOneByOrFail({ id });
    const org = await this.organizationsReader.byId(c.organizationId, em);
    const people = visiblePersonIdWhere(principal, 'r.person_id');
    const results = await em
      .getRepository(CompetitionResult)
      .createQueryBuilder('r')
      .select('r.id', 'id')
      .addSelect('r.person_id', 'person_id')
      .addSelect(personSql.fullName('r.person_id'), 'full_name')
      .addSelect('r.occupation_code', 'occupation_code')
      .addSelect('r.place', 'place')
      .addSelect('r.field_size', 'field_size')
      .where('r.competition_id = :id', { id })
      .andWhere(scopeOf(principal).kind === 'all' ? 'TRUE' : `(${people.sql})`, people.params)
      .orderBy('r.occupation_code')
      .addOrderBy('r.place')
      .addOrderBy('r.id')
      .getRawMany<{ id: string; person_id: string; full_name: string; occupation_code: string; place: number; field_size: number | null }>();
    return {
      id: c.id,
      organizationId: c.organizationId,
      organizationName: org.name,
      regionCode: c.regionCode,
      name: c.name,
      tier: c.tier,
      tierLabel: COMPETITION_TIER_LABELS[c.tier],
      heldOn: c.heldOn,
      organizer: c.organizer,
      results: results.map((r) => ({ id: r.id, personId: r.person_id, personName: r.full_name, occupationCode: r.occupation_code, placing: r.place, fieldSize: r.field_size })),
    };
  }
}

export function toRuleResponse(r: CompetitionRuleRow): CompetitionRuleResponseDto {
  const bounds = [r.maxPlacing !== null ? `前${r.maxPlacing}名` : null, r.maxTopPercent !== null ? `前${r.maxTopPercent}%` : null].filter(Boolean).join('或');
  const who = r.requiredRank ? `现为${RANK_INFO[r.requiredRank].labelZh}` : '';
  const to = r.mode === 'target' ? RANK_INFO[r.targetRank as keyof typeof RANK_INFO].labelZh : `晋升一级（最高${RANK_INFO[r.maxRank].labelZh}）`;
  return {
    id: r.id,
    organizationId: r.organizationId,
    regionCode: r.regionCode,
    tier: r.tier,
    tierLabel: COMPETITION_TIER_LABELS[r.tier],
    maxPlacing: r.maxPlacing,
    maxTopPercent: r.maxTopPercent,
    requiredRank: r.requiredRank,
    mode: r.mode,
    targetRank: r.targetRank,
    maxRank: r.maxRank,
    summary: `${COMPETITION_TIER_LABELS[r.tier]}竞赛${bounds}${who ? `（${who}）` : ''} → ${to}`,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    basis: r.basis,
  };
}
