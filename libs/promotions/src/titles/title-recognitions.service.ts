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
  scopeOf,
  UnprocessableError,
  pageIds,
} from '@skill-ladder/platform';
import { currentEmployments, evaluateTitleOptions, rulesInForce, StandardsReader, TITLE_SERIES_LABELS, TitleOption } from '@skill-ladder/standards';
import { WorkerRecord, WorkersService } from '@skill-ladder/workforce';
import { CASE_DECIDING_BUREAU, CASE_ENTERPRISE_HR, CASE_WITHDRAWAL, visibleCasesWhere } from '../common/case-scope';
import { NoteDto, ReasonDto } from '../common/dto';
import { assertTransition, notTheDecidingBureau, notTheEnterpriseHr } from '../common/errors';
import { effectiveCredentials, PromotionsReader } from '../common/promotions-reader';
import { TitleRecognition } from '../entities/title-recognition.entity';
import { ApplyTitleRecognitionDto, TitleRecognitionQueryDto, TitleRecognitionResponseDto } from './dto/title-recognition.dto';
import { RECOGNITION_STATUS_LABELS, RECOGNITION_WORKFLOW, RecognitionAction } from './recognition-workflow';
import { compareDates, RANK_INFO, TITLE_GRADE_INFO } from '@skill-ladder/vocabulary';

/**
 * 比照认定 (docs/domain.md §5, 人社部发〔2020〕96号): a worker who has held a skill level long enough
 * applies for the title the bureau's mapping opens; HR of the enterprise where they work
 * endorses; the competent bureau approves (the title joins the worker's record as 'recognized'
 * and feeds the title → skill routes) or rejects with a reason.
 */
@Injectable()
export class TitleRecognitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workers: WorkersService,
    private readonly reader: PromotionsReader,
    private readonly organizationsReader: OrganizationsReader,
    private readonly standardsReader: StandardsReader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async apply(principal: Principal, dto: ApplyTitleRecognitionDto): Promise<TitleRecognitionResponseDto> {
    const personId = this.applicant(principal, dto.personId);
    try {
      return await this.dataSource.transaction(async (em) => {
        const today = this.clock.today();
        const record = await this.workers.getRecord(principal, personId, em);
        const organizationId = filingOrganization(principal, record, today);
        const option = await this.option(em, record, organizationId, dto.titleSeries, dto.titleGrade, today);
        if (option.status === 'held') throw new ConflictError('TITLE_ALREADY_HELD', option.explanation);
        if (option.status !== 'available') {
          throw new UnprocessableError('TITLE_NOT_YET_OPEN', option.explanation, [
            { field: 'titleGrade', code: option.status, message: `${option.explanation}${option.opensOn ? `（${option.opensOn}起可申报）` : ''}` },
          ]);
        }
        const basis = option.basis as NonNullable<TitleOption['basis']>;
        const repo = em.getRepository(TitleRecognition);
        const saved = await repo.save(
          repo.create({
            organizationId,
            personId,
            bureauId: null,
            ruleId: option.ruleId,
            titleSeries: option.titleSeries,
            titleGrade: option.titleGrade,
            titleName: option.titleName,
            basisCredentialId: basis.credentialId,
            basisRank: basis.rank,
            basisObtainedOn: basis.obtainedOn,
            status: 'applied',
            statement: dto.statement ?? null,
            appliedBy: principal.userId,
            appliedOn: today,
          }),
        );
        const after = await this.load(em, saved.id);
        await this.audit.record(em, principal, {
          action: 'title_recognition.apply',
          entityType: 'title_recognition',
          entityId: saved.id,
          organizationId,
          after,
        });
        return after;
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'title_recognitions_open_uq') {
        throw new ConflictError('TITLE_RECOGNITION_OPEN', 'An application for this title is already under way');
      }
      throw error;
    }
  }

  async list(principal: Principal, q: TitleRecognitionQueryDto): Promise<Page<TitleRecognitionResponseDto>> {
    const scope = visibleCasesWhere(principal, 'r');
    const query = this.dataSource.getRepository(TitleRecognition).createQueryBuilder('r').where(scope.sql, scope.params);
    if (q.status) query.andWhere('r.status = :status', { status: q.status });
    if (q.personId) query.andWhere('r.person_id = :personId', { personId: q.personId });
    const { ids, total: count } = await pageIds(query, [['r.created_at', 'DESC'], ['r.id', 'ASC']], q);
    const items: TitleRecognitionResponseDto[] = [];
    for (const id of ids) items.push(await this.load(this.dataSource.manager, id));
    return { items, total: count, page: q.page, pageSize: q.pageSize };
  }

  async get(principal: Principal, id: string): Promise<TitleRecognitionResponseDto> {
    await this.findVisible(this.dataSource.manager, principal, id);
    return this.load(this.dataSource.manager, id);
  }

  /** HR of the enterprise recommends the application to the competent bureau. */
  endorse(principal: Principal, id: string, dto: NoteDto): Promise<TitleRecognitionResponseDto> {
    return this.step(principal, id, 'endorse', async (em, r) => {
      this.assertEnterpriseHr(principal, r);
      const org = await this.organizationsReader.byId(r.organizationId, em);
      r.bureauId = (await this.organizationsReader.competentBureau(org.regionCode, em)).id;
      r.endorsedBy = principal.userId;
      r.endorsedAt = this.clock.now();
      r.endorsementNote = dto.note ?? null;
      return dto.note ?? null;
    });
  }

  decline(principal: Principal, id: string, dto: ReasonDto): Promise<TitleRecognitionResponseDto> {
    return this.step(principal, id, 'decline', async (_em, r) => {
      this.assertEnterpriseHr(principal, r);
      r.decidedBy = principal.userId;
      r.decidedAt = this.clock.now();
      r.decisionReason = dto.reason;
      return dto.reason;
    });
  }

  /**
   * The bureau recognizes the title. The mapping is checked again on the day of decision (the
   * basis credential may have been revoked, the rule ended); the title is dated that day.
   */
  approve(principal: Principal, id: string, dto: NoteDto): Promise<TitleRecognitionResponseDto> {
    return this.step(principal, id, 'approve', async (em, r) => {
      this.assertDecidingBureau(principal, r);
      const today = this.clock.today();
      const record = await this.workers.getRecord(principal, r.personId, em);
      const option = await this.option(em, record, r.organizationId, r.titleSeries, r.titleGrade, today);
      if (option.status !== 'available') throw new ConflictError('TITLE_NO_LONGER_AVAILABLE', `The mapping no longer opens this title: ${option.explanation}`);
      r.personTitleId = await this.workers.recordRecognizedTitle(em, principal, r.organizationId, r.personId, {
        series: r.titleSeries,
        grade: r.titleGrade,
        titleName: r.titleName,
        obtainedOn: today,
      });
      r.recognizedOn = today;
      r.decidedBy = principal.userId;
      r.decidedAt = this.clock.now();
      r.decisionReason = dto.note ?? null;
      return dto.note ?? null;
    });
  }

  reject(principal: Principal, id: string, dto: ReasonDto): Promise<TitleRecognitionResponseDto> {
    return this.step(principal, id, 'reject', async (_em, r) => {
      this.assertDecidingBureau(principal, r);
      r.decidedBy = principal.userId;
      r.decidedAt = this.clock.now();
      r.decisionReason = dto.reason;
      return dto.reason;
    });
  }

  /** The worker, or HR of the enterprise, withdraws an application not yet decided. */
  withdraw(principal: Principal, id: string, dto: ReasonDto): Promise<TitleRecognitionResponseDto> {
    return this.step(principal, id, 'withdraw', async (_em, r) => {
      if (!CASE_WITHDRAWAL.allows(scopeOf(principal), r)) throw notTheEnterpriseHr();
      r.decisionReason = dto.reason;
      return dto.reason;
    });
  }

  private async step(
    principal: Principal,
    id: string,
    action: RecognitionAction,
    apply: (em: EntityManager, r: TitleRecognition) => Promise<string | null>,
  ): Promise<TitleRecognitionResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const r = await this.findVisible(em, principal, id, true);
      const to = assertTransition(RECOGNITION_WORKFLOW.transition(r.status, action), 'title recognition', r.status, action);
      const before = await this.load(em, id);
      const reason = await apply(em, r);
      r.status = to;
      await em.getRepository(TitleRecognition).save(r);
      const after = await this.load(em, id);
      await this.audit.record(em, principal, {
        action: `title_recognition.${action}`,
        entityType: 'title_recognition',
        entityId: id,
        organizationId: r.organizationId,
        before,
        after,
        reason,
      });
      return after;
    });
  }

  /** The title option the mapping in force at the enterprise gives the worker on `on`. */
  private async option(em: EntityManager, record: WorkerRecord, organizationId: string, series: string, grade: string, on: string): Promise<TitleOption> {
    const org = await this.organizationsReader.byId(organizationId, em);
    const ended = await this.reader.endedAppointmentCredentials([record.id], em);
    const report = evaluateTitleOptions(
      rulesInForce(await this.standardsReader.titleRules(em), org.regionCode, on),
      {
        credentials: effectiveCredentials(record, ended).map((c) => ({ id: c.id, rank: c.rank, occupationCode: c.occupationCode, obtainedOn: c.issuedOn })),
        titles: record.titles.map((t) => ({ id: t.id, series: t.series, grade: t.grade, obtainedOn: t.obtainedOn })),
      },
      on,
      org.regionCode,
    );
    const option = report.titles.find((o) => o.titleSeries === series && o.titleGrade === grade);
    if (!option) {
      throw new UnprocessableError('TITLE_NOT_MAPPED', 'No skill-to-title rule in force here opens this title', [
        { field: 'titleGrade', code: 'notMapped', message: '本地区比照认定规则未开放该职称 / no rule in force opens this title' },
      ]);
    }
    return option;
  }

  private applicant(principal: Principal, personId: string | undefined): string {
    const scope = scopeOf(principal);
    if (scope.kind === 'person') {
      if (!scope.personId || (personId && personId !== scope.personId)) throw new ForbiddenError('OWN_APPLICATION_ONLY', 'A worker applies for themself');
      return scope.personId;
    }
    if (!personId) {
      throw new UnprocessableError('PERSON_REQUIRED', 'Name the worker', [{ field: 'personId', code: 'required', message: '请指定职工 / name the worker' }]);
    }
    return personId;
  }

  private assertEnterpriseHr(principal: Principal, r: TitleRecognition): void {
    if (!CASE_ENTERPRISE_HR.allows(scopeOf(principal), r)) throw notTheEnterpriseHr();
  }

  private assertDecidingBureau(principal: Principal, r: TitleRecognition): void {
    if (!CASE_DECIDING_BUREAU.allows(scopeOf(principal), r)) throw notTheDecidingBureau();
  }

  private async findVisible(em: EntityManager, principal: Principal, id: string, lock = false): Promise<TitleRecognition> {
    const scope = visibleCasesWhere(principal, 'r');
    const qb = em.getRepository(TitleRecognition).createQueryBuilder('r').where('r.id = :id', { id }).andWhere(scope.sql, scope.params);
    if (lock) qb.setLock('pessimistic_write');
    const row = await qb.getOne();
    if (!row) throw new NotFoundError('Title recognition');
    return row;
  }

  private async load(em: EntityManager, id: string): Promise<TitleRecognitionResponseDto> {
    const r = await em.getRepository(TitleRecognition).findOneByOrFail({ id });
    const names = await this.reader.caseNames(r.personId, r.organizationId, em);
    return {
      id: r.id,
      personId: r.personId,
      personName: names.personName,
      organizationId: r.organizationId,
      organizationName: names.organizationName,
      bureauId: r.bureauId,
      titleSeries: r.titleSeries,
      titleSeriesLabel: TITLE_SERIES_LABELS[r.titleSeries] ?? r.titleSeries,
      titleGrade: r.titleGrade,
      titleGradeLabel: TITLE_GRADE_INFO[r.titleGrade].labelZh,
      titleName: r.titleName,
      basis: { credentialId: r.basisCredentialId, rank: r.basisRank, rankLabel: RANK_INFO[r.basisRank].labelZh, obtainedOn: r.basisObtainedOn },
      status: r.status,
      statusLabel: RECOGNITION_STATUS_LABELS[r.status],
      allowedActions: RECOGNITION_WORKFLOW.allowed(r.status),
      statement: r.statement,
      appliedOn: r.appliedOn,
      endorsedAt: r.endorsedAt?.toISOString() ?? null,
      endorsementNote: r.endorsementNote,
      decidedAt: r.decidedAt?.toISOString() ?? null,
      decisionReason: r.decisionReason,
      recognizedOn: r.recognizedOn,
      personTitleId: r.personTitleId,
    };
  }
}

/**
 * The organization the application is filed under: its HR endorses, its region's rules and bureau
 * apply. HR files under its own organization, and only for a worker who works at it or whom it
 * employs now (a second employer, or an agency for the worker it dispatches): never into the
 * tenancy of another enterprise the worker also works for. A worker files under the enterprise
 * where they work now (the earliest running employment, as the title options of the standards
 * module read it).
 */
function filingOrganization(principal: Principal, record: WorkerRecord, today: string): string {
  const running = currentEmployments(record, today).sort((a, b) => compareDates(a.hiredOn, b.hiredOn));
  const scope = scopeOf(principal);
  if (scope.kind === 'organization') {
    const own = scope.organizationId;
    if (!own || !running.some((e) => e.workOrganizationId === own || e.employerOrganizationId === own)) {
      throw new UnprocessableError('NOT_WORKING_AT_ENTERPRISE', 'HR applies for workers it employs or who work at it now', [
        { field: 'personId', code: 'notWorkingHere', message: '该职工目前不在本单位 / not working with you now' },
      ]);
    }
    return own;
  }
  if (!running.length) throw new UnprocessableError('NOT_EMPLOYED', 'The worker has no running employment; an enterprise endorses the application');
  return running[0].workOrganizationId;
}
