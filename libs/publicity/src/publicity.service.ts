import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditActor,
  AuditService,
  Clock,
  ConflictError,
  FieldError,
  namedQuery,
  NotFoundError,
  Principal,
  SYSTEM_ACTOR,
  readOne,
  UnprocessableError,
  ValidationFailedError,
} from '@skill-ladder/platform';
import { organizationSql, OrganizationsReader } from '@skill-ladder/identity';
import { WorkersReader } from '@skill-ladder/workforce';
import { DEFAULT_PUBLICITY_WORKING_DAYS, PublicityWindow } from './working-days';
import { CalendarService } from './calendar.service';
import { FileObjectionDto, ObjectionResponseDto, ResolveObjectionDto } from './dto/publicity.dto';
import {
  EntryStatus,
  finalizationBlocker,
  objectionRefusal,
  ObjectionOutcome,
  openInputErrors,
  payloadErrors,
  republicationStart,
} from './publicity-rules';
import { NOTICE_COLUMNS, NOTICE_FROM, NoticeRow, OBJECTION_COLUMNS, OBJECTION_FROM, ObjectionRow, toObjection } from './publicity-rows';
import { visibleNoticesWhere } from './publicity-scope';

export interface PublicityEntryInput {
  personId: string;
  /** Exactly what readers see: name, masked ID, occupation, level, result … as the caller decides. Never a full ID number. */
  payload: Record<string, unknown>;
}

export interface OpenPublicityInput {
  /** The publishing organization: its workers read the notice and may object; its HR and its bureau resolve objections. */
  organizationId: string;
  /** Who owns the subject, e.g. `campaign_results` or `appointment`; selects the handler told about resolved objections. */
  subjectType: string;
  /** The owner's id of what is publicized (a campaign, an appointment …). One open notice per subject. */
  subjectId: string;
  title: string;
  /** Publication day; defaults to today in China. */
  publishedOn?: string;
  /** Length of the window in working days; defaults to the national 5. */
  workingDays?: number;
  entries: PublicityEntryInput[];
}

export interface OpenedNotice {
  noticeId: string;
  startsOn: string;
  endsOn: string;
  provisional: boolean;
}

export interface ObjectionResolvedEvent {
  noticeId: string;
  subjectType: string;
  subjectId: string;
  organizationId: string;
  objectionId: string;
  outcome: ObjectionOutcome;
  /** Upheld: the entry that must now be corrected (`replaceEntry`) or voided (`withdrawEntry`). Dismissed: the entry named, if any. */
  personId: string | null;
  resolution: string;
}

/**
 * What a module that publicizes something does when one of its notices' objections is resolved.
 * It runs inside the resolving transaction, after the outcome is recorded: throwing undoes the
 * resolution. On an upheld objection it typically corrects its own record and calls
 * `replaceEntry` (re-publicity) or `withdrawEntry` (voided result) on the same `em`. It may also
 * do nothing and correct later: the entry stays `correction_required` and finalization is refused
 * (CORRECTIONS_PENDING) until the owner calls one of them.
 */
export interface PublicitySubjectHandler {
  onObjectionResolved(em: EntityManager, actor: AuditActor, event: ObjectionResolvedEvent): Promise<void>;
}

interface EntryStateRow {
  status: EntryStatus;
  revision: number;
  payload: Record<string, unknown>;
  withdrawn_reason: string | null;
  unchanged?: boolean;
}

/**
 * 公示与异议: a generic publicity notice other modules open, correct and finalize inside their own
 * transactions, and the objections the publishing enterprise's workers file against it.
 *
 * Upheld objections, explicitly: resolving records the outcome and marks the entry
 * `correction_required`; the module owning the subject reacts, either at once through the handler
 * it registered for its subject type (`registerSubjectHandler`, usually in its `onModuleInit`) or
 * later, by calling `replaceEntry` (corrected result, publicized again for a new full window) or
 * `withdrawEntry` (voided result). Until it does, `assertFinalizable` refuses. Nothing about the
 * owner's own records (scores, certificates, appointments) is changed here.
 */
@Injectable()
export class PublicityService implements OnModuleInit {
  private readonly handlers = new Map<string, PublicitySubjectHandler>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly organizationsReader: OrganizationsReader,
    private readonly workersReader: WorkersReader,
  ) {}

  onModuleInit(): void {
    this.calendar.onYearLoaded((em, actor, year) => this.recountWindows(em, actor, year));
  }

  /** One handler per subject type, registered once at start-up by the module that owns it. */
  registerSubjectHandler(subjectType: string, handler: PublicitySubjectHandler): void {
    if (this.handlers.has(subjectType)) throw new Error(`a publicity handler for ${subjectType} is already registered`);
    this.handlers.set(subjectType, handler);
  }

  /**
   * Opens a notice: the window is `workingDays` working days from `publishedOn` (the first one
   * counted being the publication day when it is a working day), on the statutory calendar.
   * A second open notice for the same subject is refused (PUBLICITY_ALREADY_OPEN).
   */
  async open(em: EntityManager, actor: AuditActor, input: OpenPublicityInput): Promise<OpenedNotice> {
    const errors = openInputErrors(input);
    if (errors.length > 0) throw new UnprocessableError('PUBLICITY_INPUT_INVALID', 'The notice to publicize is invalid', errors);
    const publishedOn = input.publishedOn ?? this.clock.today();
    const workingDays = input.workingDays ?? DEFAULT_PUBLICITY_WORKING_DAYS;
    await this.organizationsReader.byId(input.organizationId, em);
    const personIds = input.entries.map((e) => e.personId);
    const known = await readOne(em, this.workersReader.namesRead(personIds));
    const unknown: FieldError[] = personIds.flatMap((id, i) =>
      known.has(id) ? [] : [{ field: `entries[${i}].personId`, code: 'unknownPerson', message: '无此人员 / no such person' }],
    );
    if (unknown.length > 0) throw new UnprocessableError('UNKNOWN_PERSON', 'Some entries name no known person', unknown);

    const window = (await this.calendar.calendar(em)).publicityWindow(publishedOn, workingDays);
    const [inserted] = (await em.query(
      `INSERT INTO publicity_notices (organization_id, subject_type, subject_id, title, published_on, working_days, counted_from,
         starts_on, ends_on, provisional, opened_by)
       VALUES ($1, $2, $3, $4, $5, $6, $5, $7, $8, $9, $10)
       ON CONFLICT (subject_type, subject_id) WHERE status = 'open' DO NOTHING
       RETURNING id`,
      [input.organizationId, input.subjectType, input.subjectId, input.title.trim(), publishedOn, workingDays, window.start, window.end,
        window.provisional, actor.userId],
    )) as { id: string }[];
    if (!inserted) {
      throw new ConflictError('PUBLICITY_ALREADY_OPEN', 'This subject already has an open publicity notice; correct its entries instead of publishing again');
    }
    await em.query(
      `INSERT INTO publicity_entries (notice_id, person_id, position, payload)
       SELECT $1, e.person_id, e.position, e.payload FROM jsonb_to_recordset($2::jsonb) AS e(person_id uuid, position integer, payload jsonb)`,
      [inserted.id, JSON.stringify(input.entries.map((e, i) => ({ person_id: e.personId, position: i + 1, payload: e.payload })))],
    );
    const notice = await this.lockNotice(em, inserted.id);
    await this.audit.record(em, actor, {
      action: 'publicity.open',
      entityType: 'publicity_notice',
      entityId: notice.id,
      organizationId: notice.organization_id,
      after: { ...noticeState(notice), subjectType: notice.subject_type, subjectId: notice.subject_id, title: notice.title, entries: input.entries },
    });
    return { noticeId: notice.id, startsOn: notice.starts_on, endsOn: notice.ends_on, provisional: notice.provisional };
  }

  /**
   * Refuses (409) until the notice may be finalized: PUBLICITY_WINDOW_OPEN while today is not
   * past the window, PUBLICITY_WINDOW_PROVISIONAL while the window is counted in a year without
   * an official schedule, OBJECTIONS_PENDING while an objection awaits resolution,
   * CORRECTIONS_PENDING while an upheld objection's entry is neither replaced nor withdrawn,
   * PUBLICITY_FINALIZED once finalized. Locks the notice until the caller's transaction ends, so
   * no objection can slip in before the caller commits.
   */
  async assertFinalizable(em: EntityManager, noticeId: string): Promise<void> {
    let notice = await this.lockNotice(em, noticeId);
    // A provisional window may have become countable since (a newer built-in calendar).
    if (notice.status === 'open' && notice.provisional) notice = await this.recount(em, SYSTEM_ACTOR, notice);
    const [counts] = (await em.query(
      `SELECT (SELECT count(*)::int FROM publicity_objections WHERE notice_id = $1 AND status = 'pending') AS pending,
              (SELECT count(*)::int FROM publicity_entries WHERE notice_id = $1 AND status = 'correction_required') AS corrections`,
      [noticeId],
    )) as { pending: number; corrections: number }[];
    const blocker = finalizationBlocker(
      {
        status: notice.status,
        publishedOn: notice.published_on,
        endsOn: notice.ends_on,
        provisional: notice.provisional,
        pendingObjections: counts.pending,
        entriesAwaitingCorrection: counts.corrections,
      },
      this.clock.today(),
    );
    if (blocker) throw new ConflictError(blocker.code, blocker.detail);
  }

  /**
   * Marks the notice final, after `assertFinalizable`; the owner calls it in the transaction that
   * finalizes its subject. A final notice takes no objections and no corrections.
   */
  async finalize(em: EntityManager, actor: AuditActor, noticeId: string): Promise<void> {
    await this.assertFinalizable(em, noticeId);
    const before = await this.lockNotice(em, noticeId);
    await em.query(`UPDATE publicity_notices SET status = 'finalized', finalized_by = $2, finalized_at = $3, updated_at = now() WHERE id = $1`, [
      noticeId,
      actor.userId,
      this.clock.now(),
    ]);
    const after = await this.lockNotice(em, noticeId);
    await this.audit.record(em, actor, {
      action: 'publicity.finalize',
      entityType: 'publicity_notice',
      entityId: noticeId,
      organizationId: after.organization_id,
      before: noticeState(before),
      after: noticeState(after),
    });
  }

  /**
   * Replaces one entry's payload with a corrected one. Re-publicity: the whole notice gets a new
   * window of its working days counted from today (or from the publication day if that is still
   * ahead), whatever was left of the old one, and the round goes up; objections filed in earlier
   * rounds keep their state. Replacing with the same payload an entry that needs no correction
   * changes nothing, so a retried call does not restart the window twice.
   */
  async replaceEntry(em: EntityManager, actor: AuditActor, noticeId: string, personId: string, payload: Record<string, unknown>, reason?: string): Promise<void> {
    const errors = payloadErrors(payload, 'payload');
    if (errors.length > 0) throw new UnprocessableError('PUBLICITY_INPUT_INVALID', 'The corrected entry is invalid', errors);
    const notice = await this.lockOpenNotice(em, noticeId);
    const [entry] = (await em.query(
      `SELECT status, revision, payload, withdrawn_reason, payload = $3::jsonb AS unchanged
         FROM publicity_entries WHERE notice_id = $1 AND person_id = $2 FOR UPDATE`,
      [noticeId, personId, JSON.stringify(payload)],
    )) as EntryStateRow[];
    if (!entry) throw new NotFoundError('Publicity entry');
    if (entry.status === 'withdrawn') throw new ConflictError('ENTRY_WITHDRAWN', 'This entry was withdrawn from the notice and cannot be corrected');
    if (entry.unchanged && entry.status === 'published') return;
    await em.query(
      `UPDATE publicity_entries SET payload = $3::jsonb, revision = revision + 1, status = 'published', updated_at = now()
        WHERE notice_id = $1 AND person_id = $2`,
      [noticeId, personId, JSON.stringify(payload)],
    );
    const from = republicationStart(this.clock.today(), notice.published_on);
    const window = (await this.calendar.calendar(em)).publicityWindow(from, notice.working_days);
    await this.saveWindow(em, noticeId, from, window, true);
    const after = await this.lockNotice(em, noticeId);
    await this.audit.record(em, actor, {
      action: 'publicity.entry_replace',
      entityType: 'publicity_notice',
      entityId: noticeId,
      organizationId: notice.organization_id,
      before: { ...noticeState(notice), entry: { personId, status: entry.status, revision: entry.revision, payload: entry.payload } },
      after: { ...noticeState(after), entry: { personId, status: 'published', revision: entry.revision + 1, payload } },
      reason: reason ?? null,
    });
  }

  /** Voids one entry (e.g. a result annulled for cheating). The window is not restarted: nothing new is publicized. */
  async withdrawEntry(em: EntityManager, actor: AuditActor, noticeId: string, personId: string, reason: string): Promise<void> {
    const trimmed = typeof reason === 'string' ? reason.trim() : '';
    if (trimmed.length < 1 || trimmed.length > 1000) {
      throw new ValidationFailedError([{ field: 'reason', code: 'required', message: '请填写撤销理由 / a reason is required' }]);
    }
    const notice = await this.lockOpenNotice(em, noticeId);
    const [entry] = (await em.query(
      `SELECT status, revision, payload, withdrawn_reason FROM publicity_entries WHERE notice_id = $1 AND person_id = $2 FOR UPDATE`,
      [noticeId, personId],
    )) as EntryStateRow[];
    if (!entry) throw new NotFoundError('Publicity entry');
    if (entry.status === 'withdrawn') throw new ConflictError('ENTRY_WITHDRAWN', 'This entry is already withdrawn');
    await em.query(
      `UPDATE publicity_entries SET status = 'withdrawn', withdrawn_reason = $3, updated_at = now() WHERE notice_id = $1 AND person_id = $2`,
      [noticeId, personId, trimmed],
    );
    await this.audit.record(em, actor, {
      action: 'publicity.entry_withdraw',
      entityType: 'publicity_notice',
      entityId: noticeId,
      organizationId: notice.organization_id,
      before: { entry: { personId, status: entry.status, revision: entry.revision } },
      after: { entry: { personId, status: 'withdrawn', revision: entry.revision } },
      reason: trimmed,
    });
  }

  /** A worker of the publishing organization objects, during the window only, naming an entry or not. */
  async fileObjection(principal: Principal, noticeId: string, dto: FileObjectionDto): Promise<ObjectionResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const today = this.clock.today();
      const scope = visibleNoticesWhere(principal, 'n', today);
      // FOR SHARE: objections may be filed side by side, but not while the notice is being finalized or corrected.
      const [notice] = await namedQuery<NoticeRow>(em, `SELECT ${NOTICE_COLUMNS} ${NOTICE_FROM} WHERE n.id = :id AND ${scope.sql} FOR SHARE OF n`, {
        ...scope.params,
        id: noticeId,
      });
      if (!notice) throw new NotFoundError('Publicity notice');
      const refusal = objectionRefusal({ status: notice.status, publishedOn: notice.published_on, endsOn: notice.ends_on }, today);
      if (refusal) throw new ConflictError(refusal.code, refusal.detail);
      if (dto.personId) await this.assertEntryOnNotice(em, noticeId, dto.personId, 'personId');
      const [{ id }] = (await em.query(
        `INSERT INTO publicity_objections (notice_id, organization_id, person_id, filed_by, filed_by_person_id, reason, round, filed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [noticeId, notice.organization_id, dto.personId ?? null, principal.userId, principal.personId, dto.reason, notice.round, this.clock.now()],
      )) as { id: string }[];
      const objection = await this.loadObjection(em, id);
      await this.audit.record(em, principal, {
        action: 'publicity.objection_file',
        entityType: 'publicity_objection',
        entityId: id,
        organizationId: notice.organization_id,
        after: objection,
        reason: dto.reason,
      });
      return objection;
    });
  }

  /**
   * HR of the publishing organization or the bureau of its region resolves a pending objection.
   * Upheld: the entry it concerns (named by the objector, or here by the resolver) becomes
   * `correction_required`; the owner's handler, if any, is called in this transaction.
   * Resolving twice answers 409 OBJECTION_ALREADY_RESOLVED.
   */
  async resolveObjection(principal: Principal, objectionId: string, dto: ResolveObjectionDto): Promise<ObjectionResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const scope = organizationSql.visibleTo(principal, 'x.organization_id');
      const [visible] = await namedQuery<{ notice_id: string }>(
        em,
        `SELECT x.notice_id FROM publicity_objections x WHERE x.id = :id AND ${scope.sql}`,
        { ...scope.params, id: objectionId },
      );
      if (!visible) throw new NotFoundError('Objection');
      // Notice first, then objection: the same order as corrections and finalization take them.
      const notice = await this.lockNotice(em, visible.notice_id);
      const [objection] = (await em.query(`SELECT ${OBJECTION_COLUMNS} ${OBJECTION_FROM} WHERE x.id = $1 FOR UPDATE OF x`, [objectionId])) as ObjectionRow[];
      if (objection.status !== 'pending') {
        throw new ConflictError('OBJECTION_ALREADY_RESOLVED', `This objection was already ${objection.status === 'upheld' ? 'upheld' : 'dismissed'}`);
      }
      const target = await this.resolutionTarget(em, objection, dto);
      await em.query(
        `UPDATE publicity_objections SET status = $2, upheld_person_id = $3, resolution = $4, resolved_by = $5, resolved_at = $6 WHERE id = $1`,
        [objectionId, dto.outcome, dto.outcome === 'upheld' ? target : null, dto.resolution, principal.userId, this.clock.now()],
      );
      if (dto.outcome === 'upheld') {
        await em.query(
          `UPDATE publicity_entries SET status = 'correction_required', updated_at = now() WHERE notice_id = $1 AND person_id = $2 AND status = 'published'`,
          [notice.id, target],
        );
      }
      const after = await this.loadObjection(em, objectionId);
      await this.audit.record(em, principal, {
        action: dto.outcome === 'upheld' ? 'publicity.objection_uphold' : 'publicity.objection_dismiss',
        entityType: 'publicity_objection',
        entityId: objectionId,
        organizationId: notice.organization_id,
        before: toObjection(objection),
        after,
        reason: dto.resolution,
      });
      await this.handlers.get(notice.subject_type)?.onObjectionResolved(em, principal, {
        noticeId: notice.id,
        subjectType: notice.subject_type,
        subjectId: notice.subject_id,
        organizationId: notice.organization_id,
        objectionId,
        outcome: dto.outcome,
        personId: target,
        resolution: dto.resolution,
      });
      return this.loadObjection(em, objectionId);
    });
  }

  /**
   * Recounts every open window the newly loaded `year` can change: those counted across it, and
   * provisional ones (whose end may move into it). A window that now ends later reopens for
   * objections; each change is audited.
   */
  private async recountWindows(em: EntityManager, actor: AuditActor, year: number): Promise<void> {
    const notices = (await em.query(
      `SELECT ${NOTICE_COLUMNS} ${NOTICE_FROM}
        WHERE n.status = 'open' AND (n.provisional OR (n.counted_from <= $2::date AND n.ends_on >= $1::date))
        ORDER BY n.id FOR UPDATE OF n`,
      [`${year}-01-01`, `${year}-12-31`],
    )) as NoticeRow[];
    for (const notice of notices) await this.recount(em, actor, notice);
  }

  private async recount(em: EntityManager, actor: AuditActor, notice: NoticeRow): Promise<NoticeRow> {
    const window = (await this.calendar.calendar(em)).publicityWindow(notice.counted_from, notice.working_days);
    if (window.start === notice.starts_on && window.end === notice.ends_on && window.provisional === notice.provisional) return notice;
    await this.saveWindow(em, notice.id, notice.counted_from, window, false);
    const after = await this.lockNotice(em, notice.id);
    await this.audit.record(em, actor, {
      action: 'publicity.window_recount',
      entityType: 'publicity_notice',
      entityId: notice.id,
      organizationId: notice.organization_id,
      before: noticeState(notice),
      after: noticeState(after),
      reason: '官方节假日安排变更，重新计算公示期 / official holiday schedule changed; window recounted',
    });
    return after;
  }

  private async saveWindow(em: EntityManager, noticeId: string, countedFrom: string, window: PublicityWindow, newRound: boolean): Promise<void> {
    await em.query(
      `UPDATE publicity_notices SET counted_from = $2, starts_on = $3, ends_on = $4, provisional = $5, round = round + $6, updated_at = now()
        WHERE id = $1`,
      [noticeId, countedFrom, window.start, window.end, window.provisional, newRound ? 1 : 0],
    );
  }

  /** The entry an outcome concerns: the one the objector named, or for an upheld objection naming none, the resolver's. */
  private async resolutionTarget(em: EntityManager, objection: ObjectionRow, dto: ResolveObjectionDto): Promise<string | null> {
    if (dto.outcome === 'dismissed') {
      if (dto.personId) {
        throw new ValidationFailedError([{ field: 'personId', code: 'onlyWhenUpheld', message: '仅在异议成立时指定人员 / name an entry only when upholding' }]);
      }
      return objection.person_id;
    }
    if (objection.person_id && dto.personId && dto.personId !== objection.person_id) {
      throw new UnprocessableError('OBJECTION_ENTRY_MISMATCH', 'The objection names another entry', [
        { field: 'personId', code: 'mismatch', message: '与异议所针对的人员不一致 / differs from the entry the objection names' },
      ]);
    }
    const target = objection.person_id ?? dto.personId;
    if (!target) {
      throw new UnprocessableError('UPHELD_ENTRY_REQUIRED', 'Name the entry an upheld objection requires corrected or withdrawn', [
        { field: 'personId', code: 'required', message: '异议成立时须指定需更正或撤销的公示人员 / name the entry to correct or withdraw' },
      ]);
    }
    await this.assertEntryOnNotice(em, objection.notice_id, target, 'personId', true);
    return target;
  }

  private async assertEntryOnNotice(em: EntityManager, noticeId: string, personId: string, field: string, withdrawnAllowed = false): Promise<void> {
    const [entry] = (await em.query('SELECT status FROM publicity_entries WHERE notice_id = $1 AND person_id = $2', [noticeId, personId])) as {
      status: EntryStatus;
    }[];
    if (!entry || (entry.status === 'withdrawn' && !withdrawnAllowed)) {
      throw new UnprocessableError('ENTRY_NOT_ON_NOTICE', 'This person is not on the notice', [
        { field, code: 'notOnNotice', message: '该人员不在本公示名单中 / not on this notice' },
      ]);
    }
  }

  private async lockOpenNotice(em: EntityManager, noticeId: string): Promise<NoticeRow> {
    const notice = await this.lockNotice(em, noticeId);
    if (notice.status !== 'open') throw new ConflictError('PUBLICITY_FINALIZED', 'This publicity is finalized; its entries can no longer change');
    return notice;
  }

  private async lockNotice(em: EntityManager, noticeId: string): Promise<NoticeRow> {
    const [notice] = (await em.query(`SELECT ${NOTICE_COLUMNS} ${NOTICE_FROM} WHERE n.id = $1 FOR UPDATE OF n`, [noticeId])) as NoticeRow[];
    if (!notice) throw new NotFoundError('Publicity notice');
    return notice;
  }

  private async loadObjection(em: EntityManager, id: string): Promise<ObjectionResponseDto> {
    const [row] = (await em.query(`SELECT ${OBJECTION_COLUMNS} ${OBJECTION_FROM} WHERE x.id = $1`, [id])) as ObjectionRow[];
    return toObjection(row);
  }
}

/** The window and state of a notice, as the audit trail records it. */
function noticeState(n: NoticeRow) {
  return {
    status: n.status,
    publishedOn: n.published_on,
    workingDays: n.working_days,
    round: n.round,
    countedFrom: n.counted_from,
    startsOn: n.starts_on,
    endsOn: n.ends_on,
    provisional: n.provisional,
  };
}
