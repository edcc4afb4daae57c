import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditActor, AuditService, Clock, ConflictError, namedQuery, NotFoundError, Principal, scopeOf, UnprocessableError } from '@skill-ladder/platform';
import { userSql } from '@skill-ladder/identity';
import { personSql } from '@skill-ladder/workforce';
import {
  ATTEMPT_EVENT_LABELS,
  ATTEMPT_STATUS_LABELS,
  AttemptEventKind,
  AttemptStatus,
  ClosedBy,
  CollectResponseDto,
  ExtraTimeDto,
  MyInvigilationDto,
  RoomViewDto,
} from './dto/online-exam.dto';
import { IDENTITY_CHECK_LABELS, IDENTITY_UNCHECKED_LABEL, IdentityCheck } from './dto/identity-check.dto';
import { EXAM_ROOMS } from './exam-room-scope';
import { ATTEMPT_COLUMNS, AttemptRow, SetupRow, setupRowOf, SUBMITTED, TIME_OVER, timesOf, toSetup } from './online-exam-rows';
import { OnlineExamsService } from './online-exams.service';
import { extraTimeRefusal } from './rules/attempt-rules';
import { acceptsAnswers, attemptDeadline, secondsLeft } from './rules/exam-clock';
import { sessionWindow } from './rules/seating';

/**
 * 考场监控: the online exam room for HR of the campaign's body and the session's invigilators —
 * who is in, their progress and page leaves, extra time for one candidate, and collection (收卷)
 * after the end. Attempts whose time ran out are closed (and scored) before the room is shown.
 */
@Injectable()
export class OnlineExamRoomService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly exams: OnlineExamsService,
  ) {}

  /** 我的监考: the online exam rooms of scheduled sessions the evaluator invigilates, latest first. */
  async myInvigilations(principal: Principal): Promise<MyInvigilationDto[]> {
    const rows: { session_id: string; campaign_id: string; campaign_name: string; place: string; room: string; starts_at: Date; ends_at: Date; seated: number; started: number; submitted: number }[] =
      await this.dataSource.query(
        `SELECT s.id AS session_id, s.campaign_id, c.name AS campaign_name, s.place, s.room, s.starts_at, s.ends_at,
                (SELECT count(*)::int FROM exam_seats st WHERE st.session_id = s.id) AS seated,
                (SELECT count(*)::int FROM exam_attempts ea WHERE ea.session_id = s.id) AS started,
                (SELECT count(*)::int FROM exam_attempts ea WHERE ea.session_id = s.id AND ea.status <> 'in_progress') AS submitted
           FROM exam_session_invigilators si JOIN evaluator_profiles ep ON ep.id = si.evaluator_profile_id
           JOIN exam_sessions s ON s.id = si.session_id JOIN online_exams oe ON oe.session_id = s.id JOIN campaigns c ON c.id = s.campaign_id
          WHERE ep.user_id = $1 AND s.status = 'scheduled'
          ORDER BY s.starts_at DESC, s.id LIMIT 200`,
        [principal.userId],
      );
    return rows.map((r) => ({
      sessionId: r.session_id,
      campaignId: r.campaign_id,
      campaignName: r.campaign_name,
      place: r.place,
      room: r.room,
      ...sessionWindow(r),
      seated: r.seated,
      started: r.started,
      submitted: r.submitted,
    }));
  }

  /** 考场监控 for HR of the campaign's body and the session's invigilators; attempts whose time ran out are closed first. */
  async room(principal: Principal, campaignId: string, sessionId: string): Promise<RoomViewDto> {
    await this.roomAccess(this.dataSource.manager, principal, campaignId, sessionId);
    await this.closeOverdue(principal, sessionId, this.clock.now(), 'deadline');
    return this.roomView(this.dataSource.manager, sessionId);
  }

  /** 延时: more time for one candidate, with a reason; 60 minutes at most in all. */
  async extraTime(principal: Principal, campaignId: string, sessionId: string, attemptId: string, dto: ExtraTimeDto): Promise<RoomViewDto> {
    await this.roomAccess(this.dataSource.manager, principal, campaignId, sessionId);
    const granted = await this.dataSource.transaction(async (em) => {
      const [attempt]: AttemptRow[] = await em.query(
        `SELECT ${ATTEMPT_COLUMNS} FROM exam_attempts ea JOIN applications a ON a.id = ea.application_id WHERE ea.id = $1 AND ea.session_id = $2 FOR UPDATE OF ea`,
        [attemptId, sessionId],
      );
      if (!attempt) throw new NotFoundError('Exam attempt');
      if (attempt.status !== 'in_progress') throw SUBMITTED();
      if (!acceptsAnswers(new Date(attempt.deadline_at), this.clock.now())) return false;
      const refusal = extraTimeRefusal(attempt.extra_minutes, dto.minutes);
      if (refusal) {
        throw new UnprocessableError(refusal, `每名考生延时合计不超过60分钟，已延时${attempt.extra_minutes}分钟 / at most 60 extra minutes in all`, [
          { field: 'minutes', code: refusal === 'EXTRA_TIME_EXCEEDED' ? 'exceeded' : 'invalid', message: `已延时${attempt.extra_minutes}分钟，合计不超过60分钟` },
        ]);
      }
      const setup = (await setupRowOf(em, sessionId)) as SetupRow;
      const extra = attempt.extra_minutes + dto.minutes;
      const deadline = attemptDeadline(timesOf(setup), new Date(attempt.started_at), extra);
      await em.query('UPDATE exam_attempts SET extra_minutes = $2, deadline_at = $3 WHERE id = $1', [attemptId, extra, deadline]);
      await this.audit.record(em, principal, {
        action: 'exam_attempt.extra_time',
        entityType: 'exam_attempt',
        entityId: attemptId,
        organizationId: attempt.organization_id,
        reason: dto.reason,
        before: { extraMinutes: attempt.extra_minutes, deadline: new Date(attempt.deadline_at).toISOString() },
        after: { extraMinutes: extra, deadline: deadline.toISOString() },
      });
      return true;
    });
    if (!granted) {
      await this.exams.closeIfOver(principal, attemptId);
      throw TIME_OVER();
    }
    return this.roomView(this.dataSource.manager, sessionId);
  }

  /** 收卷: after the session's end, every attempt whose time is over is closed and scored; extra time still running is left to run. */
  async collect(principal: Principal, campaignId: string, sessionId: string): Promise<CollectResponseDto> {
    const setup = await this.roomAccess(this.dataSource.manager, principal, campaignId, sessionId);
    const now = this.clock.now();
    if (now < new Date(setup.ends_at)) throw new ConflictError('SESSION_NOT_ENDED', '考试尚未结束，不能收卷 / The session has not ended yet');
    const collected = await this.closeOverdue(principal, sessionId, now, 'collected');
    const [counts]: { still: number; not_started: number }[] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM exam_attempts WHERE session_id = $1 AND status = 'in_progress') AS still,
              (SELECT count(*)::int FROM exam_seats st WHERE st.session_id = $1 AND NOT EXISTS (SELECT 1 FROM exam_attempts ea WHERE ea.session_id = $1 AND ea.application_id = st.application_id)) AS not_started`,
      [sessionId],
    );
    const response = { sessionId, collected, stillAnswering: counts.still, notStarted: counts.not_started };
    await this.dataSource.transaction((em) =>
      this.audit.record(em, principal, { action: 'online_exam.collect', entityType: 'exam_session', entityId: sessionId, organizationId: setup.organization_id, after: response }),
    );
    return response;
  }

  /** Closes the attempts of a session whose deadline has passed, each in its own transaction; how many it closed. */
  private async closeOverdue(actor: AuditActor, sessionId: string, now: Date, closedBy: ClosedBy): Promise<number> {
    const overdue: { id: string }[] = await this.dataSource.query(`SELECT id FROM exam_attempts WHERE session_id = $1 AND status = 'in_progress' AND deadline_at <= $2 ORDER BY seat_no`, [
      sessionId,
      now,
    ]);
    let closed = 0;
    for (const { id } of overdue) if (await this.exams.closeIfOver(actor, id, closedBy)) closed++;
    return closed;
  }

  /**
   * HR of the campaign's body, or an invigilator of the session (through their evaluator
   * profile); 404 for anyone else and for a session that does not run online. Every route of
   * the room (its view, photos, identity checks, extra time, collection) passes here.
   */
  async roomAccess(em: EntityManager, principal: Principal, campaignId: string, sessionId: string): Promise<SetupRow> {
    const room = EXAM_ROOMS.where(scopeOf(principal), 's');
    const [row] = await namedQuery(em, `SELECT 1 FROM exam_sessions s WHERE s.id = :sessionId AND s.campaign_id = :campaignId AND ${room.sql}`, {
      ...room.params,
      sessionId,
      campaignId,
    });
    if (!row) throw new NotFoundError('Exam session');
    const setup = await setupRowOf(em, sessionId);
    if (!setup) throw new NotFoundError('Online exam');
    return setup;
  }

  /** The room as its readers see it (the caller has passed `roomAccess`). */
  async roomView(em: EntityManager, sessionId: string): Promise<RoomViewDto> {
    const setup = (await setupRowOf(em, sessionId)) as SetupRow;
    const rows: {
      seat_no: number;
      application_id: string;
      ticket_number: string;
      full_name: string;
      attempt_id: string | null;
      status: AttemptStatus | null;
      started_at: Date | null;
      item_count: number | null;
      extra_minutes: number | null;
      deadline_at: Date | null;
      closed_at: Date | null;
      score: string | null;
      answered: number;
      page_leaves: number;
      last_kind: AttemptEventKind | null;
      last_at: Date | null;
      has_photo: boolean;
      identity_check: IdentityCheck | null;
      identity_check_note: string | null;
      identity_checked_at: Date | null;
      identity_checked_by: string | null;
    }[] = await em.query(
      `SELECT st.seat_no, a.id AS application_id, a.ticket_number, ${personSql.fullName('a.person_id')} AS full_name, ea.id AS attempt_id, ea.status, ea.started_at, ea.item_count, ea.extra_minutes,
              ea.deadline_at, ea.closed_at, ea.score::text AS score,
              (SELECT count(*)::int FROM exam_answers x WHERE x.attempt_id = ea.id AND x.answered) AS answered,
              (SELECT count(*)::int FROM exam_attempt_events e WHERE e.attempt_id = ea.id AND e.kind = 'page_leave') AS page_leaves,
              last.kind AS last_kind, last.occurred_at AS last_at, ${personSql.hasPhoto('a.person_id')} AS has_photo,
              st.identity_check, st.identity_check_note, st.identity_checked_at, ${userSql.displayName('st.identity_checked_by')} AS identity_checked_by
         FROM exam_seats st JOIN applications a ON a.id = st.application_id
         LEFT JOIN exam_attempts ea ON ea.session_id = st.session_id AND ea.application_id = st.application_id
         LEFT JOIN LATERAL (SELECT e.kind, e.occurred_at FROM exam_attempt_events e WHERE e.attempt_id = ea.id ORDER BY e.id DESC LIMIT 1) last ON TRUE
        WHERE st.session_id = $1 ORDER BY st.seat_no`,
      [sessionId],
    );
    const events: { attempt_id: string; seat_no: number; full_name: string; kind: AttemptEventKind; occurred_at: Date }[] = await em.query(
      `SELECT e.attempt_id, ea.seat_no, ${personSql.fullName('ea.person_id')} AS full_name, e.kind, e.occurred_at FROM exam_attempt_events e JOIN exam_attempts ea ON ea.id = e.attempt_id
        WHERE ea.session_id = $1 ORDER BY e.id DESC LIMIT 200`,
      [sessionId],
    );
    const now = this.clock.now();
    const candidates = rows.map((r) => ({
      seatNo: r.seat_no,
      applicationId: r.application_id,
      ticketNumber: r.ticket_number,
      fullName: r.full_name,
      attemptId: r.attempt_id,
      status: r.status ?? ('not_started' as const),
      statusLabel: r.status ? ATTEMPT_STATUS_LABELS[r.status] : '未开考 / Not started',
      startedAt: r.started_at ? new Date(r.started_at).toISOString() : null,
      answered: r.answered,
      itemCount: r.item_count ?? 0,
      pageLeaves: r.page_leaves,
      lastEventKind: r.last_kind,
      lastEventAt: r.last_at ? new Date(r.last_at).toISOString() : null,
      extraMinutes: r.extra_minutes ?? 0,
      deadline: r.deadline_at ? new Date(r.deadline_at).toISOString() : null,
      secondsLeft: r.status === 'in_progress' && r.deadline_at ? secondsLeft(new Date(r.deadline_at), now) : null,
      closedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
      score: r.score === null ? null : Number(r.score),
      hasPhoto: r.has_photo,
      identity: {
        result: r.identity_check,
        label: r.identity_check ? IDENTITY_CHECK_LABELS[r.identity_check] : IDENTITY_UNCHECKED_LABEL,
        note: r.identity_check_note,
        checkedAt: r.identity_checked_at ? new Date(r.identity_checked_at).toISOString() : null,
        checkedBy: r.identity_checked_by,
      },
    }));
    return {
      sessionId,
      room: setup.room,
      place: setup.place,
      startsAt: new Date(setup.starts_at).toISOString(),
      endsAt: new Date(setup.ends_at).toISOString(),
      serverNow: now.toISOString(),
      setup: toSetup(setup),
      seated: rows.length,
      started: rows.filter((r) => r.attempt_id).length,
      submitted: rows.filter((r) => r.status && r.status !== 'in_progress').length,
      identityUnchecked: rows.filter((r) => !r.identity_check).length,
      identityMismatches: rows.filter((r) => r.identity_check === 'mismatch').length,
      candidates,
      events: events.map((e) => ({ attemptId: e.attempt_id, seatNo: e.seat_no, fullName: e.full_name, kind: e.kind, kindLabel: ATTEMPT_EVENT_LABELS[e.kind], occurredAt: new Date(e.occurred_at).toISOString() })),
    };
  }
}
