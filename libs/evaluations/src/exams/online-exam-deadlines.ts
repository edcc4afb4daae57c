import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditActor, AuditService, Clock, ConflictError } from '@skill-ladder/platform';
import { OnlineExamPapers, OnlineExamState } from './online-exam-papers';
import { attemptDeadline } from './rules/exam-clock';

/**
 * The window of an online session once candidates have started (机考延时): the start is what their
 * time was computed from and stays fixed; the end may move later, never earlier, and the attempts
 * still running then get the later deadline (each keeping the extra time an invigilator gave).
 * The seats and the level stay as they started; one candidate's extra time is the invigilator's.
 */
@Injectable()
export class OnlineExamDeadlines {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Refuses a change of a started session's window, seats or level that the rules above do not allow. */
  static refuseChange(state: OnlineExamState | null, before: { startsAt: Date; endsAt: Date }, after: { startsAt: Date; endsAt: Date }, reseated: boolean): void {
    if (state && state.attempts > 0) {
      if (after.startsAt.getTime() !== before.startsAt.getTime()) {
        throw new ConflictError('SESSION_START_FIXED', '已有考生开考，开始时间不能再改 / Candidates have started; the start time is fixed');
      }
      if (after.endsAt < before.endsAt) {
        throw new ConflictError('SESSION_END_NOT_SHORTENED', '已有考生开考，结束时间只能延后，不能提前 / Candidates have started; the end may only move later');
      }
    }
    if (reseated) OnlineExamPapers.refuseStarted(state, '座位数和等级不能再改；个别考生需要延时，请由监考在考场页延时');
  }

  /**
   * After the session's end moved later: every attempt still running gets the deadline the new end
   * gives (working time from its start, cut at the new end, plus its extra time), each audited.
   * Attempts whose time is already over stay closed to answers. How many were extended.
   */
  async extendRunning(em: EntityManager, actor: AuditActor, sessionId: string, reason: string): Promise<number> {
    const running: { id: string; organization_id: string; started_at: Date; extra_minutes: number; deadline_at: Date; starts_at: Date; ends_at: Date; duration_minutes: number; late_entry_minutes: number }[] =
      await em.query(
        `SELECT ea.id, ea.organization_id, ea.started_at, ea.extra_minutes, ea.deadline_at, s.starts_at, s.ends_at, bp.duration_minutes, oe.late_entry_minutes
           FROM exam_attempts ea JOIN exam_sessions s ON s.id = ea.session_id JOIN online_exams oe ON oe.session_id = s.id JOIN exam_blueprints bp ON bp.id = oe.blueprint_id
          WHERE ea.session_id = $1 AND ea.status = 'in_progress' AND ea.deadline_at > $2 ORDER BY ea.seat_no FOR UPDATE OF ea`,
        [sessionId, this.clock.now()],
      );
    let extended = 0;
    for (const a of running) {
      const times = { startsAt: new Date(a.starts_at), endsAt: new Date(a.ends_at), durationMinutes: a.duration_minutes, lateEntryMinutes: a.late_entry_minutes };
      const deadline = attemptDeadline(times, new Date(a.started_at), a.extra_minutes);
      if (deadline <= new Date(a.deadline_at)) continue;
      await em.query('UPDATE exam_attempts SET deadline_at = $2 WHERE id = $1', [a.id, deadline]);
      await this.audit.record(em, actor, {
        action: 'exam_attempt.deadline_extended',
        entityType: 'exam_attempt',
        entityId: a.id,
        organizationId: a.organization_id,
        reason,
        before: { deadline: new Date(a.deadline_at).toISOString(), extraMinutes: a.extra_minutes },
        after: { deadline: deadline.toISOString(), extraMinutes: a.extra_minutes, sessionEndsAt: times.endsAt.toISOString() },
      });
      extended++;
    }
    return extended;
  }
}
