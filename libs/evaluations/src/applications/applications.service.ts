import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditService,
  Clock,
  ConflictError,
  ForbiddenError,
  namedQuery,
  NotFoundError,
  Page,
  Principal,
  scopeOf,
  UnprocessableError,
  pageQuery,
  updateReturning,
} from '@skill-ladder/platform';
import { levelOf } from '@skill-ladder/standards';
import { APPLICATION_CHANGES, APPLICATION_DECISIONS, visibleApplicationsWhere } from '../campaigns/campaign-scope';
import { CampaignRow, CampaignsService } from '../campaigns/campaigns.service';
import { NationalRank } from '../draw/ranks';
import { APPLICATION_COLUMNS, ApplicationRow, auditView, freeSeat, loadApplication, loadApplications, lockApplication } from './application-rows';
import { ApplicationRegistrationService } from './application-registration.service';
import { ApplicationSource, applicationTransition, formatTicketNumber } from './application-rules';
import {
  ApplicationQueryDto,
  ApplicationReasonDto,
  ApplicationResponseDto,
  ApproveApplicationDto,
  CreateApplicationDto,
  ExceptionalApprovalDto,
  WithdrawApplicationDto,
} from './dto/application.dto';

export type { ApplicationRow } from './application-rows';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Applications (报名). Lock order, so concurrent requests cannot deadlock: the campaign row
 * first (FOR SHARE to register, reject or withdraw; FOR NO KEY UPDATE to approve, which takes a
 * ticket serial from it), then the level's seat counter, then the application. Registering is
 * `ApplicationRegistrationService`'s, the XLSX upload `ApplicationImportService`'s.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly campaigns: CampaignsService,
    private readonly registration: ApplicationRegistrationService,
  ) {}

  /** A worker applies for themself, or HR registers one worker who works at the body. */
  async apply(principal: Principal, campaignId: string, dto: CreateApplicationDto): Promise<ApplicationResponseDto> {
    let personId: string;
    let source: ApplicationSource;
    const scope = scopeOf(principal);
    if (scope.kind === 'person') {
      if (!scope.personId) throw new ForbiddenError('NO_WORKER_RECORD', 'This account is not bound to a worker record');
      if (dto.personId && dto.personId !== scope.personId) throw new NotFoundError('Worker');
      personId = scope.personId;
      source = 'worker';
    } else {
      if (!dto.personId) {
        throw new UnprocessableError('PERSON_REQUIRED', 'Name the worker to register', [
          { field: 'personId', code: 'required', message: '请选择报名的职工 / choose the worker to register' },
        ]);
      }
      personId = dto.personId;
      source = 'hr';
    }
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.campaigns.findVisible(em, principal, campaignId, 'FOR SHARE');
      this.registration.assertRegistrationOpen(campaign);
      const ctx = await this.registration.context(em, campaign);
      const registered = await this.registration.register(em, principal, ctx, personId, dto.rank, source);
      if (registered.outcome === 'exists') {
        throw new ConflictError('ALREADY_APPLIED', 'This worker already has a pending or approved application at this level of the campaign');
      }
      const response = await loadApplication(em, registered.id);
      await this.audit.record(em, principal, {
        action: 'application.create',
        entityType: 'application',
        entityId: registered.id,
        organizationId: campaign.organization_id,
        after: auditView(response),
      });
      return response;
    });
  }

  async list(principal: Principal, q: ApplicationQueryDto, campaignId?: string): Promise<Page<ApplicationResponseDto>> {
    if (campaignId) await this.campaigns.findVisible(this.dataSource.manager, principal, campaignId);
    const scope = visibleApplicationsWhere(principal);
    const where = [scope.sql];
    const params: Record<string, unknown> = { ...scope.params };
    const filters: [string, unknown][] = [
      ['a.campaign_id = :campaignId', campaignId ?? q.campaignId],
      ['a.status = :status', q.status],
      ['a.rank = :rank', q.rank],
      ['a.person_id = :personId', q.personId],
      ['a.eligible = :eligible', q.eligible],
    ];
    for (const [sql, value] of filters) {
      if (value === undefined) continue;
      where.push(sql);
      params[sql.split(':')[1]] = value;
    }
    const from = `FROM applications a WHERE ${where.join(' AND ')}`;
    const { rows: ids, total: count } = await pageQuery<{ id: string }>(this.dataSource, { select: 'a.id', from, orderBy: 'a.created_at DESC, a.id', params }, q);
    return { items: await loadApplications(this.dataSource.manager, ids.map((r) => r.id)), total: count, page: q.page, pageSize: q.pageSize };
  }

  async get(principal: Principal, id: string): Promise<ApplicationResponseDto> {
    await this.findVisible(this.dataSource.manager, principal, id);
    return loadApplication(this.dataSource.manager, id);
  }

  /** HR approves an eligible application and issues its admission ticket number (准考证号). */
  approve(principal: Principal, id: string, dto: ApproveApplicationDto): Promise<ApplicationResponseDto> {
    return this.decide(principal, id, 'approve', dto.note ?? null);
  }

  /** 破格: HR admits an ineligible applicant through an exceptional route of the level, with a reason. */
  approveExceptional(principal: Principal, id: string, dto: ExceptionalApprovalDto): Promise<ApplicationResponseDto> {
    return this.decide(principal, id, 'approve_exceptional', dto.reason, dto.routeCode);
  }

  reject(principal: Principal, id: string, dto: ApplicationReasonDto): Promise<ApplicationResponseDto> {
    return this.decide(principal, id, 'reject', dto.reason);
  }

  /** The worker or HR of the body withdraws while registration is open; the seat is freed. */
  async withdraw(principal: Principal, id: string, dto: WithdrawApplicationDto): Promise<ApplicationResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const found = await this.findVisible(em, principal, id);
      if (!APPLICATION_CHANGES.allows(scopeOf(principal), { organizationId: found.organization_id, personId: found.person_id })) throw new ForbiddenError('APPLICATION_READ_ONLY', 'Only the applicant or HR of the evaluation body may withdraw the application');
      const campaign = await this.campaigns.lockById(em, found.campaign_id, 'FOR SHARE');
      if (campaign.status !== 'registration_open' || campaign.registration_closes_on < this.clock.today()) {
        throw new ConflictError('REGISTRATION_CLOSED', 'An application can be withdrawn only while registration is open');
      }
      const application = await lockApplication(em, id);
      const transition = applicationTransition(application.status, 'withdraw');
      if (!transition.ok) throw new ConflictError('INVALID_TRANSITION', transition.detail);
      const before = auditView(await loadApplication(em, id));
      await em.query(
        `UPDATE applications SET status = 'withdrawn', withdrawn_at = $2, withdrawn_by = $3, withdrawal_reason = $4, updated_at = now() WHERE id = $1`,
        [id, this.clock.now(), principal.userId, dto.reason ?? null],
      );
      await freeSeat(em, application);
      const after = await loadApplication(em, id);
      await this.audit.record(em, principal, {
        action: 'application.withdraw',
        entityType: 'application',
        entityId: id,
        organizationId: application.organization_id,
        before,
        after: auditView(after),
        reason: dto.reason ?? null,
      });
      return after;
    });
  }

  /** An application the principal may see; 404 otherwise. For this module's services. */
  async findVisible(em: EntityManager, principal: Principal, id: string): Promise<ApplicationRow> {
    const scope = visibleApplicationsWhere(principal);
    const [row] = await namedQuery<ApplicationRow>(
      em,
      `SELECT ${APPLICATION_COLUMNS} FROM applications a WHERE a.id = :id AND ${scope.sql}`,
      { ...scope.params, id },
    );
    if (!row) throw new NotFoundError('Application');
    return row;
  }

  private async decide(
    principal: Principal,
    id: string,
    action: 'approve' | 'approve_exceptional' | 'reject',
    reason: string | null,
    routeCode?: string,
  ): Promise<ApplicationResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const found = await this.findVisible(em, principal, id);
      if (!APPLICATION_DECISIONS.allows(scopeOf(principal), { organizationId: found.organization_id })) {
        throw new ForbiddenError('APPLICATION_READ_ONLY', 'Only HR of the evaluation body decides on applications');
      }
      const approving = action !== 'reject';
      const campaign = await this.campaigns.lockById(em, found.campaign_id, approving ? 'FOR NO KEY UPDATE' : 'FOR SHARE');
      if (campaign.status !== 'registration_open' && campaign.status !== 'registration_closed') {
        throw new ConflictError('CAMPAIGN_NOT_IN_REGISTRATION', `Applications are decided during registration; the campaign is ${campaign.status.replace(/_/g, ' ')}`);
      }
      const application = await lockApplication(em, id);
      const transition = applicationTransition(application.status, approving ? 'approve' : 'reject');
      if (!transition.ok) throw new ConflictError('INVALID_TRANSITION', transition.detail);
      const before = auditView(await loadApplication(em, id));
      const now = this.clock.now();
      if (action === 'reject') {
        await em.query(
          `UPDATE applications SET status = 'rejected', decision_reason = $2, decided_by = $3, decided_at = $4, updated_at = now() WHERE id = $1`,
          [id, reason, principal.userId, now],
        );
        await freeSeat(em, application);
      } else {
        let exceptionalRoute: string | null = null;
        if (action === 'approve' && !application.eligible) {
          throw new UnprocessableError(
            'APPLICANT_NOT_ELIGIBLE',
            'The applicant met no route of the level on the application date; admit them only through an exceptional (破格) route with a reason',
          );
        }
        if (action === 'approve_exceptional') {
          if (application.eligible) {
            throw new UnprocessableError('EXCEPTIONAL_NOT_NEEDED', 'The applicant is eligible; approve the application the ordinary way');
          }
          exceptionalRoute = await this.exceptionalRoute(em, campaign, application.rank, routeCode as string);
        }
        const [serial] = await updateReturning<{ ticket_seq: number; number: number }>(
          em,
          `UPDATE campaigns SET ticket_seq = ticket_seq + 1 WHERE id = $1 RETURNING ticket_seq, number`,
          [campaign.id],
        );
        const ticket = formatTicketNumber(serial.number, application.rank, serial.ticket_seq);
        await em.query(
          `UPDATE applications SET status = 'approved', ticket_number = $2, decision_reason = $3, decided_by = $4, decided_at = $5,
             exceptional = $6, exceptional_route_code = $7, updated_at = now()
           WHERE id = $1`,
          [id, ticket, reason, principal.userId, now, exceptionalRoute !== null, exceptionalRoute],
        );
      }
      const after = await loadApplication(em, id);
      await this.audit.record(em, principal, {
        action: `application.${action}`,
        entityType: 'application',
        entityId: id,
        organizationId: application.organization_id,
        before,
        after: auditView(after),
        reason,
      });
      return after;
    });
  }

  /** The route code, if it names an exceptional (破格) route of the level in the pinned version. */
  private async exceptionalRoute(em: EntityManager, campaign: CampaignRow, rank: NationalRank, routeCode: string): Promise<string> {
    const snapshot = await this.campaigns.snapshotOf(em, campaign);
    const routes = levelOf(snapshot, rank).definition.routes.filter((r) => r.kind === 'exceptional');
    if (routes.length === 0) {
      throw new UnprocessableError('NO_EXCEPTIONAL_ROUTE', 'The standard defines no exceptional (破格) route for this level', [
        { field: 'routeCode', code: 'none', message: '该等级标准未规定破格申报路径 / the standard has no exceptional route for this level' },
      ]);
    }
    if (!routes.some((r) => r.code === routeCode)) {
      throw new UnprocessableError('UNKNOWN_EXCEPTIONAL_ROUTE', `Choose one of the level’s exceptional routes: ${routes.map((r) => r.code).join(', ')}`, [
        {
          field: 'routeCode',
          code: 'unknown',
          message: `请选择该等级的破格路径：${routes.map((r) => `${r.code}（${r.label}）`).join('；')} / not an exceptional route of this level`,
        },
      ]);
    }
    return routeCode;
  }
}
