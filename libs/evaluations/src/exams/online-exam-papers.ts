import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { levelOf } from '@skill-ladder/standards';
import { ConflictError, UnprocessableError } from '@skill-ladder/platform';
import { CampaignRow, CampaignsService } from '../campaigns/campaigns.service';
import { BlueprintsService } from './blueprints.service';

/** What a session's online exam is set up with, and whether anyone has started it. */
export interface OnlineExamState {
  blueprintId: string;
  lateEntryMinutes: number;
  attempts: number;
}

/** The session fields drawing papers depends on. */
export interface SessionForPapers {
  id: string;
  rank: string | null;
  seat_count: number;
}

/**
 * The papers of an online session's seats (机考试卷): drawn when HR sets the session up, and drawn
 * again when its seat count changes before anyone has started. Shared by the online exam and the
 * session editor, so both follow one rule: every seat has a paper from the blueprint, a 千人千卷
 * draw records its seed, and once the first candidate has started nothing is drawn again.
 */
@Injectable()
export class OnlineExamPapers {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly blueprints: BlueprintsService,
  ) {}

  async state(em: EntityManager, sessionId: string): Promise<OnlineExamState | null> {
    const [row]: { blueprint_id: string; late_entry_minutes: number; attempts: number }[] = await em.query(
      `SELECT oe.blueprint_id, oe.late_entry_minutes, (SELECT count(*)::int FROM exam_attempts ea WHERE ea.session_id = oe.session_id) AS attempts
         FROM online_exams oe WHERE oe.session_id = $1`,
      [sessionId],
    );
    return row ? { blueprintId: row.blueprint_id, lateEntryMinutes: row.late_entry_minutes, attempts: row.attempts } : null;
  }

  /** Refuses, with the reason, any change to what was drawn once a candidate has started. */
  static refuseStarted(state: OnlineExamState | null, what: string): void {
    if (state && state.attempts > 0) throw new ConflictError('ONLINE_EXAM_STARTED', `已有考生开考，${what} / Candidates have started the online exam`);
  }

  /**
   * Draws the paper of every seat (1 … seat count) and saves the setup: papers drawn for the
   * session before are replaced (fixed A/B papers belong to the blueprint and stay).
   */
  async draw(
    em: EntityManager,
    userId: string,
    campaign: CampaignRow,
    session: SessionForPapers,
    blueprintId: string,
    lateEntryMinutes: number,
  ): Promise<{ baseSeed: number | null; algorithm: string; seats: { seatNo: number; paperId: string }[] }> {
    OnlineExamPapers.refuseStarted(await this.state(em, session.id), '不能再更换试卷');
    const snapshot = await this.campaigns.snapshotOf(em, campaign);
    const levels: { rank: string }[] = await em.query('SELECT rank FROM campaign_levels WHERE campaign_id = $1', [campaign.id]);
    const ranks = session.rank ? [session.rank] : levels.map((l) => l.rank).filter((r) => levelOf(snapshot, r as never).components.some((c) => c.kind === 'theory'));
    if (ranks.length !== 1) {
      throw new UnprocessableError('SESSION_RANK_REQUIRED', '本计划有多个等级考理论，机考考场须指定等级 / An online session of a campaign with several levels must name its level', [
        { field: 'rank', code: 'required', message: '请先为考场指定等级' },
      ]);
    }
    const [previous]: { mode: string }[] = await em.query(
      'SELECT bp.mode FROM online_exams oe JOIN exam_blueprints bp ON bp.id = oe.blueprint_id WHERE oe.session_id = $1',
      [session.id],
    );
    const drawn: { paper_id: string }[] = await em.query('DELETE FROM online_exam_seat_papers WHERE session_id = $1 RETURNING paper_id', [session.id]);
    if (previous?.mode === 'per_candidate') await em.query('DELETE FROM exam_papers WHERE id = ANY($1::uuid[]) AND label IS NULL', [drawn.map((d) => d.paper_id)]);
    const papers = await this.blueprints.seatPapers(em, userId, campaign.organization_id, blueprintId, { occupationCode: campaign.occupation_code, rank: ranks[0] }, session.seat_count);
    await em.query(
      `INSERT INTO online_exams (session_id, campaign_id, organization_id, blueprint_id, base_seed, algorithm, late_entry_minutes, configured_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (session_id) DO UPDATE SET blueprint_id = $4, base_seed = $5, algorithm = $6, late_entry_minutes = $7, configured_by = $8, configured_at = now()`,
      [session.id, campaign.id, campaign.organization_id, blueprintId, papers.baseSeed, papers.algorithm, lateEntryMinutes, userId],
    );
    await em.query(
      `INSERT INTO online_exam_seat_papers (session_id, seat_no, paper_id) SELECT $1, x.seat_no, x.paper_id FROM jsonb_to_recordset($2::jsonb) AS x(seat_no int, paper_id uuid)`,
      [session.id, JSON.stringify(papers.seats.map((p) => ({ seat_no: p.seatNo, paper_id: p.paperId })))],
    );
    return { baseSeed: papers.baseSeed, algorithm: papers.algorithm, seats: papers.seats };
  }
}
