import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditActor,
  AuditService,
  Clock,
  ConflictError,
  FieldError,
  ForbiddenError,
  namedQuery,
  NotFoundError,
  Page,
  Principal,
  scopeOf,
  requireOrganization,
  UnprocessableError,
  pageQuery,
} from '@skill-ladder/platform';
import { OrganizationsReader } from '@skill-ladder/identity';
import { StandardsService, StandardVersionSnapshot, toVersionSnapshot } from '@skill-ladder/standards';
import { EMPLOYMENT_TYPES, EmploymentType } from '@skill-ladder/workforce';
import { EvaluationBodiesService } from '../bodies/evaluation-bodies.service';
import { NationalRank } from '../draw/ranks';
import { CAMPAIGN_COLUMNS, CampaignRow, loadCampaigns, RESPONSE_COLUMNS, RESPONSE_FROM, ResponseRow, toCampaignResponse } from './campaign-rows';
import { CAMPAIGN_FILING_BUREAU, visibleCampaignsWhere } from './campaign-scope';
import {
  CampaignAction,
  CampaignActor,
  campaignDateErrors,
  CampaignStatus,
  checkCampaignTransition,
} from './campaign-workflow';
import { CampaignLevelInputDto, CampaignQueryDto, CampaignResponseDto, CreateCampaignDto, UpdateCampaignDto } from './dto/campaign.dto';
import { rankLabel } from '@skill-ladder/vocabulary';
import type { ErrorCode } from '@skill-ladder/platform';

export type { CampaignRow } from './campaign-rows';

/** Row locks a caller may take on the campaign it reads (see the lock order in ApplicationsService). */
export type CampaignLock = 'FOR SHARE' | 'FOR NO KEY UPDATE' | 'FOR UPDATE';

interface Dates {
  registrationOpensOn: string;
  registrationClosesOn: string;
  assessmentStartsOn: string;
  assessmentEndsOn: string;
}

const CAMPAIGN_ORDER = 'c.registration_opens_on DESC, c.number DESC';

/**
 * Certification campaigns (认定计划): HR of an evaluation body creates and files them, the bureau
 * acknowledges or returns them, registration opens and closes on its dates (the scheduler) or by
 * hand, then assessment starts; until then HR may cancel with a reason.
 */
@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly bodies: EvaluationBodiesService,
    private readonly standards: StandardsService,
    private readonly organizations: OrganizationsReader,
  ) {}

  async create(principal: Principal, dto: CreateCampaignDto): Promise<CampaignResponseDto> {
    if (principal.organizationKind !== 'enterprise') {
      throw new ForbiddenError('CAMPAIGN_ENTERPRISE_ONLY', 'Campaigns are run by enterprises filed as evaluation bodies');
    }
    const organizationId = requireOrganization(principal);
    this.assertDates(dto);
    const levels = uniqueLevels(dto.levels);
    return this.dataSource.transaction(async (em) => {
      await this.bodies.assertInScope(em, organizationId, dto.occupationCode, levels.map((l) => l.rank));
      await this.usableVersion(em, organizationId, dto.occupationCode, dto.standardVersionId, dto.assessmentStartsOn, levels);
      const [{ id }] = await em.query(
        `INSERT INTO campaigns (organization_id, name, occupation_code, standard_version_id, registration_opens_on, registration_closes_on,
           assessment_starts_on, assessment_ends_on, allowed_employment_types, workload_cap, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [organizationId, dto.name, dto.occupationCode, dto.standardVersionId, dto.registrationOpensOn, dto.registrationClosesOn,
          dto.assessmentStartsOn, dto.assessmentEndsOn, sortTypes(dto.allowedEmploymentTypes ?? [...EMPLOYMENT_TYPES]), dto.workloadCap ?? null,
          principal.userId],
      );
      await this.insertLevels(em, id, levels);
      await this.standards.pinVersion(em, principal, dto.standardVersionId, { type: 'campaign', id });
      const response = await this.load(em, principal, id);
      await this.audit.record(em, principal, { action: 'campaign.create', entityType: 'campaign', entityId: id, organizationId, after: response });
      return response;
    });
  }

  /** A draft or returned campaign may change; the result is checked as a whole, as on creation. */
  async update(principal: Principal, id: string, dto: UpdateCampaignDto): Promise<CampaignResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.findVisible(em, principal, id, 'FOR UPDATE');
      if (campaign.status !== 'draft' && campaign.status !== 'returned') {
        throw new ConflictError('CAMPAIGN_NOT_EDITABLE', `A campaign that is ${campaign.status.replace(/_/g, ' ')} cannot be changed; only drafts and returned campaigns can`);
      }
      const before = await this.load(em, principal, id);
      const dates: Dates = {
        registrationOpensOn: dto.registrationOpensOn ?? campaign.registration_opens_on,
        registrationClosesOn: dto.registrationClosesOn ?? campaign.registration_closes_on,
        assessmentStartsOn: dto.assessmentStartsOn ?? campaign.assessment_starts_on,
        assessmentEndsOn: dto.assessmentEndsOn ?? campaign.assessment_ends_on,
      };
      if (dto.registrationOpensOn || dto.registrationClosesOn || dto.assessmentStartsOn || dto.assessmentEndsOn) this.assertDates(dates);
      const levels = dto.levels
        ? uniqueLevels(dto.levels)
        : before.levels.map((l) => ({ rank: l.rank, capacity: l.capacity }));
      const versionId = dto.standardVersionId ?? campaign.standard_version_id;
      await this.bodies.assertInScope(em, campaign.organization_id, campaign.occupation_code, levels.map((l) => l.rank));
      await this.usableVersion(em, campaign.organization_id, campaign.occupation_code, versionId, dates.assessmentStartsOn, levels);
      await em.query(
        `UPDATE campaigns SET name = $2, standard_version_id = $3, registration_opens_on = $4, registration_closes_on = $5,
           assessment_starts_on = $6, assessment_ends_on = $7, allowed_employment_types = $8, workload_cap = $9, updated_at = now()
         WHERE id = $1`,
        [id, dto.name ?? campaign.name, versionId, dates.registrationOpensOn, dates.registrationClosesOn, dates.assessmentStartsOn,
          dates.assessmentEndsOn, sortTypes(dto.allowedEmploymentTypes ?? campaign.allowed_employment_types),
          dto.workloadCap === undefined ? campaign.workload_cap : dto.workloadCap],
      );
      if (dto.levels) {
        // Nobody can apply before registration opens, so a draft's levels have no applications yet.
        await em.query('DELETE FROM campaign_levels WHERE campaign_id = $1', [id]);
        await this.insertLevels(em, id, levels);
      }
      if (versionId !== campaign.standard_version_id) {
        await this.standards.unpinVersion(em, principal, campaign.standard_version_id, { type: 'campaign', id });
        await this.standards.pinVersion(em, principal, versionId, { type: 'campaign', id });
      }
      const after = await this.load(em, principal, id);
      await this.audit.record(em, principal, {
        action: 'campaign.update',
        entityType: 'campaign',
        entityId: id,
        organizationId: campaign.organization_id,
        before,
        after,
      });
      return after;
    });
  }

  async list(principal: Principal, q: CampaignQueryDto): Promise<Page<CampaignResponseDto>> {
    const { from, params } = this.filtered(principal, q);
    const { rows: ids, total: count } = await pageQuery<{ id: string }>(this.dataSource, { select: 'c.id', from, orderBy: CAMPAIGN_ORDER, params }, q);
    return { items: await loadCampaigns(this.dataSource.manager, principal, ids.map((r) => r.id)), total: count, page: q.page, pageSize: q.pageSize };
  }

  /**
   * The first `limit` campaigns of `list`, each with its pinned standard version, in one
   * statement and without a count: for reads that show campaigns in passing (a career path).
   */
  async listFirstWithSnapshots(
    principal: Principal,
    q: Omit<CampaignQueryDto, 'page' | 'pageSize'>,
    limit: number,
  ): Promise<{ campaign: CampaignResponseDto; snapshot: StandardVersionSnapshot }[]> {
    const { where, params } = this.filtered(principal, q);
    const rows = await namedQuery<ResponseRow>(
      this.dataSource,
      `SELECT ${RESPONSE_COLUMNS} ${RESPONSE_FROM} WHERE ${where} ORDER BY ${CAMPAIGN_ORDER} LIMIT :limit`,
      { ...params, limit },
    );
    return rows.map((r) => ({ campaign: toCampaignResponse(principal, r), snapshot: toVersionSnapshot(r.standard_version).snapshot }));
  }

  private filtered(principal: Principal, q: Omit<CampaignQueryDto, 'page' | 'pageSize'>): { from: string; where: string; params: Record<string, unknown> } {
    const scope = visibleCampaignsWhere(principal, this.clock.today());
    const where = [scope.sql];
    const params: Record<string, unknown> = { ...scope.params };
    if (q.status) {
      where.push('c.status = :status');
      params.status = q.status;
    }
    if (q.occupationCode) {
      where.push('c.occupation_code = :occupationCode');
      params.occupationCode = q.occupationCode;
    }
    if (q.organizationId) {
      where.push('c.organization_id = :organizationId');
      params.organizationId = q.organizationId;
    }
    return { from: `FROM campaigns c WHERE ${where.join(' AND ')}`, where: where.join(' AND '), params };
  }

  async get(principal: Principal, id: string): Promise<CampaignResponseDto> {
    await this.findVisible(this.dataSource.manager, principal, id);
    return this.load(this.dataSource.manager, principal, id);
  }

  /** HR or the filing bureau moves the campaign on; see campaign-workflow.ts for who does what. */
  async act(principal: Principal, id: string, action: CampaignAction, reason?: string | null): Promise<CampaignResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.findVisible(em, principal, id, 'FOR UPDATE');
      const by: CampaignActor = scopeOf(principal).kind === 'region' ? 'bureau' : 'hr';
      await this.transition(em, principal, campaign, action, by, reason ?? null);
      return this.load(em, principal, id);
    });
  }

  /**
   * Applies one transition to a campaign the caller has locked FOR UPDATE, with the checks the
   * action needs and its audit event. The scheduler calls it too, as `scheduler`.
   */
  async transition(em: EntityManager, actor: AuditActor, campaign: CampaignRow, action: CampaignAction, by: CampaignActor, reason: string | null): Promise<CampaignStatus> {
    const check = checkCampaignTransition(campaign.status, action, by, reason);
    if (!check.ok) {
      if (check.code === 'INVALID_TRANSITION') throw new ConflictError('INVALID_TRANSITION', check.detail);
      if (check.code === 'ACTOR_NOT_ALLOWED') throw new ForbiddenError('ACTOR_NOT_ALLOWED', check.detail);
      throw new UnprocessableError('REASON_REQUIRED', check.detail, [{ field: 'reason', code: 'required', message: '请填写理由 / a reason is required' }]);
    }
    if (by === 'bureau' && isPrincipal(actor) && !CAMPAIGN_FILING_BUREAU.allows(scopeOf(actor), { bureauId: campaign.bureau_id })) {
      throw new ForbiddenError('NOT_THE_FILING_BUREAU', 'Only the bureau this campaign was filed with may acknowledge or return it');
    }
    const today = this.clock.today();
    let bureauId = campaign.bureau_id;
    let filedAt: Date | null = null;
    switch (action) {
      case 'file':
        if (campaign.registration_closes_on < today) {
          throw new UnprocessableError('CAMPAIGN_DATES_PASSED', 'The registration window has already passed; change the dates before filing', [
            { field: 'registrationClosesOn', code: 'inPast', message: '报名截止日期已过，请修改日期后再报备 / the registration window has passed' },
          ]);
        }
        await this.bodies.assertInScope(em, campaign.organization_id, campaign.occupation_code, await this.ranksOf(em, campaign.id));
        bureauId = await this.filingBureau(em, campaign.organization_id);
        filedAt = this.clock.now();
        break;
      case 'open_registration':
        if (campaign.registration_closes_on < today) {
          throw new ConflictError('REGISTRATION_WINDOW_PASSED', `Registration was to close on ${campaign.registration_closes_on}; it can no longer open`);
        }
        await this.bodies.assertInScope(em, campaign.organization_id, campaign.occupation_code, await this.ranksOf(em, campaign.id));
        break;
      case 'start_assessment': {
        const [{ pending }] = await em.query(`SELECT count(*)::int AS pending FROM applications WHERE campaign_id = $1 AND status = 'pending'`, [campaign.id]);
        if (pending > 0) throw new ConflictError('APPLICATIONS_PENDING', `${pending} application(s) still await a decision; approve or reject them first`);
        break;
      }
      default:
        break;
    }
    const statusReason = action === 'return' || action === 'cancel' ? reason : null;
    await em.query(
      `UPDATE campaigns SET status = $2, status_reason = $3, bureau_id = $4, filed_at = COALESCE($5, filed_at), updated_at = now() WHERE id = $1`,
      [campaign.id, check.to, statusReason, bureauId, filedAt],
    );
    await this.audit.record(em, actor, {
      action: `campaign.${action}`,
      entityType: 'campaign',
      entityId: campaign.id,
      organizationId: campaign.organization_id,
      before: { status: campaign.status, statusReason: campaign.status_reason, bureauId: campaign.bureau_id },
      after: { status: check.to, statusReason, bureauId, by },
      reason,
    });
    campaign.status = check.to;
    return check.to;
  }

  /** A campaign the principal may see, optionally row-locked; 404 otherwise. For this module's services. */
  async findVisible(em: EntityManager, principal: Principal, id: string, lock?: CampaignLock): Promise<CampaignRow> {
    const scope = visibleCampaignsWhere(principal, this.clock.today());
    const [row] = await namedQuery<CampaignRow>(
      em,
      `SELECT ${CAMPAIGN_COLUMNS} FROM campaigns c
        WHERE c.id = :id AND ${scope.sql}${lock ? ` ${lock} OF c` : ''}`,
      { ...scope.params, id },
    );
    if (!row) throw new NotFoundError('Campaign');
    return row;
  }

  /** Locks a campaign by id, unscoped: for callers that reached it through something the principal may see. */
  async lockById(em: EntityManager, id: string, lock: CampaignLock): Promise<CampaignRow> {
    const [row] = await em.query(`SELECT ${CAMPAIGN_COLUMNS} FROM campaigns c WHERE c.id = $1 ${lock} OF c`, [id]);
    if (!row) throw new NotFoundError('Campaign');
    return row;
  }

  /** Campaigns due to open or close registration on `today`, locked, skipping those another transaction holds. */
  async dueForSchedule(em: EntityManager, today: string): Promise<CampaignRow[]> {
    return em.query(
      `SELECT ${CAMPAIGN_COLUMNS} FROM campaigns c
        WHERE (c.status = 'acknowledged' AND c.registration_opens_on <= $1 AND c.registration_closes_on >= $1)
           OR (c.status = 'registration_open' AND c.registration_closes_on < $1)
        ORDER BY c.number FOR UPDATE SKIP LOCKED`,
      [today],
    );
  }

  /** The pinned standard version of a campaign. */
  snapshotOf(em: EntityManager, campaign: Pick<CampaignRow, 'standard_version_id'>): Promise<StandardVersionSnapshot> {
    return this.standards.getVersionSnapshot(campaign.standard_version_id, em);
  }

  private async ranksOf(em: EntityManager, campaignId: string): Promise<NationalRank[]> {
    const rows: { rank: NationalRank }[] = await em.query('SELECT rank FROM campaign_levels WHERE campaign_id = $1', [campaignId]);
    return rows.map((r) => r.rank);
  }

  /** The most local active bureau whose region covers the body: it receives the filing. */
  private async filingBureau(em: EntityManager, organizationId: string): Promise<string> {
    const body = await this.organizations.byId(organizationId, em);
    try {
      return (await this.organizations.competentBureau(body.regionCode, em)).id;
    } catch (error) {
      if (error instanceof UnprocessableError && error.code === 'NO_COMPETENT_BUREAU') {
        throw new UnprocessableError('NO_COMPETENT_BUREAU', 'No active bureau covers the enterprise’s region to receive the filing');
      }
      throw error;
    }
  }

  /**
   * The version must be one this body may use (national, industry or its own), of the campaign's
   * occupation, published and in force on the assessment start date, and define every level.
   */
  private async usableVersion(
    em: EntityManager,
    organizationId: string,
    occupationCode: string,
    versionId: string,
    assessmentStartsOn: string,
    levels: readonly CampaignLevelInputDto[],
  ): Promise<StandardVersionSnapshot> {
    const snapshot = await this.standards.getVersionSnapshot(versionId, em);
    if (snapshot.organizationId !== null && snapshot.organizationId !== organizationId) throw new NotFoundError('Standard version');
    const refuse = (code: ErrorCode, detail: string, message: string, field = 'standardVersionId') =>
      new UnprocessableError(code, detail, [{ field, code, message }]);
    if (snapshot.occupationCode !== occupationCode) {
      throw refuse('STANDARD_OCCUPATION_MISMATCH', `The version is a standard for ${snapshot.occupationCode}, not ${occupationCode}`, '该标准不是本职业的标准 / not a standard of this occupation');
    }
    if (snapshot.status !== 'published') {
      throw refuse('VERSION_NOT_PUBLISHED', 'Only a published standard version can be used', '该标准版本未发布或已废止 / this version is not published');
    }
    const inForce = snapshot.effectiveFrom !== null && snapshot.effectiveFrom <= assessmentStartsOn &&
      (snapshot.effectiveTo === null || snapshot.effectiveTo >= assessmentStartsOn);
    if (!inForce) {
      throw refuse(
        'VERSION_NOT_IN_FORCE',
        `The version is not in force on the assessment start date ${assessmentStartsOn}`,
        `该标准版本在考核开始日 ${assessmentStartsOn} 不在有效期内 / not in force on the assessment start date`,
      );
    }
    const defined = new Set(snapshot.levels.map((l) => l.rank));
    const missing: FieldError[] = levels.flatMap((l, i) =>
      defined.has(l.rank) ? [] : [{ field: `levels[${i}].rank`, code: 'levelNotDefined', message: `该标准版本未定义${rankZh(l.rank)} / the version does not define this level` }],
    );
    if (missing.length > 0) throw new UnprocessableError('LEVEL_NOT_DEFINED', 'The standard version does not define every level of the campaign', missing);
    return snapshot;
  }

  private async insertLevels(em: EntityManager, campaignId: string, levels: readonly CampaignLevelInputDto[]): Promise<void> {
    await em.query(
      `INSERT INTO campaign_levels (campaign_id, rank, capacity) SELECT $1, * FROM unnest($2::text[], $3::int[])`,
      [campaignId, levels.map((l) => l.rank), levels.map((l) => l.capacity)],
    );
  }

  private assertDates(d: Dates): void {
    const errors: FieldError[] = campaignDateErrors(d).map((e) => ({ ...e, code: 'dateOrder' }));
    if (d.registrationOpensOn < this.clock.today()) {
      errors.unshift({ field: 'registrationOpensOn', code: 'inPast', message: '报名开始日期不能早于今天 / registration cannot open before today' });
    }
    if (errors.length > 0) throw new UnprocessableError('INVALID_CAMPAIGN_DATES', 'The campaign dates are not in order', errors);
  }

  private async load(em: EntityManager, principal: Principal, id: string): Promise<CampaignResponseDto> {
    const [one] = await loadCampaigns(em, principal, [id]);
    if (!one) throw new NotFoundError('Campaign');
    return one;
  }
}

function uniqueLevels(levels: CampaignLevelInputDto[]): CampaignLevelInputDto[] {
  const seen = new Map<string, number>();
  const errors: FieldError[] = [];
  levels.forEach((l, i) => {
    if (seen.has(l.rank)) errors.push({ field: `levels[${i}].rank`, code: 'duplicate', message: `等级重复（与第${(seen.get(l.rank) as number) + 1}项相同） / level listed twice` });
    else seen.set(l.rank, i);
  });
  if (errors.length > 0) throw new UnprocessableError('DUPLICATE_LEVEL', 'Each level may appear once', errors);
  return levels;
}

function sortTypes(types: readonly EmploymentType[]): EmploymentType[] {
  return EMPLOYMENT_TYPES.filter((t) => types.includes(t));
}

function rankZh(rank: NationalRank): string {
  return rankLabel(rank);
}

/** A signed-in caller rather than the system (the scheduler). */
function isPrincipal(actor: AuditActor): actor is Principal {
  return 'actingAs' in actor;
}
