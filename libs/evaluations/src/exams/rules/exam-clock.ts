/**
 * The time rules of an online theory exam (机考). The server's clock decides; the browser's timer
 * only shows what these functions answer.
 */

export interface ExamSessionTimes {
  startsAt: Date;
  endsAt: Date;
  /** The paper's working time, in minutes. */
  durationMinutes: number;
  /** 迟到: a candidate may start up to this many minutes after the session starts, not later. */
  lateEntryMinutes: number;
}

/** Extra time an invigilator may grant one candidate (with a reason), in all. */
export const MAX_EXTRA_MINUTES = 60;

const MINUTE = 60_000;

export type StartRefusal = 'SESSION_NOT_STARTED' | 'LATE_ENTRY_CLOSED' | 'SESSION_ENDED';

/** Whether a candidate may begin at `now`; `null` when they may. */
export function startRefusal(session: ExamSessionTimes, now: Date): StartRefusal | null {
  if (now < session.startsAt) return 'SESSION_NOT_STARTED';
  if (now >= session.endsAt) return 'SESSION_ENDED';
  if (now.getTime() > session.startsAt.getTime() + session.lateEntryMinutes * MINUTE) return 'LATE_ENTRY_CLOSED';
  return null;
}

/**
 * When a candidate's answers stop being accepted: their working time from when they started, but
 * never past the session's end, plus any extra time granted to them. A late start shortens the
 * working time; extra time is the only way past the session's end.
 */
export function attemptDeadline(session: ExamSessionTimes, startedAt: Date, extraMinutes: number): Date {
  if (!Number.isInteger(extraMinutes) || extraMinutes < 0 || extraMinutes > MAX_EXTRA_MINUTES) {
    throw new RangeError(`extra time must be 0 to ${MAX_EXTRA_MINUTES} whole minutes, got ${extraMinutes}`);
  }
  const working = Math.min(startedAt.getTime() + session.durationMinutes * MINUTE, session.endsAt.getTime());
  return new Date(working + extraMinutes * MINUTE);
}

/** An answer saved at `now` counts only before the deadline (an answer at the deadline is late). */
export function acceptsAnswers(deadline: Date, now: Date): boolean {
  return now < deadline;
}

/** Whole seconds left, never negative: what the candidate's page counts down from. */
export function secondsLeft(deadline: Date, now: Date): number {
  return Math.max(0, Math.floor((deadline.getTime() - now.getTime()) / 1000));
}
