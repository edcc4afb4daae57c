import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditActor, AuditService, Clock, ConflictError, NotFoundError, Principal, UnprocessableError } from '@skill-ladder/platform';
import { CampaignsService } from '../campaigns/campaigns.service';
import { ScoringService } from '../scoring/scoring.service';
import { theoryComponentScore } from '../scoring/theory-sheet';
import { OnlineExamPapers } from './online-exam-papers';
import { ATTEMPT_COLUMNS, AttemptRow, SETUP_COLUMNS, SETUP_FROM, SetupRow, setupRowOf, SUBMITTED, TIME_OVER, timesOf, toSetup } from './online-exam-rows';
import {
  ATTEMPT_STATUS_LABELS,
  AnswerDto,
  AttemptEventDto,
  AttemptEventResponseDto,
  AttemptResponseDto,
  AttemptStatus,
  ClosedBy,
  DEFAULT_LATE_ENTRY_MINUTES,
  MyExamDto,
  OnlineExamSetupDto,
  OnlineExamSetupResponseDto,
  SaveAnswerDto,
  SavedAnswerResponseDto,
} from './dto/online-exam.dto';
import { ExamSessionsService } from './exam-sessions.service';
import { isAnswered, parseAnswer, scoreAttempt } from './rules/attempt-rules';
import { acceptsAnswers, attemptDeadline, secondsLeft, startRefusal } from './rules/exam-clock';
import { AnswerKey, ITEM_KIND_LABELS, ItemKind, ItemResponse } from './rules/item-kinds';
import { sessionWindow } from './rules/seating';

export interface PaperItemContent {
  number: number;
  kind: ItemKind;
  points: number;
  stem: string;
  options: string[];
  key: AnswerKey;
}

/**
 * 机考: a seated candidate's attempt at an online theory exam. The server decides the time: an
 * attempt starts inside its session's window, takes the paper of its seat, and accepts answers
 * until its deadline (the paper's working time, cut at the session's end, plus any extra time an
 * invigilator gave). It is scored when handed in, when it is first touched after the deadline, or
 * when the invigilator collects the room; the answer keys never leave the server before that.
 */
@Injectable()
export class OnlineExamsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly campaigns: CampaignsService,
    private readonly sessions: ExamSessionsService,
    private readonly scoring: ScoringService,
    private readonly papers: OnlineExamPapers,
  ) {}

  /** 设为机考: the blueprint whose papers the session's seats get, until the first candidate starts. */
  async setup(principal: Principal, campaignId: string, sessionId: string, dto: OnlineExamSetupDto): Promise<OnlineExamSetupResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.sessions.ownCampaign(em, principal, campaignId);
      const session = await this.sessions.row(em, campaign.id, sessionId, true);
      if (session.status === 'cancelled') throw new ConflictError('SESSION_CANCELLED', '考场已取消 / The session is cancelled');
      if (session.component !== 'theory') {
        throw new UnprocessableError('NOT_A_THEORY_SESSION', '只有理论知识考试可以机考 / Only a theory session runs online', [{ field: 'component', code: 'notTheory', message: '只有理论知识考试可以机考' }]);
      }
      const before = await this.setupRow(em, sessionId);
      const papers = await this.papers.draw(em, principal.userId, campaign, session, dto.blueprintId, dto.lateEntryMinutes ?? DEFAULT_LATE_ENTRY_MINUTES);
      const after = toSetup((await this.setupRow(em, sessionId)) as SetupRow);
      await this.audit.record(em, principal, {
        action: 'online_exam.setup',
        entityType: 'exam_session',
        entityId: sessionId,
        organizationId: campaign.organization_id,
        before: before ? toSetup(before) : null,
        after: { ...after, seats: papers.seats },
      });
      return after;
    });
  }

  /** 我的考试: the online exams the worker is seated for, with whether they may start now. */
  async myExams(principal: Principal): Promise<MyExamDto[]> {
    const rows: {
      session_id: string;
      campaign_id: string;
      campaign_name: string;
      campaign_status: string;
      ticket_number: string;
      place: string;
      room: string;
      seat_no: number;
      starts_at: Date;
      ends_at: Date;
      duration_minutes: number;
      late_entry_minutes: number;
      attempt_id: string | null;
      attempt_status: AttemptStatus | null;
    }[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.campaign_id, c.name AS campaign_name, c.status AS campaign_status, a.ticket_number, s.place, s.room, st.seat_no, s.starts_at, s.ends_at,
              bp.duration_minutes, oe.late_entry_minutes, ea.id AS attempt_id, ea.status AS attempt_status
         FROM exam_seats st JOIN applications a ON a.id = st.application_id JOIN exam_sessions s ON s.id = st.session_id
         JOIN online_exams oe ON oe.session_id = s.id JOIN exam_blueprints bp ON bp.id = oe.blueprint_id JOIN campaigns c ON c.id = s.campaign_id
         LEFT JOIN exam_attempts ea ON ea.session_id = s.id AND ea.application_id = a.id
        WHERE a.person_id = $1 AND a.status = 'approved' AND s.status = 'scheduled'
        ORDER BY s.starts_at, s.id`,
      [principal.personId],
    );
    const now = this.clock.now();
    return rows.map((r) => ({
      sessionId: r.session_id,
      campaignId: r.campaign_id,
      campaignName: r.campaign_name,
      ticketNumber: r.ticket_number,
      place: r.place,
      room: r.room,
      seatNo: r.seat_no,
      ...sessionWindow(r),
      durationMinutes: r.duration_minutes,
      attemptId: r.attempt_id,
      attemptStatus: r.attempt_status,
      startRefusal: r.attempt_id
        ? null
        : r.campaign_status !== 'assessing'
          ? 'CAMPAIGN_NOT_ASSESSING'
          : startRefusal({ startsAt: new Date(r.starts_at), endsAt: new Date(r.ends_at), durationMinutes: r.duration_minutes, lateEntryMinutes: r.late_entry_minutes }, now),
    }));
  }


  /**
   * 开考: the seated candidate's attempt, made on the first call inside the window with the paper
   * of their seat and the server's deadline; later calls answer the same attempt.
   */
  async start(principal: Principal, sessionId: string): Promise<AttemptResponseDto> {
    const attemptId = await this.dataSource.transaction(async (em) => {
      const [seat]: { application_id: string; person_id: string; seat_no: number; campaign_id: string; organization_id: string; campaign_status: string }[] = await em.query(
        `SELECT a.id AS application_id, a.person_id, st.seat_no, s.campaign_id, s.organization_id, c.status AS campaign_status
           FROM exam_seats st JOIN applications a ON a.id = st.application_id JOIN exam_sessions s ON s.id = st.session_id
           JOIN online_exams oe ON oe.session_id = s.id JOIN campaigns c ON c.id = s.campaign_id
          WHERE st.session_id = $1 AND a.person_id = $2 AND a.status = 'approved' AND s.status = 'scheduled'`,
        [sessionId, principal.personId],
      );
      if (!seat) throw new NotFoundError('Online exam');
      const [existing] = await em.query('SELECT id FROM exam_attempts WHERE session_id = $1 AND application_id = $2', [sessionId, seat.application_id]);
      if (existing) return existing.id as string;
      if (seat.campaign_status !== 'assessing') throw new ConflictError('CAMPAIGN_NOT_ASSESSING', '认定计划不在考核阶段，不能开考 / The campaign is not assessing');
      const setup = (await this.setupRow(em, sessionId)) as SetupRow;
      const now = this.clock.now();
      const times = timesOf(setup);
      const refusal = startRefusal(times, now);
      if (refusal) throw new ConflictError(refusal, START_REFUSALS[refusal]);
      const [paper]: { paper_id: string; item_count: number }[] = await em.query(
        `SELECT sp.paper_id, jsonb_array_length(p.items)::int AS item_count FROM online_exam_seat_papers sp JOIN exam_papers p ON p.id = sp.paper_id WHERE sp.session_id = $1 AND sp.seat_no = $2`,
        [sessionId, seat.seat_no],
      );
      if (!paper) throw new ConflictError('PAPER_NOT_READY', '本座位的试卷尚未备好，请联系监考 / No paper is ready for this seat; ask the invigilator');
      const deadline = attemptDeadline(times, now, 0);
      const [created] = await em.query(
        `INSERT INTO exam_attempts (session_id, campaign_id, organization_id, application_id, person_id, seat_no, paper_id, item_count, started_at, deadline_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT ON CONSTRAINT exam_attempts_candidate_uq DO NOTHING RETURNING id`,
        [sessionId, seat.campaign_id, seat.organization_id, seat.application_id, seat.person_id, seat.seat_no, paper.paper_id, paper.item_count, now, deadline],
      );
      if (!created) {
        const [raced] = await em.query('SELECT id FROM exam_attempts WHERE session_id = $1 AND application_id = $2', [sessionId, seat.application_id]);
        return raced.id as string;
      }
      await this.audit.record(em, principal, {
        action: 'exam_attempt.start',
        entityType: 'exam_attempt',
        entityId: created.id,
        organizationId: seat.organization_id,
        after: { sessionId, applicationId: seat.application_id, seatNo: seat.seat_no, paperId: paper.paper_id, startedAt: now.toISOString(), deadline: deadline.toISOString() },
      });
      return created.id as string;
    });
    return this.read(principal, attemptId);
  }

  /** The candidate's own attempt (others: 404), closed first if its time ran out. */
  async read(principal: Principal, attemptId: string): Promise<AttemptResponseDto> {
    await this.ownAttempt(this.dataSource.manager, principal, attemptId);
    await this.closeIfOver(principal, attemptId);
    return this.view(this.dataSource.manager, await this.ownAttempt(this.dataSource.manager, principal, attemptId));
  }

  /** 自动保存: one item's answer, as often as the page sends it; the last one counts. */
  async saveAnswer(principal: Principal, attemptId: string, itemNo: number, dto: SaveAnswerDto): Promise<SavedAnswerResponseDto> {
    const outcome = await this.dataSource.transaction(async (em) => {
      // FOR SHARE: saves of one attempt run side by side; handing in waits for them, and they for it.
      const attempt = await this.ownAttempt(em, principal, attemptId, 'FOR SHARE OF ea');
      if (attempt.status !== 'in_progress') throw SUBMITTED();
      const now = this.clock.now();
      if (!acceptsAnswers(new Date(attempt.deadline_at), now)) return null;
      if (!Number.isSafeInteger(itemNo) || itemNo < 1 || itemNo > attempt.item_count) throw new NotFoundError('Exam item');
      const [item] = await this.paperItems(em, attempt.paper_id, itemNo);
      const parsed = parseAnswer({ kind: item.kind, optionCount: item.options.length, blankCount: item.key.kind === 'fill_in' ? item.key.blanks.length : 0 }, dto);
      if ('problem' in parsed) {
        throw new UnprocessableError('ANSWER_INVALID', '答案不符合本题要求 / The answer does not fit the item', [{ field: parsed.problem.field, code: parsed.problem.code, message: parsed.problem.message }]);
      }
      const [saved]: { saved_at: Date; revision: number }[] = await em.query(
        `INSERT INTO exam_answers (attempt_id, item_no, response, answered, saved_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (attempt_id, item_no) DO UPDATE SET response = $3, answered = $4, saved_at = $5, revision = exam_answers.revision + 1
         RETURNING saved_at, revision`,
        [attemptId, itemNo, JSON.stringify(parsed.response), isAnswered(parsed.response), now],
      );
      return { attemptId, number: itemNo, savedAt: new Date(saved.saved_at).toISOString(), revision: saved.revision, secondsLeft: secondsLeft(new Date(attempt.deadline_at), now) };
    });
    if (outcome) return outcome;
    await this.closeIfOver(principal, attemptId);
    throw TIME_OVER();
  }

  /** 离开/回到页面: recorded at the server's time for the invigilator. */
  async recordEvent(principal: Principal, attemptId: string, dto: AttemptEventDto): Promise<AttemptEventResponseDto> {
    const outcome = await this.dataSource.transaction(async (em) => {
      const attempt = await this.ownAttempt(em, principal, attemptId, 'FOR SHARE OF ea');
      if (attempt.status !== 'in_progress') throw SUBMITTED();
      const now = this.clock.now();
      if (!acceptsAnswers(new Date(attempt.deadline_at), now)) return null;
      await em.query('INSERT INTO exam_attempt_events (attempt_id, kind, occurred_at) VALUES ($1, $2, $3)', [attemptId, dto.kind, now]);
      return { attemptId, kind: dto.kind, occurredAt: now.toISOString() };
    });
    if (outcome) return outcome;
    await this.closeIfOver(principal, attemptId);
    throw TIME_OVER();
  }

  /** 交卷: scored at once; after the deadline the attempt is closed as of its deadline instead. */
  async submit(principal: Principal, attemptId: string): Promise<AttemptResponseDto> {
    await this.dataSource.transaction(async (em) => {
      const attempt = await this.ownAttempt(em, principal, attemptId, 'FOR UPDATE OF ea');
      if (attempt.status !== 'in_progress') throw SUBMITTED();
      const over = !acceptsAnswers(new Date(attempt.deadline_at), this.clock.now());
      await this.close(em, principal, attempt, over ? 'deadline' : 'candidate');
    });
    return this.read(principal, attemptId);
  }


  /** Closes an attempt whose time is over (locked and checked again); whether it did. The room closes overdue attempts through it too. */
  async closeIfOver(actor: AuditActor, attemptId: string, closedBy: ClosedBy = 'deadline'): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const [attempt]: AttemptRow[] = await em.query(`SELECT ${ATTEMPT_COLUMNS} FROM exam_attempts ea JOIN applications a ON a.id = ea.application_id WHERE ea.id = $1 FOR UPDATE OF ea`, [
        attemptId,
      ]);
      if (!attempt || attempt.status !== 'in_progress' || acceptsAnswers(new Date(attempt.deadline_at), this.clock.now())) return false;
      await this.close(em, actor, attempt, closedBy);
      return true;
    });
  }

  /**
   * Scores the objective items and closes the attempt (locked by the caller). With no short
   * answers the total is the theory score: recorded on the campaign's theory component at once if
   * the campaign is scoring, or when scoring starts. With short answers the attempt awaits marking.
   */
  private async close(em: EntityManager, actor: AuditActor, attempt: AttemptRow, closedBy: ClosedBy): Promise<void> {
    const [setup] = (await em.query(`SELECT ${SETUP_COLUMNS} FROM ${SETUP_FROM} WHERE oe.session_id = $1`, [attempt.session_id])) as SetupRow[];
    const items = await this.paperItems(em, attempt.paper_id);
    const answers: { item_no: number; response: ItemResponse }[] = await em.query('SELECT item_no, response FROM exam_answers WHERE attempt_id = $1', [attempt.id]);
    const result = scoreAttempt(
      items.map((i) => ({ number: i.number, key: i.key, points: i.points })),
      new Map(answers.map((a) => [a.item_no, a.response])),
      { multipleChoice: setup.multiple_choice_rule },
    );
    if (result.items.size > 0) {
      await em.query(
        `UPDATE exam_answers e SET points = x.points FROM jsonb_to_recordset($2::jsonb) AS x(item_no int, points numeric) WHERE e.attempt_id = $1 AND e.item_no = x.item_no`,
        [attempt.id, JSON.stringify([...result.items].map(([item_no, points]) => ({ item_no, points })))],
      );
    }
    const now = this.clock.now();
    // Closed by time: as of the deadline, the moment answers stopped counting.
    const closedAt = closedBy === 'candidate' ? now : new Date(attempt.deadline_at);
    const status: AttemptStatus = result.awaitingMarking ? 'awaiting_marking' : 'scored';
    const score = result.awaitingMarking ? null : result.objective;
    await em.query('UPDATE exam_attempts SET status = $2, closed_at = $3, closed_by = $4, objective_score = $5, score = $6 WHERE id = $1', [
      attempt.id,
      status,
      closedAt,
      closedBy,
      result.objective,
      score,
    ]);
    await this.audit.record(em, actor, {
      action: 'exam_attempt.close',
      entityType: 'exam_attempt',
      entityId: attempt.id,
      organizationId: attempt.organization_id,
      before: { status: attempt.status },
      after: { status, closedBy, closedAt: closedAt.toISOString(), objectiveScore: result.objective, score, answered: answers.length },
    });
    if (score === null) return;
    await this.recordTheory(em, actor, attempt, score);
  }

  /**
   * A closed attempt's total becomes the candidate's theory component score, at once if the
   * campaign is scoring (else when scoring starts, which takes every scored attempt); the total of
   * an objective-only paper when it is handed in, of one with short answers when marking ends.
   */
  async recordTheory(em: EntityManager, actor: AuditActor, attempt: Pick<AttemptRow, 'campaign_id' | 'application_id' | 'ticket_number'>, score: number): Promise<void> {
    const campaign = await this.campaigns.lockById(em, attempt.campaign_id, 'FOR SHARE');
    if (campaign.status !== 'scoring') return;
    const [theory]: { max_score: string }[] = await em.query(`SELECT max_score::text AS max_score FROM component_scores WHERE application_id = $1 AND component = 'theory'`, [
      attempt.application_id,
    ]);
    if (!theory) return;
    await this.scoring.recordTheoryScores(em, actor, campaign, [{ row: 1, ticketNumber: attempt.ticket_number, score: theoryComponentScore(score, Number(theory.max_score)) }], 'online_exam');
  }

  private async ownAttempt(em: EntityManager, principal: Principal, attemptId: string, lock = ''): Promise<AttemptRow> {
    const [row]: AttemptRow[] = await em.query(
      `SELECT ${ATTEMPT_COLUMNS} FROM exam_attempts ea JOIN applications a ON a.id = ea.application_id WHERE ea.id = $1 AND ea.person_id = $2 ${lock}`,
      [attemptId, principal.personId],
    );
    if (!row) throw new NotFoundError('Exam attempt');
    return row;
  }

  /** The paper's items in order with the content of the versions it keeps (and, for the server only, the keys). */
  async paperItems(em: EntityManager, paperId: string, only?: number): Promise<PaperItemContent[]> {
    const rows: { number: number; kind: ItemKind; points: number; stem: string; options: string[]; answer_key: AnswerKey }[] = await em.query(
      `SELECT p.number::int AS number, p.kind, p.points::float8 AS points, v.stem, v.options, v.answer_key
         FROM exam_papers ep CROSS JOIN LATERAL ROWS FROM (jsonb_to_recordset(ep.items) AS ("itemId" uuid, version int, kind text, points numeric)) WITH ORDINALITY AS p("itemId", version, kind, points, number)
         JOIN question_item_versions v ON v.item_id = p."itemId" AND v.version = p.version
        WHERE ep.id = $1 AND ($2::int IS NULL OR p.number = $2) ORDER BY p.number`,
      [paperId, only ?? null],
    );
    return rows.map((r) => ({ number: r.number, kind: r.kind, points: Number(r.points), stem: r.stem, options: r.options, key: r.answer_key }));
  }

  private async view(em: EntityManager, attempt: AttemptRow): Promise<AttemptResponseDto> {
    const items = await this.paperItems(em, attempt.paper_id);
    const answers: { item_no: number; response: ItemResponse; saved_at: Date; revision: number }[] = await em.query(
      'SELECT item_no, response, saved_at, revision FROM exam_answers WHERE attempt_id = $1 ORDER BY item_no',
      [attempt.id],
    );
    const now = this.clock.now();
    const deadline = new Date(attempt.deadline_at);
    return {
      id: attempt.id,
      sessionId: attempt.session_id,
      ticketNumber: attempt.ticket_number,
      seatNo: attempt.seat_no,
      status: attempt.status,
      statusLabel: ATTEMPT_STATUS_LABELS[attempt.status],
      startedAt: new Date(attempt.started_at).toISOString(),
      deadline: deadline.toISOString(),
      serverNow: now.toISOString(),
      secondsLeft: attempt.status === 'in_progress' ? secondsLeft(deadline, now) : 0,
      extraMinutes: attempt.extra_minutes,
      closedAt: attempt.closed_at ? new Date(attempt.closed_at).toISOString() : null,
      closedBy: attempt.closed_by,
      objectiveScore: attempt.objective_score === null ? null : Number(attempt.objective_score),
      score: attempt.score === null ? null : Number(attempt.score),
      totalPoints: items.reduce((sum, i) => sum + Math.round(i.points * 10), 0) / 10,
      // The key stays here: only what asking the item needs goes out.
      items: items.map((i) => ({
        number: i.number,
        kind: i.kind,
        kindLabel: ITEM_KIND_LABELS[i.kind],
        points: i.points,
        stem: i.stem,
        options: i.options,
        blankCount: i.key.kind === 'fill_in' ? i.key.blanks.length : 0,
      })),
      answers: answers.map((a) => {
        const { kind: _kind, ...answer } = a.response;
        return { number: a.item_no, answer: answer as AnswerDto, savedAt: new Date(a.saved_at).toISOString(), revision: a.revision };
      }),
    };
  }

  private async setupRow(em: EntityManager, sessionId: string): Promise<SetupRow | null> {
    return setupRowOf(em, sessionId);
  }
}

const START_REFUSALS: Record<string, string> = {
  SESSION_NOT_STARTED: '考试尚未开始 / The session has not started yet',
  LATE_ENTRY_CLOSED: '已超过开考后允许入场的时间 / Entry closed some minutes after the start',
  SESSION_ENDED: '考试已结束 / The session has ended',
};
