import { EntityManager } from 'typeorm';
import { ConflictError } from '@skill-ladder/platform';
import { AttemptStatus, ClosedBy, OnlineExamSetupResponseDto } from './dto/online-exam.dto';
import { ExamSessionTimes } from './rules/exam-clock';
import { MultipleChoiceRule } from './rules/item-scoring';

/** The rows of 机考 as the candidate's side and the invigilator's room both read them. */

export interface AttemptRow {
  id: string;
  session_id: string;
  campaign_id: string;
  organization_id: string;
  application_id: string;
  seat_no: number;
  paper_id: string;
  item_count: number;
  started_at: Date;
  extra_minutes: number;
  deadline_at: Date;
  status: AttemptStatus;
  closed_at: Date | null;
  closed_by: ClosedBy | null;
  objective_score: string | null;
  score: string | null;
  ticket_number: string;
}

export interface SetupRow {
  session_id: string;
  campaign_id: string;
  organization_id: string;
  blueprint_id: string;
  blueprint_name: string;
  mode: 'fixed' | 'per_candidate';
  base_seed: string | null;
  algorithm: string;
  late_entry_minutes: number;
  duration_minutes: number;
  multiple_choice_rule: MultipleChoiceRule;
  starts_at: Date;
  ends_at: Date;
  room: string;
  place: string;
  seat_papers: number;
  distinct_papers: number;
}

export const ATTEMPT_COLUMNS = `ea.id, ea.session_id, ea.campaign_id, ea.organization_id, ea.application_id, ea.seat_no, ea.paper_id, ea.item_count, ea.started_at,
  ea.extra_minutes, ea.deadline_at, ea.status, ea.closed_at, ea.closed_by, ea.objective_score::text AS objective_score, ea.score::text AS score, a.ticket_number`;

export const SETUP_COLUMNS = `oe.session_id, oe.campaign_id, oe.organization_id, oe.blueprint_id, bp.name AS blueprint_name, bp.mode, oe.base_seed::text AS base_seed, oe.algorithm,
  oe.late_entry_minutes, bp.duration_minutes, bp.multiple_choice_rule, s.starts_at, s.ends_at, s.room, s.place,
  (SELECT count(*)::int FROM online_exam_seat_papers sp WHERE sp.session_id = oe.session_id) AS seat_papers,
  (SELECT count(DISTINCT sp.paper_id)::int FROM online_exam_seat_papers sp WHERE sp.session_id = oe.session_id) AS distinct_papers`;

export const SETUP_FROM = `online_exams oe JOIN exam_sessions s ON s.id = oe.session_id JOIN exam_blueprints bp ON bp.id = oe.blueprint_id`;

export const TIME_OVER = () => new ConflictError('EXAM_TIME_OVER', '考试时间已到，答案不再接收 / The exam time is over; answers are no longer accepted');
export const SUBMITTED = () => new ConflictError('ATTEMPT_SUBMITTED', '已交卷，不能再作答 / The paper has been handed in');

export function timesOf(setup: SetupRow): ExamSessionTimes {
  return { startsAt: new Date(setup.starts_at), endsAt: new Date(setup.ends_at), durationMinutes: setup.duration_minutes, lateEntryMinutes: setup.late_entry_minutes };
}

export function toSetup(row: SetupRow): OnlineExamSetupResponseDto {
  return {
    sessionId: row.session_id,
    blueprintId: row.blueprint_id,
    blueprintName: row.blueprint_name,
    mode: row.mode,
    baseSeed: row.base_seed === null ? null : Number(row.base_seed),
    algorithm: row.algorithm,
    durationMinutes: row.duration_minutes,
    lateEntryMinutes: row.late_entry_minutes,
    seatPapers: row.seat_papers,
    distinctPapers: row.distinct_papers,
  };
}

/** The session's online setup (blueprint, seed, late entry, times and room), or null when it does not run online. */
export async function setupRowOf(em: EntityManager, sessionId: string): Promise<SetupRow | null> {
  const [row] = await em.query(`SELECT ${SETUP_COLUMNS} FROM ${SETUP_FROM} WHERE oe.session_id = $1`, [sessionId]);
  return row ?? null;
}
