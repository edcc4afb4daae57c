import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { OrganizationsService } from '@skill-ladder/identity';
import {
  AuditService,
  Clock,
  ConflictError,
  FieldError,
  ForbiddenError,
  NotFoundError,
  Principal,
  scopeOf,
  UnprocessableError,
} from '@skill-ladder/platform';
import { DEFAULT_REVIEW_RUBRIC, StandardsReader } from '@skill-ladder/standards';
import { WorkersReader } from '@skill-ladder/workforce';
import { TIER_POLICY_HR } from '../common/case-scope';
import { rankLabelOf } from '../common/labels';
import { countsWhileAppointed } from '../common/promotions-reader';
import { Appointment } from '../entities/appointment.entity';
import { TierPolicy } from '../entities/tier-policy.entity';
import { CreateTierPolicyDto, TierPolicyResponseDto, UpdateTierPolicyDto } from './dto/tier-policy.dto';
import { QuotaRule, QuotaStatus, quotaStatus, validateRubric } from './policy-rules';
import { Treatment, treatmentOf } from './treatment';
import { IsoDate, Rank, RANK_INFO, rankOrder, RANKS } from '@skill-ladder/vocabulary';

/** A policy with the name of the tier it rewards. */
export interface NamedPolicy {
  policy: TierPolicy;
  tierName: string;
  tierLabel: string;
}

/**
 * 等级待遇政策 (docs/domain.md §6): per enterprise, the treatment each tier brings, and for appointment
 * tiers the term, the quota and whether the bureau confirms. HR of the enterprise maintains it;
 * whoever may see the enterprise reads it. Every change is audited with before and after.
 */
@Injectable()
export class TierPoliciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly standardsReader: StandardsReader,
    private readonly workersReader: WorkersReader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, organizationId: string): Promise<TierPolicyResponseDto[]> {
    const em = this.dataSource.manager;
    await this.organizations.findVisible(em, principal, organizationId);
    const named = await this.namedPolicies(em, organizationId, true);
    const out: TierPolicyResponseDto[] = [];
    for (const n of named) out.push(await this.toResponse(em, n));
    return out;
  }

  async create(principal: Principal, organizationId: string, dto: CreateTierPolicyDto): Promise<TierPolicyResponseDto> {
    return this.write(async (em) => {
      await this.assertOwnEnterprise(em, principal, organizationId);
      const errors: FieldError[] = [];
      if ((dto.nationalRank === undefined) === (dto.enterpriseTierId === undefined)) {
        errors.push({ field: 'nationalRank', code: 'oneOf', message: '国家等级与企业等级须二选一 / give either nationalRank or enterpriseTierId' });
        throw invalid(errors);
      }
      let nationalRank = dto.nationalRank as Rank;
      if (dto.enterpriseTierId) {
        const tierRank = await this.standardsReader.activeTierRank(dto.enterpriseTierId, organizationId, em);
        if (!tierRank) throw invalid([{ field: 'enterpriseTierId', code: 'unknownTier', message: '不是本企业的在用等级 / not an active tier of this enterprise' }]);
        nationalRank = tierRank;
      }
      const repo = em.getRepository(TierPolicy);
      const policy = repo.create({
        organizationId,
        nationalRank,
        enterpriseTierId: dto.enterpriseTierId ?? null,
        postGrade: dto.postGrade ?? null,
        titleGrade: dto.titleGrade ?? null,
        monthlyAllowance: dto.monthlyAllowance ?? 0,
        termMonths: dto.termMonths ?? null,
        ...quotaColumns(dto.quota),
        bureauConfirmation: dto.bureauConfirmation ?? appointable({ nationalRank, enterpriseTierId: dto.enterpriseTierId ?? null }),
        rubric: dto.rubric ?? DEFAULT_REVIEW_RUBRIC.map((c) => ({ ...c })),
        passMark: dto.passMark ?? 60,
        minReviewers: dto.minReviewers ?? 3,
        status: 'active',
        createdBy: principal.userId,
      });
      assertConsistent(policy, dto);
      const saved = await repo.save(policy);
      const after = await this.toResponse(em, await this.named(em, saved));
      await this.audit.record(em, principal, { action: 'tier_policy.create', entityType: 'tier_policy', entityId: saved.id, organizationId, after });
      return after;
    });
  }

  async update(principal: Principal, organizationId: string, policyId: string, dto: UpdateTierPolicyDto): Promise<TierPolicyResponseDto> {
    return this.write(async (em) => {
      await this.assertOwnEnterprise(em, principal, organizationId);
      const policy = await this.lock(em, organizationId, policyId);
      const before = await this.toResponse(em, await this.named(em, policy));
      if (dto.postGrade !== undefined) policy.postGrade = dto.postGrade;
      if (dto.titleGrade !== undefined) policy.titleGrade = dto.titleGrade;
      if (dto.monthlyAllowance !== undefined) policy.monthlyAllowance = dto.monthlyAllowance;
      if (dto.termMonths !== undefined) policy.termMonths = dto.termMonths;
      if (dto.quota !== undefined) Object.assign(policy, quotaColumns(dto.quota));
      if (dto.bureauConfirmation !== undefined) policy.bureauConfirmation = dto.bureauConfirmation;
      if (dto.rubric !== undefined) policy.rubric = dto.rubric;
      if (dto.passMark !== undefined) policy.passMark = dto.passMark;
      if (dto.minReviewers !== undefined) policy.minReviewers = dto.minReviewers;
      if (dto.status !== undefined) policy.status = dto.status;
      assertConsistent(policy, dto);
      const saved = await em.getRepository(TierPolicy).save(policy);
      const after = await this.toResponse(em, await this.named(em, saved));
      await this.audit.record(em, principal, {
        action: dto.status && dto.status !== before.status ? `tier_policy.${dto.status === 'retired' ? 'retire' : 'reactivate'}` : 'tier_policy.update',
        entityType: 'tier_policy',
        entityId: policyId,
        organizationId,
        before,
        after,
        reason: dto.reason,
      });
      return after;
    });
  }

  /** The policy row under a write lock: appointments against its quota serialize on it. */
  async lock(em: EntityManager, organizationId: string, policyId: string): Promise<TierPolicy> {
    const policy = await em
      .getRepository(TierPolicy)
      .createQueryBuilder('p')
      .where('p.id = :policyId AND p.organization_id = :organizationId', { policyId, organizationId })
      .setLock('pessimistic_write')
      .getOne();
    if (!policy) throw new NotFoundError('Tier policy');
    return policy;
  }

  async find(em: EntityManager, organizationId: string, policyId: string): Promise<NamedPolicy> {
    const policy = await em.getRepository(TierPolicy).findOneBy({ id: policyId, organizationId });
    if (!policy) throw new NotFoundError('Tier policy');
    return this.named(em, policy);
  }

  /** An enterprise's policies with their tier names, ladder order; active ones unless `all`. */
  async namedPolicies(em: EntityManager, organizationId: string, all = false): Promise<NamedPolicy[]> {
    return (await this.namedPoliciesOf(em, [organizationId], all)).get(organizationId) ?? [];
  }

  /** `namedPolicies` of many enterprises in two statements, by enterprise id. */
  async namedPoliciesOf(em: EntityManager, organizationIds: readonly string[], all = false): Promise<Map<string, NamedPolicy[]>> {
    const byOrganization = new Map<string, NamedPolicy[]>();
    if (organizationIds.length === 0) return byOrganization;
    const policies = await em.getRepository(TierPolicy).findBy(all ? { organizationId: In([...organizationIds]) } : { organizationId: In([...organizationIds]), status: 'active' });
    for (const named of await this.namedAll(em, policies)) {
      const list = byOrganization.get(named.policy.organizationId) ?? [];
      list.push(named);
      byOrganization.set(named.policy.organizationId, list);
    }
    for (const list of byOrganization.values()) list.sort(ladderOrder);
    return byOrganization;
  }

  /** The treatment each active tier of an enterprise brings, for career paths. */
  async treatments(em: EntityManager, organizationId: string): Promise<Treatment[]> {
    return (await this.namedPolicies(em, organizationId)).map((n) => treatmentOf(n.policy, n.tierName));
  }

  /**
   * Places a quota allows and holds today. The base is counted among those working at the
   * enterprise now (dispatched workers included) who hold the base rank or above; a post whose
   * term has ended no longer counts.
   */
  async quota(em: EntityManager, policy: TierPolicy, on: IsoDate = this.clock.today()): Promise<QuotaStatus> {
    return (await this.quotas(em, [policy], on)).get(policy.id) as QuotaStatus;
  }

  /** `quota` of many policies in two statements, by policy id. */
  async quotas(em: EntityManager, policies: readonly TierPolicy[], on: IsoDate = this.clock.today()): Promise<Map<string, QuotaStatus>> {
    if (policies.length === 0) return new Map();
    const heldRows = await em
      .getRepository(Appointment)
      .createQueryBuilder('a')
      .select('a.policy_id', 'policy_id')
      .addSelect('count(*)::int', 'held')
      .where('a.policy_id IN (:...ids)', { ids: policies.map((p) => p.id) })
      .andWhere(`a.status = 'appointed'`)
      .groupBy('a.policy_id')
      .getRawMany<{ policy_id: string; held: number }>();
    const held = new Map(heldRows.map((r) => [r.policy_id, r.held]));
    const counted = policies.filter((p) => p.quotaKind === 'percent' && p.quotaBaseRank);
    const bases = await this.workersReader.countHoldingMany(
      counted.map((p) => ({ organizationId: p.organizationId, ranks: RANKS.filter((r) => rankOrder(r) >= rankOrder(p.quotaBaseRank as Rank)) })),
      on,
      countsWhileAppointed,
      em,
    );
    const base = new Map(counted.map((p, i) => [p.id, bases[i]]));
    return new Map(
      policies.map((p) => [p.id, quotaStatus(quotaRuleOf(p), base.get(p.id) ?? 0, held.get(p.id) ?? 0, p.quotaBaseRank ? RANK_INFO[p.quotaBaseRank].labelZh : undefined)]),
    );
  }

  async toResponse(em: EntityManager, { policy, tierName, tierLabel }: NamedPolicy): Promise<TierPolicyResponseDto> {
    const isAppointable = appointable(policy);
    return {
      id: policy.id,
      organizationId: policy.organizationId,
      tierName,
      tierLabel,
      nationalRank: policy.nationalRank,
      nationalRankLabel: rankLabelOf(policy.nationalRank),
      enterpriseTierId: policy.enterpriseTierId,
      appointable: isAppointable,
      treatment: treatmentOf(policy, tierName),
      termMonths: policy.termMonths,
      quota: {
        kind: policy.quotaKind,
        percent: policy.quotaPercent,
        baseRank: policy.quotaBaseRank,
        baseRankLabel: policy.quotaBaseRank ? rankLabelOf(policy.quotaBaseRank) : null,
        fixed: policy.quotaFixed,
        status: isAppointable ? await this.quota(em, policy) : null,
      },
      bureauConfirmation: policy.bureauConfirmation,
      rubric: policy.rubric,
      passMark: policy.passMark,
      minReviewers: policy.minReviewers,
      status: policy.status,
      updatedAt: policy.updatedAt.toISOString(),
    };
  }

  private async named(em: EntityManager, policy: TierPolicy): Promise<NamedPolicy> {
    return (await this.namedAll(em, [policy]))[0];
  }

  /** Policies with the names of their tiers: an enterprise tier's own name, else the national rank's. */
  private async namedAll(em: EntityManager, policies: readonly TierPolicy[]): Promise<NamedPolicy[]> {
    const tierNames = await this.standardsReader.tierNames(policies.flatMap((p) => (p.enterpriseTierId ? [p.enterpriseTierId] : [])), em);
    return policies.map((policy) => {
      const rankName = RANK_INFO[policy.nationalRank].labelZh;
      if (!policy.enterpriseTierId) return { policy, tierName: rankName, tierLabel: rankName };
      const tierName = tierNames.get(policy.enterpriseTierId) as string;
      return { policy, tierName, tierLabel: `${tierName}（相当于${rankName}）` };
    });
  }

  /** 404 for an enterprise out of sight; only its own HR maintains the policy. */
  private async assertOwnEnterprise(em: EntityManager, principal: Principal, organizationId: string): Promise<void> {
    const org = await this.organizations.findVisible(em, principal, organizationId);
    if (!TIER_POLICY_HR.allows(scopeOf(principal), { organizationId: org.id })) {
      throw new ForbiddenError('TIER_POLICY_MAINTAINED_BY_HR', 'An enterprise’s HR maintains its tier policy');
    }
    if (org.kind !== 'enterprise') throw new UnprocessableError('TIER_POLICY_FOR_ENTERPRISES_ONLY', 'Only enterprises set a tier policy');
  }

  private async write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      const constraint = error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;
      if (constraint === 'tier_policies_rank_uq' || constraint === 'tier_policies_tier_uq') {
        throw new ConflictError('TIER_POLICY_EXISTS', 'This tier already has an active policy; change it instead');
      }
      throw error;
    }
  }
}

/** 特级技师, 首席技师 and the enterprise's own tiers are appointed for a term (评聘). */
export function appointable(policy: { nationalRank: Rank; enterpriseTierId: string | null }): boolean {
  return policy.enterpriseTierId !== null || policy.nationalRank === 'special' || policy.nationalRank === 'chief';
}

export function quotaRuleOf(policy: TierPolicy): QuotaRule {
  if (policy.quotaKind === 'percent') return { kind: 'percent', percent: policy.quotaPercent as number, baseRank: policy.quotaBaseRank as Rank };
  if (policy.quotaKind === 'fixed') return { kind: 'fixed', fixed: policy.quotaFixed as number };
  return { kind: 'none' };
}

function quotaColumns(quota: CreateTierPolicyDto['quota']): Pick<TierPolicy, 'quotaKind' | 'quotaPercent' | 'quotaBaseRank' | 'quotaFixed'> {
  return {
    quotaKind: quota?.kind ?? 'none',
    quotaPercent: quota?.percent ?? null,
    quotaBaseRank: quota?.baseRank ?? null,
    quotaFixed: quota?.fixed ?? null,
  };
}

function invalid(errors: FieldError[]): UnprocessableError {
  return new UnprocessableError('TIER_POLICY_INVALID', 'The tier policy is not consistent', errors);
}

/** The rules a policy must satisfy as a whole, after a create or a change; 422 naming each field. */
function assertConsistent(p: TierPolicy, dto: { bureauConfirmation?: boolean }): void {
  const errors: FieldError[] = [];
  const add = (field: string, code: string, message: string) => errors.push({ field, code, message });
  const isAppointable = appointable(p);
  if (isAppointable && p.termMonths === null) add('termMonths', 'required', '评聘等级须设聘期 / an appointment tier needs a term');
  if (!isAppointable) {
    if (p.termMonths !== null) add('termMonths', 'notAppointed', '职业技能等级为取得而非聘任，不设聘期 / a certificate level has no term');
    if (p.quotaKind !== 'none') add('quota.kind', 'notAppointed', '职业技能等级不设名额 / a certificate level has no quota');
    if (dto.bureauConfirmation) add('bureauConfirmation', 'notAppointed', '职业技能等级无需人社局确认聘任 / nothing to confirm for a certificate level');
  }
  if (p.enterpriseTierId === null && (p.nationalRank === 'special' || p.nationalRank === 'chief') && !p.bureauConfirmation) {
    add('bureauConfirmation', 'required', '特级技师、首席技师评聘须经人社局确认 / the bureau confirms 特级技师 and 首席技师');
  }
  if (p.quotaKind === 'percent' && (p.quotaPercent === null || p.quotaBaseRank === null)) add('quota.percent', 'required', '按比例限额须填比例和基数等级 / percent and baseRank');
  if (p.quotaKind === 'fixed' && p.quotaFixed === null) add('quota.fixed', 'required', '固定名额须填人数 / the number of places');
  if (p.quotaKind !== 'percent' && (p.quotaPercent !== null || p.quotaBaseRank !== null)) add('quota.percent', 'notAllowed', '仅按比例限额时填写 / only for percent quotas');
  if (p.quotaKind !== 'fixed' && p.quotaFixed !== null) add('quota.fixed', 'notAllowed', '仅固定名额时填写 / only for fixed quotas');
  if (p.minReviewers % 2 === 0) add('minReviewers', 'odd', '评审委员会人数须为奇数 / an odd committee');
  errors.push(...validateRubric(p.rubric));
  if (errors.length) throw invalid(errors);
}

/** Ladder order of an enterprise's policies: active before retired, lower rank first, national tiers before the enterprise's own, then by name. */
function ladderOrder(a: NamedPolicy, b: NamedPolicy): number {
  return (
    Number(a.policy.status === 'retired') - Number(b.policy.status === 'retired') ||
    rankOrder(a.policy.nationalRank) - rankOrder(b.policy.nationalRank) ||
    Number(a.policy.enterpriseTierId !== null) - Number(b.policy.enterpriseTierId !== null) ||
    a.tierName.localeCompare(b.tierName)
  );
}
