import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditActor, AuditService } from '@skill-ladder/platform';
import { WorkersService } from '@skill-ladder/workforce';
import { recusals } from '../draw/recusal';
import { EvaluatorsService } from '../evaluators/evaluators.service';
import { AttemptRow } from './online-exam-rows';
import { OnlineExamsService } from './online-exams.service';
import { ItemResponse } from './rules/item-kinds';
import { MarkRound, markedTotal, pickThirdMarker, ShortAnswerOutcome, shortAnswerScore } from './rules/short-answer-marking';

/**
 * How short-answer marks settle (简答题定分), shared by giving a mark and correcting one: an item's
 * score from its marks (a third marker when the first two disagree), and an attempt's total once
 * every answered short answer has its score, which then becomes the theory component score. Who
 * may mark a candidate is decided here too: the candidate's theory panel less those recused.
 */
@Injectable()
export class ShortAnswerSettlement {
  constructor(
    private readonly audit: AuditService,
    private readonly evaluators: EvaluatorsService,
    private readonly workers: WorkersService,
    private readonly exams: OnlineExamsService,
  ) {}

  /**
   * The item's state from its submitted marks, in round order: a final score goes onto the answer
   * (none while it is not final); a disagreement with no third mark yet calls one (null when nobody
   * may take it, for HR to assign later); a third mark not given is dropped when the first two now
   * agree. `third`: the third marker called, if one was.
   */
  async resolveItem(
    em: EntityManager,
    attempt: AttemptRow & { person_id: string },
    itemNo: number,
    max: number,
    now: Date,
  ): Promise<{ outcome: ShortAnswerOutcome; third?: string | null; thirdDropped?: boolean }> {
    const marks: { id: string; round: MarkRound; points: string | null; evaluator_profile_id: string | null }[] = await em.query(
      'SELECT id, round, points::text AS points, evaluator_profile_id FROM exam_short_answer_marks WHERE attempt_id = $1 AND item_no = $2 ORDER BY round',
      [attempt.id, itemNo],
    );
    const outcome = shortAnswerScore(max, marks.filter((m) => m.points !== null).map((m) => Number(m.points)));
    await em.query('UPDATE exam_answers SET points = $3 WHERE attempt_id = $1 AND item_no = $2', [attempt.id, itemNo, outcome.status === 'final' ? outcome.score : null]);
    const thirdMark = marks.find((m) => m.round === 3);
    if (outcome.status === 'final' && thirdMark && thirdMark.points === null) {
      await em.query('DELETE FROM exam_short_answer_marks WHERE id = $1', [thirdMark.id]);
      return { outcome, thirdDropped: true };
    }
    if (outcome.status !== 'third_mark_needed' || thirdMark) return { outcome };
    const eligible = await this.eligibleMarkers(em, attempt.campaign_id, attempt.application_id, attempt.person_id);
    const chair = await this.chairIfFree(em, await this.chair(em, attempt.campaign_id), attempt.person_id);
    const already = marks.map((m) => m.evaluator_profile_id).filter((m): m is string => m !== null);
    const third = pickThirdMarker(eligible, already, chair, await this.loads(em, attempt.campaign_id));
    await em.query(
      `INSERT INTO exam_short_answer_marks (attempt_id, campaign_id, organization_id, item_no, round, evaluator_profile_id, max_points, assigned_at) VALUES ($1, $2, $3, $4, 3, $5, $6, $7)`,
      [attempt.id, attempt.campaign_id, attempt.organization_id, itemNo, third, max, now],
    );
    return { outcome, third };
  }

  /**
   * Settles an attempt (locked by the caller) whose every answered short answer has its score:
   * the total of the objective part and the short answers becomes its score, and the theory
   * component's. Whether it did.
   */
  async settle(em: EntityManager, actor: AuditActor, attempt: AttemptRow): Promise<boolean> {
    const items = (await this.exams.paperItems(em, attempt.paper_id)).filter((i) => i.kind === 'short_answer');
    const answers: { item_no: number; response: ItemResponse; points: string | null }[] = await em.query(
      'SELECT item_no, response, points::text AS points FROM exam_answers WHERE attempt_id = $1',
      [attempt.id],
    );
    const byItem = new Map(answers.map((a) => [a.item_no, a]));
    const scores: number[] = [];
    for (const item of items) {
      const answer = byItem.get(item.number);
      if (!answer || !answered(answer.response)) continue;
      if (answer.points === null) return false;
      scores.push(Number(answer.points));
    }
    const score = markedTotal(Number(attempt.objective_score), scores);
    await em.query(`UPDATE exam_attempts SET status = 'scored', score = $2 WHERE id = $1`, [attempt.id, score]);
    await this.audit.record(em, actor, {
      action: 'exam_attempt.marked',
      entityType: 'exam_attempt',
      entityId: attempt.id,
      organizationId: attempt.organization_id,
      before: { status: attempt.status },
      after: { status: 'scored', objectiveScore: Number(attempt.objective_score), shortAnswers: scores, score },
    });
    await this.exams.recordTheory(em, actor, attempt, score);
    return true;
  }

  /**
   * The evaluators who may mark a candidate's short answers: the members of the candidate's panel
   * in the campaign's current theory draw, active, less those recused from the candidate by the
   * same 回避 rules the draw applies (self, relatives, supervisor/subordinate, master/apprentice,
   * declared conflicts) — a panel member whose relation was recorded after the draw drops out here.
   */
  async eligibleMarkers(em: EntityManager, campaignId: string, applicationId: string, candidatePersonId: string): Promise<string[]> {
    const panel: { profile_id: string; person_id: string | null }[] = await em.query(
      `SELECT DISTINCT m.evaluator_profile_id AS profile_id, ep.person_id
         FROM campaign_panel_members m JOIN campaign_draws d ON d.id = m.draw_id AND d.status = 'current' AND d.component = 'theory'
         JOIN campaign_panel_candidates pc ON pc.draw_id = m.draw_id AND pc.panel_no = m.panel_no
         JOIN evaluator_profiles ep ON ep.id = m.evaluator_profile_id
        WHERE d.campaign_id = $1 AND pc.application_id = $2 AND ep.status = 'active'`,
      [campaignId, applicationId],
    );
    return this.notRecused(
      em,
      panel.map((p) => ({ profileId: p.profile_id, personId: p.person_id })),
      candidatePersonId,
    );
  }

  private async notRecused(em: EntityManager, evaluators: { profileId: string; personId: string | null }[], candidatePersonId: string): Promise<string[]> {
    if (evaluators.length === 0) return [];
    const recused = recusals(
      evaluators,
      [candidatePersonId],
      await this.workers.relationsTouching(em, [candidatePersonId]),
      await this.evaluators.declaredConflicts(em, evaluators.map((e) => e.profileId), [candidatePersonId]),
    );
    return evaluators.filter((e) => !recused.get(e.profileId)?.size).map((e) => e.profileId);
  }

  async chair(em: EntityManager, campaignId: string): Promise<string | null> {
    const [row] = await em.query('SELECT chair_profile_id FROM campaign_scoring_settings WHERE campaign_id = $1', [campaignId]);
    return row?.chair_profile_id ?? null;
  }

  /** The committee chair, if there is one and they need not recuse from the candidate. */
  async chairIfFree(em: EntityManager, chair: string | null, candidatePersonId: string): Promise<string | null> {
    if (!chair) return null;
    const [profile] = await em.query(`SELECT person_id FROM evaluator_profiles WHERE id = $1 AND status = 'active'`, [chair]);
    if (!profile) return null;
    const [free] = await this.notRecused(em, [{ profileId: chair, personId: profile.person_id }], candidatePersonId);
    return free ?? null;
  }

  /** Marks assigned so far per evaluator in the campaign: markers are spread over them. */
  async loads(em: EntityManager, campaignId: string): Promise<Map<string, number>> {
    const rows: { evaluator_profile_id: string; n: number }[] = await em.query(
      'SELECT evaluator_profile_id, count(*)::int AS n FROM exam_short_answer_marks WHERE campaign_id = $1 AND evaluator_profile_id IS NOT NULL GROUP BY 1',
      [campaignId],
    );
    return new Map(rows.map((r) => [r.evaluator_profile_id, r.n]));
  }
}

export function answered(response: ItemResponse): boolean {
  return response.kind === 'short_answer' && response.text !== '';
}
