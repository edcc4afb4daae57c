import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { organizationSql } from '@skill-ladder/identity';
import {
  AuditService,
  Clock,
  ConflictError,
  DomainError,
  ForbiddenError,
  namedQuery,
  NotFoundError,
  Page,
  PiiCipher,
  Principal,
  sniffFileType,
  UnprocessableError,
  pageQuery,
  updateReturning,
} from '@skill-ladder/platform';
import { currentEmployments, EligibilityReport, evaluateEligibility, levelOf, OccupationsService, StandardVersionSnapshot, toWorkerFacts } from '@skill-ladder/standards';
import { EMPLOYMENT_TYPE_LABELS, EmploymentType, personSql, WorkersReader, WorkersService } from '@skill-ladder/workforce';
import { visibleApplicationsWhere } from '../campaigns/campaign-scope';
import { CampaignRow, CampaignsService } from '../campaigns/campaigns.service';
import { EVALUATION_RANK_LABELS, NationalRank } from '../draw/ranks';
import {
  APPLICATION_SOURCE_LABELS,
  APPLICATION_STATUS_LABELS,
  ApplicationSource,
  ApplicationStatus,
  applicationTransition,
  formatTicketNumber,
} from './application-rules';
import { APPLICATION_COLUMN_LABELS, ApplicationColumn, ApplicationSheetError, readApplicationSheet, writeApplicationTemplate } from './application-sheet';
import {
  ApplicationImportReportDto,
  ApplicationQueryDto,
  ApplicationReasonDto,
  ApplicationResponseDto,
  ApproveApplicationDto,
  CreateApplicationDto,
  ExceptionalApprovalDto,
  ImportBadRowDto,
  WithdrawApplicationDto,
} from './dto/application.dto';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An application row as the services of this module read it. */
export interface ApplicationRow {
  id: string;
  campaign_id: string;
  organization_id: string;
  employer_org_id: string;
  person_id: string;
  rank: NationalRank;
  status: ApplicationStatus;
  eligible: boolean;
}

/** What a registration needs to know about its campaign, read once per request. */
interface RegistrationContext {
  campaign: CampaignRow;
  snapshot: StandardVersionSnapshot;
  relatedCodes: string[];
  ranks: ReadonlySet<string>;
  today: string;
}

type Registration = { outcome: 'created'; id: string; eligible: boolean } | { outcome: 'exists'; id: string };

const APPLICATION_COLUMNS = `a.id, a.campaign_id, a.organization_id, a.employer_org_id, a.person_id, a.rank, a.status, a.eligible`;

/**
 * Applications (报名). Lock order, so concurrent requests cannot deadlock: the campaign row
 * first (FOR SHARE to register, reject or withdraw; FOR NO KEY UPDATE to approve, which takes a
 * ticket serial from it), then the level's seat counter, then the application.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly campaigns: CampaignsService,
    private readonly workers: WorkersService,
    private readonly cipher: PiiCipher,
    private readonly workersReader: WorkersReader,
    private readonly occupations: OccupationsService,
  ) {}

  /** A worker applies for themself, or HR registers one worker who works at the body. */
  async apply(principal: Principal, campaignId: string, dto: CreateApplicationDto): Promise<ApplicationResponseDto> {
    let personId: string;
    let source: ApplicationSource;
    if (principal.actingAs === 'worker') {
      if (!principal.personId) throw new ForbiddenError('NO_WORKER_RECORD', 'This account is not bound to a worker record');
      if (dto.personId && dto.personId !== principal.personId) throw new NotFoundError('Worker');
      personId = principal.personId;
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
      this.assertRegistrationOpen(campaign);
      const ctx = await this.context(em, campaign);
      const registered = await this.register(em, principal, ctx, personId, dto.rank, source);
      if (registered.outcome === 'exists') {
        throw new ConflictError('ALREADY_APPLIED', 'This worker already has a pending or approved application at this level of the campaign');
      }
      const response = await this.load(em, registered.id);
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

  /**
   * HR registers many workers from an XLSX upload: every row or none. Every row is checked in one
   * transaction; if any is bad nothing is saved and the answer lists each bad row with its field
   * errors. A row whose worker already holds a live application at that level is reported, not
   * saved again, so the corrected file can be uploaded whole.
   */
  async importSheet(principal: Principal, campaignId: string, buffer: Buffer): Promise<ApplicationImportReportDto> {
    if (sniffFileType(buffer) !== XLSX_MIME) {
      throw new DomainError(415, 'XLSX_REQUIRED', '不支持的文件类型 / Unsupported media type', 'Upload the filled-in template as an XLSX workbook');
    }
    try {
      return await this.importRows(principal, campaignId, buffer);
    } catch (error) {
      if (error instanceof ImportRefused) return error.report;
      throw error;
    }
  }

  /** Registers every row in one transaction; any bad row throws ImportRefused, rolling back the rows before it and their seats. */
  private importRows(principal: Principal, campaignId: string, buffer: Buffer): Promise<ApplicationImportReportDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.campaigns.findVisible(em, principal, campaignId, 'FOR SHARE');
      this.assertRegistrationOpen(campaign);
      const ctx = await this.context(em, campaign);
      let parsed: Awaited<ReturnType<typeof readApplicationSheet>>;
      try {
        parsed = await readApplicationSheet(buffer, [...ctx.ranks] as NationalRank[]);
      } catch {
        throw new UnprocessableError('IMPORT_FILE_UNREADABLE', 'The file is not a readable XLSX workbook');
      }
      if (parsed.fatal) throw new UnprocessableError('IMPORT_SHEET_INVALID', 'The sheet cannot be read as a list of candidates', toFieldErrors(parsed.errors));

      const errors: ApplicationSheetError[] = [...parsed.errors];
      const report: ApplicationImportReportDto = { rows: 0, created: 0, applications: [], alreadyRegistered: [], badRows: [] };
      const people = await this.peopleByIdNumber(em, campaign.organization_id, ctx.today, parsed.rows.map((r) => r.value.idNumber));
      const rowError = (row: number, field: ApplicationColumn, code: string, text: string) =>
        errors.push({ row, field, code, message: `第${row}行「${APPLICATION_COLUMN_LABELS[field]}」：${text}` });
      for (const { row, value } of parsed.rows) {
        const person = people.get(value.idNumber);
        if (!person) {
          rowError(row, 'idNumber', 'notFound', '本单位在岗职工中没有该身份证号码，请先登记职工信息 / no worker of your enterprise has this ID number');
          continue;
        }
        if (person.fullName !== value.fullName) {
          rowError(row, 'fullName', 'mismatch', '与该身份证号码登记的姓名不一致 / does not match the name on record for this ID number');
          continue;
        }
        try {
          const registered = await this.register(em, principal, ctx, person.id, value.rank, 'import');
          if (registered.outcome === 'exists') report.alreadyRegistered.push({ row, applicationId: registered.id });
          else report.applications.push({ row, applicationId: registered.id, eligible: registered.eligible });
        } catch (error) {
          // Refusals are raised before any failed statement, so the transaction carries on with the next row.
          if (!(error instanceof DomainError)) throw error;
          if (error.code === 'LEVEL_FULL') rowError(row, 'rank', 'full', '该等级名额已满 / no seats left at this level');
          else if (error.code === 'EMPLOYMENT_TYPE_NOT_ALLOWED') rowError(row, 'idNumber', 'employmentType', error.errors?.[0]?.message ?? error.message);
          else rowError(row, 'idNumber', 'notFound', '本单位在岗职工中没有该身份证号码，请先登记职工信息 / no worker of your enterprise has this ID number');
        }
      }
      report.rows = parsed.rows.length + new Set(parsed.errors.map((e) => e.row)).size;
      report.created = report.applications.length;
      report.badRows = groupByRow(errors);
      if (report.badRows.length > 0) throw new ImportRefused({ ...report, created: 0, applications: [] });
      if (report.created > 0) {
        await this.audit.record(em, principal, {
          action: 'application.import',
          entityType: 'campaign',
          entityId: campaign.id,
          organizationId: campaign.organization_id,
          after: {
            rows: report.rows,
            created: report.created,
            alreadyRegistered: report.alreadyRegistered.length,
            badRows: report.badRows.map((r) => r.row),
            applicationIds: report.applications.map((a) => a.applicationId),
          },
        });
      }
      return report;
    });
  }

  /** The XLSX template of a campaign: zh-CN headers and the campaign's levels. */
  async template(principal: Principal, campaignId: string): Promise<{ buffer: Buffer; filename: string }> {
    const campaign = await this.campaigns.findVisible(this.dataSource.manager, principal, campaignId);
    const ranks: { rank: NationalRank }[] = await this.dataSource.query(
      `SELECT rank FROM campaign_levels WHERE campaign_id = $1 ORDER BY skill_rank_order(rank)`,
      [campaign.id],
    );
    const buffer = await writeApplicationTemplate({ name: campaign.name, ranks: ranks.map((r) => r.rank) });
    return { buffer, filename: `campaign-${campaign.number}-applications.xlsx` };
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
    return { items: await this.loadMany(this.dataSource.manager, ids.map((r) => r.id)), total: count, page: q.page, pageSize: q.pageSize };
  }

  async get(principal: Principal, id: string): Promise<ApplicationResponseDto> {
    await this.findVisible(this.dataSource.manager, principal, id);
    return this.load(this.dataSource.manager, id);
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
      const own = principal.actingAs === 'worker' && found.person_id === principal.personId;
      const bodyHr = principal.actingAs === 'hr_admin' && found.organization_id === principal.organizationId;
      if (!own && !bodyHr) throw new ForbiddenError('APPLICATION_READ_ONLY', 'Only the applicant or HR of the evaluation body may withdraw the application');
      const campaign = await this.campaigns.lockById(em, found.campaign_id, 'FOR SHARE');
      if (campaign.status !== 'registration_open' || campaign.registration_closes_on < this.clock.today()) {
        throw new ConflictError('REGISTRATION_CLOSED', 'An application can be withdrawn only while registration is open');
      }
      const application = await this.lockApplication(em, id);
      const transition = applicationTransition(application.status, 'withdraw');
      if (!transition.ok) throw new ConflictError('INVALID_TRANSITION', transition.detail);
      const before = auditView(await this.load(em, id));
      await em.query(
        `UPDATE applications SET status = 'withdrawn', withdrawn_at = $2, withdrawn_by = $3, withdrawal_reason = $4, updated_at = now() WHERE id = $1`,
        [id, this.clock.now(), principal.userId, dto.reason ?? null],
      );
      await this.freeSeat(em, application);
      const after = await this.load(em, id);
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
      if (principal.actingAs !== 'hr_admin' || found.organization_id !== principal.organizationId) {
        throw new ForbiddenError('APPLICATION_READ_ONLY', 'Only HR of the evaluation body decides on applications');
      }
      const approving = action !== 'reject';
      const campaign = await this.campaigns.lockById(em, found.campaign_id, approving ? 'FOR NO KEY UPDATE' : 'FOR SHARE');
      if (campaign.status !== 'registration_open' && campaign.status !== 'registration_closed') {
        throw new ConflictError('CAMPAIGN_NOT_IN_REGISTRATION', `Applications are decided during registration; the campaign is ${campaign.status.replace(/_/g, ' ')}`);
      }
      const application = await this.lockApplication(em, id);
      const transition = applicationTransition(application.status, approving ? 'approve' : 'reject');
      if (!transition.ok) throw new ConflictError('INVALID_TRANSITION', transition.detail);
      const before = auditView(await this.load(em, id));
      const now = this.clock.now();
      if (action === 'reject') {
        await em.query(
          `UPDATE applications SET status = 'rejected', decision_reason = $2, decided_by = $3, decided_at = $4, updated_at = now() WHERE id = $1`,
          [id, reason, principal.userId, now],
        );
        await this.freeSeat(em, application);
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
      const after = await this.load(em, id);
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

  /**
   * Registers one worker at one level inside the caller's transaction, which holds the campaign
   * FOR SHARE. The seat is taken by a conditional UPDATE, so the level can never overfill; the
   * insert yields to a live application of the same worker and level, and then hands the seat back.
   */
  private async register(
    em: EntityManager,
    principal: Principal,
    ctx: RegistrationContext,
    personId: string,
    rank: NationalRank,
    source: ApplicationSource,
  ): Promise<Registration> {
    const { campaign } = ctx;
    if (!ctx.ranks.has(rank)) {
      throw new UnprocessableError('LEVEL_NOT_IN_CAMPAIGN', `This campaign does not certify ${rank}`, [
        { field: 'rank', code: 'notInCampaign', message: '本计划不认定该等级 / not a level of this campaign' },
      ]);
    }
    const record = await this.workers.getRecord(principal, personId, em);
    const here = currentEmployments(record, ctx.today).filter((e) => e.workOrganizationId === campaign.organization_id);
    if (here.length === 0) {
      throw new UnprocessableError('NOT_WORKING_AT_BODY', 'The worker does not currently work at the enterprise running this campaign', [
        { field: 'personId', code: 'notWorkingHere', message: '该职工目前不在本单位在岗 / the worker does not work here now' },
      ]);
    }
    const admitted = here.filter((e) => campaign.allowed_employment_types.includes(e.employmentType));
    if (admitted.length === 0) {
      const types = (list: readonly EmploymentType[]) => list.map((t) => EMPLOYMENT_TYPE_LABELS[t].split(' / ')[0]).join('、');
      throw new UnprocessableError('EMPLOYMENT_TYPE_NOT_ALLOWED', `The campaign admits ${campaign.allowed_employment_types.join(', ')} staff only`, [
        {
          field: 'personId',
          code: 'employmentType',
          message: `本计划仅限${types(campaign.allowed_employment_types)}报名，该职工为${types(here.map((e) => e.employmentType))} / employment type not admitted`,
        },
      ]);
    }
    const employment = admitted.find((e) => e.occupationCode === campaign.occupation_code) ?? admitted[0];
    const live = async () =>
      ((await em.query(`SELECT id FROM applications WHERE campaign_id = $1 AND person_id = $2 AND rank = $3 AND status IN ('pending', 'approved')`, [
        campaign.id, personId, rank,
      ])) as { id: string }[])[0];
    const existing = await live();
    if (existing) return { outcome: 'exists', id: existing.id };

    const { definition } = levelOf(ctx.snapshot, rank);
    const facts = toWorkerFacts(record, {
      occupationCode: ctx.snapshot.occupationCode,
      relatedOccupationCodes: definition.relatedOccupationCodes ?? ctx.relatedCodes,
      asOf: ctx.today,
    });
    const report = evaluateEligibility(definition, facts, ctx.today);

    const seat = await updateReturning(
      em,
      `UPDATE campaign_levels SET seats_taken = seats_taken + 1 WHERE campaign_id = $1 AND rank = $2 AND seats_taken < capacity RETURNING seats_taken`,
      [campaign.id, rank],
    );
    if (seat.length === 0) throw new ConflictError('LEVEL_FULL', `No seats are left at ${rank} in this campaign`);
    const inserted: { id: string }[] = await em.query(
      `INSERT INTO applications (campaign_id, organization_id, person_id, rank, source, employment_type, employer_org_id, eligible,
         eligibility_as_of, eligibility_report, route_code, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (campaign_id, person_id, rank) WHERE status IN ('pending', 'approved') DO NOTHING
       RETURNING id`,
      [campaign.id, campaign.organization_id, personId, rank, source, employment.employmentType, employment.employerOrganizationId, report.eligible,
        ctx.today, JSON.stringify(report), report.succeededRoute, principal.userId],
    );
    if (inserted.length === 0) {
      await this.freeSeat(em, { campaign_id: campaign.id, rank });
      return { outcome: 'exists', id: ((await live()) as { id: string }).id };
    }
    return { outcome: 'created', id: inserted[0].id, eligible: report.eligible };
  }

  private async context(em: EntityManager, campaign: CampaignRow): Promise<RegistrationContext> {
    const snapshot = await this.campaigns.snapshotOf(em, campaign);
    const occupation = await this.occupations.findByCode(em, campaign.occupation_code);
    const levels: { rank: string }[] = await em.query('SELECT rank FROM campaign_levels WHERE campaign_id = $1', [campaign.id]);
    return { campaign, snapshot, relatedCodes: occupation?.relatedCodes ?? [], ranks: new Set(levels.map((l) => l.rank)), today: this.clock.today() };
  }

  /** Workers who work at the body today, by the ID numbers given (through the keyed hash, never in clear). */
  private async peopleByIdNumber(em: EntityManager, organizationId: string, today: string, idNumbers: string[]): Promise<Map<string, { id: string; fullName: string }>> {
    if (idNumbers.length === 0) return new Map();
    const byIndex = new Map(idNumbers.map((n) => [this.cipher.blindIndex(n).toString('hex'), n]));
    const people = await this.workersReader.workingAtByIdNumberIndex(
      { organizationId, on: today, idNumberIndexes: [...byIndex.keys()].map((hex) => Buffer.from(hex, 'hex')) },
      em,
    );
    return new Map(people.map((p) => [byIndex.get(p.idNumberIndex.toString('hex')) as string, { id: p.personId, fullName: p.fullName }]));
  }

  private assertRegistrationOpen(campaign: CampaignRow): void {
    if (campaign.status !== 'registration_open' || campaign.registration_closes_on < this.clock.today()) {
      throw new ConflictError('REGISTRATION_NOT_OPEN', `Registration is not open for this campaign (it is ${campaign.status.replace(/_/g, ' ')})`);
    }
  }

  private async lockApplication(em: EntityManager, id: string): Promise<ApplicationRow> {
    const [row] = await em.query(`SELECT ${APPLICATION_COLUMNS} FROM applications a WHERE a.id = $1 FOR UPDATE`, [id]);
    if (!row) throw new NotFoundError('Application');
    return row;
  }

  private async freeSeat(em: EntityManager, application: Pick<ApplicationRow, 'campaign_id' | 'rank'>): Promise<void> {
    await em.query('UPDATE campaign_levels SET seats_taken = seats_taken - 1 WHERE campaign_id = $1 AND rank = $2', [application.campaign_id, application.rank]);
  }

  private async load(em: EntityManager, id: string): Promise<ApplicationResponseDto> {
    const [one] = await this.loadMany(em, [id]);
    if (!one) throw new NotFoundError('Application');
    return one;
  }

  private async loadMany(em: EntityManager, ids: string[]): Promise<ApplicationResponseDto[]> {
    if (ids.length === 0) return [];
    const rows: ResponseRow[] = await em.query(
      `SELECT a.*, a.eligibility_as_of::text AS eligibility_as_of, c.number AS campaign_number, c.name AS campaign_name,
              c.status AS campaign_status, c.occupation_code, ${organizationSql.name('a.organization_id')} AS organization_name,
              ${organizationSql.name('a.employer_org_id')} AS employer_name,
              ${personSql.fullName('a.person_id')} AS full_name, ${personSql.idNumberMasked('a.person_id')} AS id_number_masked,
              (SELECT count(*)::int FROM application_files f WHERE f.application_id = a.id) AS file_count
         FROM applications a
         JOIN campaigns c ON c.id = a.campaign_id
        WHERE a.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, toResponse(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
}

interface ResponseRow extends ApplicationRow {
  campaign_number: number;
  campaign_name: string;
  campaign_status: string;
  occupation_code: string;
  organization_name: string;
  employer_name: string;
  full_name: string;
  id_number_masked: string;
  source: ApplicationSource;
  employment_type: EmploymentType;
  eligibility_as_of: string;
  eligibility_report: EligibilityReport;
  route_code: string | null;
  exceptional: boolean;
  exceptional_route_code: string | null;
  decision_reason: string | null;
  decided_at: Date | null;
  ticket_number: string | null;
  withdrawal_reason: string | null;
  withdrawn_at: Date | null;
  file_count: number;
  created_at: Date;
}

function toResponse(r: ResponseRow): ApplicationResponseDto {
  return {
    id: r.id,
    campaignId: r.campaign_id,
    campaignNumber: r.campaign_number,
    campaignName: r.campaign_name,
    campaignStatus: r.campaign_status,
    occupationCode: r.occupation_code,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    personId: r.person_id,
    fullName: r.full_name,
    idNumberMasked: r.id_number_masked,
    rank: r.rank,
    rankLabel: EVALUATION_RANK_LABELS[r.rank],
    status: r.status,
    statusLabel: APPLICATION_STATUS_LABELS[r.status],
    source: r.source,
    sourceLabel: APPLICATION_SOURCE_LABELS[r.source],
    employmentType: r.employment_type,
    employmentTypeLabel: EMPLOYMENT_TYPE_LABELS[r.employment_type],
    employerOrganizationId: r.employer_org_id,
    employerOrganizationName: r.employer_name,
    eligible: r.eligible,
    eligibilityAsOf: r.eligibility_as_of,
    routeCode: r.route_code,
    eligibilityReport: r.eligibility_report,
    exceptional: r.exceptional,
    exceptionalRouteCode: r.exceptional_route_code,
    decisionReason: r.decision_reason,
    decidedAt: r.decided_at?.toISOString() ?? null,
    ticketNumber: r.ticket_number,
    withdrawalReason: r.withdrawal_reason,
    withdrawnAt: r.withdrawn_at?.toISOString() ?? null,
    fileCount: r.file_count,
    createdAt: r.created_at.toISOString(),
  };
}

/** What the audit trail keeps of an application: its state, never the name with the ID number. */
function auditView(a: ApplicationResponseDto) {
  return {
    id: a.id,
    campaignId: a.campaignId,
    personId: a.personId,
    rank: a.rank,
    status: a.status,
    source: a.source,
    employmentType: a.employmentType,
    employerOrganizationId: a.employerOrganizationId,
    eligible: a.eligible,
    eligibilityAsOf: a.eligibilityAsOf,
    routeCode: a.routeCode,
    exceptional: a.exceptional,
    exceptionalRouteCode: a.exceptionalRouteCode,
    ticketNumber: a.ticketNumber,
  };
}

function groupByRow(errors: ApplicationSheetError[]): ImportBadRowDto[] {
  const rows = new Map<number, ImportBadRowDto>();
  for (const e of [...errors].sort((a, b) => a.row - b.row)) {
    const entry = rows.get(e.row) ?? { row: e.row, errors: [] };
    entry.errors.push({ field: e.field, code: e.code, message: e.message });
    rows.set(e.row, entry);
  }
  return [...rows.values()];
}

function toFieldErrors(errors: ApplicationSheetError[]) {
  return errors.map((e) => ({ field: `rows[${e.row}]${e.field ? `.${e.field}` : ''}`, code: e.code, message: e.message }));
}

/** A sheet with a bad row: nothing of it is saved, the report says why. */
class ImportRefused extends Error {
  constructor(readonly report: ApplicationImportReportDto) {
    super('import refused');
  }
}
