import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, Clock, ConflictError, NotFoundError, Page, pageQuery, Principal, UnprocessableError } from '@skill-ladder/platform';
import { CampaignDrawsService } from '../campaign-draws/campaign-draws.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { EvaluatorsService } from '../evaluators/evaluators.service';
import {
  CorrectMarkDto,
  MarkDetailDto,
  MarkingProgressDto,
  MarkStatus,
  MarkSummaryDto,
  MyMarksQueryDto,
  OpenMarkingResponseDto,
  SubmitMarkDto,
} from './dto/short-answer-marking.dto';
import { ExamSessionsService } from './exam-sessions.service';
import { ATTEMPT_COLUMNS, AttemptRow } from './online-exam-rows';
import { OnlineExamsService } from './online-exams.service';
import { ItemResponse } from './rules/item-kinds';
import { MarkRound, markRefusal, pickMarkers, pickThirdMarker } from './rules/short-answer-marking';
import { answered, ShortAnswerSettlement } from './short-answer-settlement';

const ROUND_LABELS: Readonly<Record<MarkRound, string>> = { 1: '一评 / First mark', 2: '二评 / Second mark', 3: '三评 / Third mark' };
/** Campaign states in which short answers are marked: the exam is held while assessing; marking may run into scoring. */
const MARKING_STATES = ['assessing', 'scoring'];
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

interface MarkRow {
  id: string;
  attempt_id: string;
  anonymous_code: string;
  campaign_id: string;
  campaign_name: string;
  item_no: number;
  round: MarkRound;
  max_points: string;
  points: string | null;
  assigned_at: Date;
  submitted_at: Date | null;
}

const MARK_COLUMNS = `m.id, m.attempt_id, ms.anonymous_code, m.campaign_id, c.name AS campaign_name, m.item_no, m.round, m.max_points::text AS max_points,
  m.points::text AS points, m.assigned_at, m.submitted_at`;
const MARK_FROM = `exam_short_answer_marks m JOIN exam_marking_scripts ms ON ms.attempt_id = m.attempt_id JOIN campaigns c ON c.id = m.campaign_id`;

const MARKERS_SHORT = (detail: string) => new ConflictError('MARKERS_INSUFFICIENT', detail);

/**
 * 简答题阅卷: HR opens marking of a session's attempts that await it; each answered short answer
 * goes blind (an anonymous code, never the candidate) to two evaluators of the candidate's theory
 * panel who are not recused from them, a third when the two disagree; when every short answer of
 * an attempt has its score, the total becomes the theory component score as an objective-only
 * paper's does.
 */
@Injectable()
export class ShortAnswerMarkingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly campaigns: CampaignsService,
    private readonly sessions: ExamSessionsService,
    private readonly draws: CampaignDrawsService,
    private readonly evaluators: EvaluatorsService,
    private readonly exams: OnlineExamsService,
    private readonly settlement: ShortAnswerSettlement,
  ) {}

  /**
   * 开始阅卷: every attempt of the session awaiting marking and not yet opened gets an anonymous
   * code and its two markers; third marks nobody could take before are assigned if someone can
   * now. All or nothing: if any attempt has fewer than two evaluators on the candidate's theory
   * panel once conflicts are excluded, nothing is opened (409 MARKERS_INSUFFICIENT).
   */
  async open(principal: Principal, campaignId: string, sessionId: string): Promise<OpenMarkingResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.campaigns.findVisible(em, principal, campaignId, 'FOR SHARE');
      await this.sessions.row(em, campaign.id, sessionId);
      const [online] = await em.query('SELECT 1 FROM online_exams WHERE session_id = $1', [sessionId]);
      if (!online) throw new NotFoundError('Online exam');
      if (!MARKING_STATES.includes(campaign.status)) {
        throw new ConflictError('CAMPAIGN_NOT_MARKING', '认定计划不在考核或评分阶段，不能阅卷 / Marking runs while the campaign is assessing or scoring');
      }
      // One opening of a campaign at a time: each reads the markers' load the others write.
      await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 11))`, [`short-answer-marking:${campaign.id}`]);
      const attempts: (AttemptRow & { person_id: string })[] = await em.query(
        `SELECT ${ATTEMPT_COLUMNS}, ea.person_id FROM exam_attempts ea JOIN applications a ON a.id = ea.application_id
          WHERE ea.session_id = $1 AND ea.status = 'awaiting_marking' AND NOT EXISTS (SELECT 1 FROM exam_marking_scripts ms WHERE ms.attempt_id = ea.id)
          ORDER BY ea.seat_no FOR UPDATE OF ea`,
        [sessionId],
      );
      const load = await this.settlement.loads(em, campaign.id);
      const chair = await this.settlement.chair(em, campaign.id);
      const plans: { attempt: AttemptRow & { person_id: string }; markers: [string, string] }[] = [];
      const short: string[] = [];
      for (const attempt of attempts) {
        const eligible = await this.settlement.eligibleMarkers(em, campaign.id, attempt.application_id, attempt.person_id);
        const markers = pickMarkers(eligible, load);
        if (!markers) {
          short.push(attempt.ticket_number);
          continue;
        }
        for (const m of markers) load.set(m, (load.get(m) ?? 0) + 1);
        plans.push({ attempt, markers });
      }
      if (short.length > 0) {
        throw MARKERS_SHORT(
          `${short.length}份答卷的考生在理论知识考评组中回避后不足两名考评员，请先抽取或调整理论知识考评员（准考证号：${short.slice(0, 20).join('、')}${short.length > 20 ? '…' : ''}） / ` +
            `${short.length} attempt(s) have fewer than two evaluators on the candidate's theory panel once conflicts are excluded; draw or adjust the theory evaluators first`,
        );
      }
      const now = this.clock.now();
      let opened = 0;
      let scoredWithoutMarking = 0;
      for (const { attempt, markers } of plans) {
        const code = await this.insertScript(em, principal, attempt, now);
        const toMark = await this.answeredShortAnswers(em, attempt);
        if (toMark.length > 0) {
          await em.query(
            `INSERT INTO exam_short_answer_marks (attempt_id, campaign_id, organization_id, item_no, round, evaluator_profile_id, max_points, assigned_at)
             SELECT $1, $2, $3, x.item_no, x.round, x.evaluator_profile_id, x.max_points, $5 FROM jsonb_to_recordset($4::jsonb) AS x(item_no int, round int, evaluator_profile_id uuid, max_points numeric)`,
            [attempt.id, attempt.campaign_id, attempt.organization_id, JSON.stringify(toMark.flatMap((i) => markers.map((m, r) => ({ item_no: i.number, round: r + 1, evaluator_profile_id: m, max_points: i.points })))), now],
          );
        }
        await this.audit.record(em, principal, {
          action: 'exam_attempt.open_marking',
          entityType: 'exam_attempt',
          entityId: attempt.id,
          organizationId: attempt.organization_id,
          after: { anonymousCode: code, markers, items: toMark.map((i) => i.number) },
        });
        opened++;
        if (await this.settlement.settle(em, principal, attempt)) scoredWithoutMarking++;
      }
      const thirdMarksAssigned = await this.assignOpenThirdMarks(em, principal, campaign.id, sessionId, chair, load);
      const response = { sessionId, opened, scoredWithoutMarking, thirdMarksAssigned };
      await this.audit.record(em, principal, { action: 'online_exam.open_marking', entityType: 'exam_session', entityId: sessionId, organizationId: campaign.organization_id, after: response });
      return response;
    });
  }

  /**
   * 待阅: the evaluator's marks not yet given on attempts still awaiting marking, script by script;
   * 已评 (`status=submitted`): the marks they gave, latest first, to correct one (改分).
   */
  async myPending(principal: Principal, q: MyMarksQueryDto): Promise<Page<MarkSummaryDto>> {
    const profileId = await this.draws.evaluatorProfileIdOfUser(principal.userId);
    if (!profileId) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
    const { rows, total } = await pageQuery<MarkRow>(
      this.dataSource,
      {
        select: MARK_COLUMNS,
        from:
          q.status === 'submitted'
            ? `FROM ${MARK_FROM} WHERE m.evaluator_profile_id = :profileId AND m.submitted_at IS NOT NULL`
            : `FROM ${MARK_FROM} JOIN exam_attempts ea ON ea.id = m.attempt_id
               WHERE m.evaluator_profile_id = :profileId AND m.submitted_at IS NULL AND ea.status = 'awaiting_marking'`,
        orderBy: q.status === 'submitted' ? 'm.submitted_at DESC, m.id' : 'm.assigned_at, ms.anonymous_code, m.item_no, m.id',
        params: { profileId },
      },
      q,
    );
    return { items: rows.map(toSummary), total, page: q.page, pageSize: q.pageSize };
  }

  /** One of my marks: the item, its reference answer, the points and the candidate's text; a mark of someone else is 404. */
  async read(principal: Principal, markId: string): Promise<MarkDetailDto> {
    const mark = await this.myMark(this.dataSource.manager, principal, markId);
    return this.detail(this.dataSource.manager, mark);
  }

  /**
   * 给分: once per mark, while the attempt awaits marking. The item's score is settled by the
   * rule once two (or three) marks are in; a wide disagreement calls for a third mark; the last
   * short answer scored makes the attempt's total the theory score.
   */
  async submit(principal: Principal, markId: string, dto: SubmitMarkDto): Promise<MarkDetailDto> {
    return this.dataSource.transaction(async (em) => {
      const { attempt, mark } = await this.lockMark(em, principal, markId);
      if (mark.submitted_at) throw new ConflictError('MARK_ALREADY_SUBMITTED', '本题已给分，如需更正请用“改分”并说明理由 / This mark has already been submitted; correct it with a reason');
      if (attempt.status !== 'awaiting_marking') throw new ConflictError('ATTEMPT_NOT_AWAITING_MARKING', '该答卷不在阅卷中 / The attempt is not awaiting marking');
      const max = checkedMax(mark, dto.points);
      const now = this.clock.now();
      await em.query('UPDATE exam_short_answer_marks SET points = $2, submitted_at = $3 WHERE id = $1', [markId, dto.points, now]);
      const { outcome, third } = await this.settlement.resolveItem(em, attempt, mark.item_no, max, now);
      await this.audit.record(em, principal, {
        action: 'short_answer_mark.submit',
        entityType: 'short_answer_mark',
        entityId: markId,
        organizationId: attempt.organization_id,
        after: {
          anonymousCode: mark.anonymous_code,
          itemNumber: mark.item_no,
          round: mark.round,
          points: dto.points,
          outcome: outcome.status,
          ...(outcome.status === 'final' ? { itemScore: outcome.score } : {}),
          ...(third !== undefined ? { thirdMarker: third } : {}),
        },
      });
      await this.settlement.settle(em, principal, attempt);
      return this.detailOf(em, markId);
    });
  }

  /**
   * 改分: the evaluator corrects a mark they gave, with a reason kept in the audit trail with the
   * old and new points. The item and the attempt's total are settled again by the same rules (a
   * disagreement may now call for a third mark, or make an ungiven one unnecessary). Refused once
   * the attempt's total has become the campaign's theory component score.
   */
  async correct(principal: Principal, markId: string, dto: CorrectMarkDto): Promise<MarkDetailDto> {
    return this.dataSource.transaction(async (em) => {
      const { attempt, mark } = await this.lockMark(em, principal, markId);
      if (!mark.submitted_at) throw new ConflictError('MARK_NOT_SUBMITTED', '本题尚未给分，请直接给分 / This mark has not been given yet; submit it');
      const campaign = await this.campaigns.lockById(em, attempt.campaign_id, 'FOR SHARE');
      if (!MARKING_STATES.includes(campaign.status)) throw new ConflictError('CAMPAIGN_NOT_MARKING', '认定计划不在考核或评分阶段，不能改分 / Marks change while the campaign is assessing or scoring');
      const [recorded] = await em.query(
        `SELECT 1 FROM component_scores WHERE application_id = $1 AND component = 'theory' AND source IS NOT NULL AND status IN ('scored', 'moderation')`,
        [attempt.application_id],
      );
      if (recorded) throw new ConflictError('MARK_TOTAL_RECORDED', '该答卷总分已计入理论知识成绩，不能再改分 / The attempt’s total is already the theory component score');
      const max = checkedMax(mark, dto.points);
      const before = Number(mark.points);
      if (before === dto.points) return this.detail(em, mark);
      const now = this.clock.now();
      await em.query('UPDATE exam_short_answer_marks SET points = $2 WHERE id = $1', [markId, dto.points]);
      const { outcome, third, thirdDropped } = await this.settlement.resolveItem(em, attempt, mark.item_no, max, now);
      if (attempt.status === 'scored' && outcome.status !== 'final') {
        await em.query(`UPDATE exam_attempts SET status = 'awaiting_marking', score = NULL WHERE id = $1`, [attempt.id]);
      }
      await this.audit.record(em, principal, {
        action: 'short_answer_mark.correct',
        entityType: 'short_answer_mark',
        entityId: markId,
        organizationId: attempt.organization_id,
        reason: dto.reason,
        before: { points: before, attemptStatus: attempt.status, attemptScore: attempt.score === null ? null : Number(attempt.score) },
        after: {
          anonymousCode: mark.anonymous_code,
          itemNumber: mark.item_no,
          round: mark.round,
          points: dto.points,
          outcome: outcome.status,
          ...(outcome.status === 'final' ? { itemScore: outcome.score } : {}),
          ...(third !== undefined ? { thirdMarker: third } : {}),
          ...(thirdDropped ? { thirdMarkDropped: true } : {}),
        },
      });
      if (outcome.status === 'final') await this.settlement.settle(em, principal, attempt);
      return this.detailOf(em, markId);
    });
  }

  /** 阅卷进度 of a campaign's online exams, per session and per evaluator, for HR of its body. */
  async progress(principal: Principal, campaignId: string): Promise<MarkingProgressDto> {
    const campaign = await this.campaigns.findVisible(this.dataSource.manager, principal, campaignId);
    const sessions: {
      session_id: string;
      place: string;
      room: string;
      starts_at: Date;
      scripts: number;
      not_opened: number;
      marking: number;
      marked: number;
      marks_pending: number;
      marks_submitted: number;
      third_marks: number;
      third_unassigned: number;
    }[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.place, s.room, s.starts_at,
              count(ea.id) FILTER (WHERE ea.status = 'awaiting_marking' OR ms.attempt_id IS NOT NULL)::int AS scripts,
              count(ea.id) FILTER (WHERE ea.status = 'awaiting_marking' AND ms.attempt_id IS NULL)::int AS not_opened,
              count(ea.id) FILTER (WHERE ea.status = 'awaiting_marking' AND ms.attempt_id IS NOT NULL)::int AS marking,
              count(ea.id) FILTER (WHERE ea.status = 'scored' AND ms.attempt_id IS NOT NULL)::int AS marked,
              COALESCE(sum(mk.pending), 0)::int AS marks_pending, COALESCE(sum(mk.submitted), 0)::int AS marks_submitted,
              COALESCE(sum(mk.third), 0)::int AS third_marks, COALESCE(sum(mk.third_unassigned), 0)::int AS third_unassigned
         FROM online_exams oe JOIN exam_sessions s ON s.id = oe.session_id
         LEFT JOIN exam_attempts ea ON ea.session_id = s.id
         LEFT JOIN exam_marking_scripts ms ON ms.attempt_id = ea.id
         LEFT JOIN LATERAL (
           SELECT count(*) FILTER (WHERE m.evaluator_profile_id IS NOT NULL AND m.submitted_at IS NULL) AS pending,
                  count(*) FILTER (WHERE m.submitted_at IS NOT NULL) AS submitted,
                  count(*) FILTER (WHERE m.round = 3) AS third,
                  count(*) FILTER (WHERE m.evaluator_profile_id IS NULL) AS third_unassigned
             FROM exam_short_answer_marks m WHERE m.attempt_id = ms.attempt_id) mk ON TRUE
        WHERE oe.campaign_id = $1
        GROUP BY s.id ORDER BY s.starts_at, s.place, s.room, s.id`,
      [campaign.id],
    );
    const evaluators: { profile_id: string; pending: number; submitted: number }[] = await this.dataSource.query(
      `SELECT m.evaluator_profile_id AS profile_id,
              count(*) FILTER (WHERE m.submitted_at IS NULL AND ea.status = 'awaiting_marking')::int AS pending,
              count(*) FILTER (WHERE m.submitted_at IS NOT NULL)::int AS submitted
         FROM exam_short_answer_marks m JOIN exam_attempts ea ON ea.id = m.attempt_id
        WHERE m.campaign_id = $1 AND m.evaluator_profile_id IS NOT NULL
        GROUP BY m.evaluator_profile_id ORDER BY pending DESC, m.evaluator_profile_id`,
      [campaign.id],
    );
    const names = await this.evaluators.displayNames(this.dataSource.manager, evaluators.map((e) => e.profile_id));
    return {
      campaignId: campaign.id,
      sessions: sessions.map((r) => ({
        sessionId: r.session_id,
        place: r.place,
        room: r.room,
        startsAt: new Date(r.starts_at).toISOString(),
        scripts: r.scripts,
        notOpened: r.not_opened,
        marking: r.marking,
        marked: r.marked,
        marksPending: r.marks_pending,
        marksSubmitted: r.marks_submitted,
        thirdMarks: r.third_marks,
        thirdMarksUnassigned: r.third_unassigned,
      })),
      evaluators: evaluators.map((e) => ({ profileId: e.profile_id, displayName: names.get(e.profile_id) ?? '', pending: e.pending, submitted: e.submitted })),
    };
  }

  /** The short answers of an attempt that say something, with their points; empty ones score 0 without marking. */
  private async answeredShortAnswers(em: EntityManager, attempt: AttemptRow): Promise<{ number: number; points: number }[]> {
    const items = (await this.exams.paperItems(em, attempt.paper_id)).filter((i) => i.kind === 'short_answer');
    const answers: { item_no: number; response: ItemResponse }[] = await em.query('SELECT item_no, response FROM exam_answers WHERE attempt_id = $1', [attempt.id]);
    const answeredNos = new Set(answers.filter((a) => answered(a.response)).map((a) => a.item_no));
    const empty = items.filter((i) => !answeredNos.has(i.number)).map((i) => i.number);
    if (empty.length > 0) await em.query('UPDATE exam_answers SET points = 0 WHERE attempt_id = $1 AND item_no = ANY($2::int[])', [attempt.id, empty]);
    return items.filter((i) => answeredNos.has(i.number)).map((i) => ({ number: i.number, points: i.points }));
  }

  private async insertScript(em: EntityManager, principal: Principal, attempt: AttemptRow, now: Date): Promise<string> {
    for (;;) {
      const code = `SA-${Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')}`;
      const [row] = await em.query(
        `INSERT INTO exam_marking_scripts (attempt_id, session_id, campaign_id, organization_id, anonymous_code, opened_by, opened_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT ON CONSTRAINT exam_marking_scripts_code_uq DO NOTHING RETURNING anonymous_code`,
        [attempt.id, attempt.session_id, attempt.campaign_id, attempt.organization_id, code, principal.userId, now],
      );
      if (row) return code;
    }
  }

  /** Third marks of the session nobody could take when they were called for, given to someone who can now. */
  private async assignOpenThirdMarks(em: EntityManager, principal: Principal, campaignId: string, sessionId: string, chair: string | null, load: Map<string, number>): Promise<number> {
    const open: { id: string; attempt_id: string; organization_id: string; application_id: string; person_id: string; markers: string[] }[] = await em.query(
      `SELECT m.id, m.attempt_id, ea.organization_id, ea.application_id, ea.person_id,
              ARRAY(SELECT o.evaluator_profile_id FROM exam_short_answer_marks o WHERE o.attempt_id = m.attempt_id AND o.item_no = m.item_no AND o.evaluator_profile_id IS NOT NULL) AS markers
         FROM exam_short_answer_marks m JOIN exam_attempts ea ON ea.id = m.attempt_id
        WHERE ea.session_id = $1 AND ea.status = 'awaiting_marking' AND m.evaluator_profile_id IS NULL
        ORDER BY m.attempt_id, m.item_no FOR UPDATE OF m`,
      [sessionId],
    );
    let assigned = 0;
    for (const mark of open) {
      const eligible = await this.settlement.eligibleMarkers(em, campaignId, mark.application_id, mark.person_id);
      const third = pickThirdMarker(eligible, mark.markers, await this.settlement.chairIfFree(em, chair, mark.person_id), load);
      if (!third) continue;
      await em.query('UPDATE exam_short_answer_marks SET evaluator_profile_id = $2, assigned_at = $3 WHERE id = $1', [mark.id, third, this.clock.now()]);
      load.set(third, (load.get(third) ?? 0) + 1);
      await this.audit.record(em, principal, { action: 'short_answer_mark.assign_third', entityType: 'short_answer_mark', entityId: mark.id, organizationId: mark.organization_id, after: { thirdMarker: third } });
      assigned++;
    }
    return assigned;
  }

  /** The caller's mark and its attempt, locked: the attempt first, so marks of one attempt settle one at a time. */
  private async lockMark(em: EntityManager, principal: Principal, markId: string): Promise<{ attempt: AttemptRow & { person_id: string }; mark: MarkRow }> {
    const found = await this.myMark(em, principal, markId);
    const [attempt]: (AttemptRow & { person_id: string })[] = await em.query(
      `SELECT ${ATTEMPT_COLUMNS}, ea.person_id FROM exam_attempts ea JOIN applications a ON a.id = ea.application_id WHERE ea.id = $1 FOR UPDATE OF ea`,
      [found.attempt_id],
    );
    const [mark] = (await em.query(`SELECT ${MARK_COLUMNS} FROM ${MARK_FROM} WHERE m.id = $1 FOR UPDATE OF m`, [markId])) as MarkRow[];
    return { attempt, mark };
  }

  private async detailOf(em: EntityManager, markId: string): Promise<MarkDetailDto> {
    const [mark] = (await em.query(`SELECT ${MARK_COLUMNS} FROM ${MARK_FROM} WHERE m.id = $1`, [markId])) as MarkRow[];
    return this.detail(em, mark);
  }

  /** A mark of the calling evaluator; anyone else's is 404. */
  private async myMark(em: EntityManager, principal: Principal, markId: string): Promise<MarkRow> {
    const profileId = await this.draws.evaluatorProfileIdOfUser(principal.userId, em);
    const [row] = (await em.query(`SELECT ${MARK_COLUMNS} FROM ${MARK_FROM} WHERE m.id = $1 AND m.evaluator_profile_id = $2`, [markId, profileId])) as MarkRow[];
    if (!profileId || !row) throw new NotFoundError('Short answer mark');
    return row;
  }

  private async detail(em: EntityManager, mark: MarkRow): Promise<MarkDetailDto> {
    const [attempt]: { paper_id: string }[] = await em.query('SELECT paper_id FROM exam_attempts WHERE id = $1', [mark.attempt_id]);
    const [item] = await this.exams.paperItems(em, attempt.paper_id, mark.item_no);
    const [answer]: { response: ItemResponse }[] = await em.query('SELECT response FROM exam_answers WHERE attempt_id = $1 AND item_no = $2', [mark.attempt_id, mark.item_no]);
    return {
      ...toSummary(mark),
      stem: item.stem,
      reference: item.key.kind === 'short_answer' ? item.key.reference : '',
      text: answer?.response.kind === 'short_answer' ? answer.response.text : '',
    };
  }
}

/** The item's points, if `points` may be a mark of it (422 MARK_INVALID otherwise). */
function checkedMax(mark: MarkRow, points: number): number {
  const max = Number(mark.max_points);
  const refusal = markRefusal(points, max);
  if (refusal) {
    throw new UnprocessableError('MARK_INVALID', `给分须在0至${max}分之间、以0.5分为单位 / points are 0 to ${max} in steps of 0.5`, [
      { field: 'points', code: refusal, message: `给分须在0至${max}分之间、以0.5分为单位` },
    ]);
  }
  return max;
}

function toSummary(r: MarkRow): MarkSummaryDto {
  const status: MarkStatus = r.submitted_at ? 'submitted' : 'pending';
  return {
    id: r.id,
    anonymousCode: r.anonymous_code,
    campaignId: r.campaign_id,
    campaignName: r.campaign_name,
    itemNumber: r.item_no,
    maxPoints: Number(r.max_points),
    round: r.round,
    roundLabel: ROUND_LABELS[r.round],
    status,
    assignedAt: new Date(r.assigned_at).toISOString(),
    points: r.points === null ? null : Number(r.points),
    submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
  };
}
