import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { organizationSql, userSql } from '@skill-ladder/identity';
import { AuditService, ConflictError, FieldError, NotFoundError, Principal, UnprocessableError } from '@skill-ladder/platform';
import { CarryOverService } from '../carry-over/carry-over.service';
import { COMPONENT_KIND_LABELS, ComponentKind, levelOf } from '@skill-ladder/standards';
import { personSql, WorkersService } from '@skill-ladder/workforce';
import { CampaignRow, CampaignsService } from '../campaigns/campaigns.service';
import { DrawFailure } from '../draw/draw';
import { DrawRule } from '../draw/panel-size';
import { EVALUATION_RANK_LABELS, EvaluationRank, NationalRank } from '../draw/ranks';
import { EvaluatorDrawService } from '../evaluators/evaluator-draw.service';
import { EvaluatorsService } from '../evaluators/evaluators.service';
import {
  CampaignDrawDto,
  CampaignDrawRequestDto,
  CampaignDrawVerificationDto,
  PanelCandidateDto,
  PanelEvaluatorDto,
  ReplaceEvaluatorDto,
} from './dto/campaign-draw.dto';
import { panelsAsDrawn, recordDrawInputs, RecordedDrawInputs, replayDraw } from './draw-replay';
import { checkReplacement } from './replacement';
import type { ErrorCode } from '@skill-ladder/platform';

/** One evaluator's candidates in one component of a campaign, for scoring. */
export interface EvaluatorAssignment {
  campaignId: string;
  drawId: string;
  rank: NationalRank;
  component: ComponentKind;
  panelNumber: number;
  candidates: { applicationId: string; personId: string; ticketNumber: string | null }[];
}

interface DrawRow {
  id: string;
  campaign_id: string;
  rank: NationalRank;
  component: ComponentKind;
  status: 'current' | 'superseded';
  seed: string;
  algorithm: string;
  rule: DrawRule;
  assessment_date: string;
  candidate_count: number;
  evaluator_count: number;
  recusals_applied: number;
  reason: string | null;
  drawn_by: string | null;
  created_at: Date;
  superseded_at: Date | null;
}

const DRAW_COLUMNS = `d.id, d.campaign_id, d.rank, d.component, d.status, d.seed, d.algorithm, d.rule, d.assessment_date::text AS assessment_date,
  d.candidate_count, d.evaluator_count, d.recusals_applied, d.reason, d.drawn_by, d.created_at, d.superseded_at`;

/**
 * The evaluator draws of a campaign (抽取考评员): for each level and component of the pinned
 * standard, evaluators are drawn over the approved applications with the component's rules
 * (minimum, odd count, ratio) and the campaign's workload cap, recorded with their seed, and
 * changed by hand only with a reason.
 */
@Injectable()
export class CampaignDrawsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignsService,
    private readonly evaluatorDraw: EvaluatorDrawService,
    private readonly evaluators: EvaluatorsService,
    private readonly workers: WorkersService,
    private readonly carryOver: CarryOverService,
  ) {}

  async draw(principal: Principal, campaignId: string, dto: CampaignDrawRequestDto): Promise<CampaignDrawDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.openForDraws(em, principal, campaignId);
      const snapshot = await this.campaigns.snapshotOf(em, campaign);
      const [level] = await em.query('SELECT rank FROM campaign_levels WHERE campaign_id = $1 AND rank = $2', [campaign.id, dto.rank]);
      if (!level) throw fieldError('LEVEL_NOT_IN_CAMPAIGN', 'rank', 'notInCampaign', '本计划不认定该等级 / not a level of this campaign');
      const component = levelOf(snapshot, dto.rank).components.find((c) => c.kind === dto.component);
      if (!component) {
        throw fieldError('COMPONENT_NOT_IN_LEVEL', 'component', 'notInLevel', '该等级标准没有这个考核项目 / the standard level has no such component');
      }
      const [current] = await em.query(
        `SELECT id FROM campaign_draws WHERE campaign_id = $1 AND rank = $2 AND component = $3 AND status = 'current' FOR UPDATE`,
        [campaign.id, dto.rank, dto.component],
      );
      if (current && !dto.reason) {
        throw new ConflictError('ALREADY_DRAWN', 'Evaluators are already drawn for this level and component; give a reason to draw again');
      }
      if (current) {
        // Superseded first, so the old draw no longer counts toward anyone's workload.
        await em.query(`UPDATE campaign_draws SET status = 'superseded', superseded_at = now() WHERE id = $1`, [current.id]);
      }
      const approved: { id: string; person_id: string; ticket_number: string | null }[] = await em.query(
        `SELECT id, person_id, ticket_number FROM applications WHERE campaign_id = $1 AND rank = $2 AND status = 'approved' ORDER BY ticket_number`,
        [campaign.id, dto.rank],
      );
      if (approved.length === 0) {
        throw fieldError('NO_APPROVED_CANDIDATES', 'rank', 'noCandidates', '该等级没有审核通过的考生 / no approved applications at this level');
      }
      // A retake sits only the components it has not passed within the carry-over window.
      const standardLevel = levelOf(snapshot, dto.rank);
      const candidates: typeof approved = [];
      for (const a of approved) {
        const kept = await this.carryOver.carriedOverComponents(em, a.person_id, snapshot.standardId, dto.rank, campaign.assessment_starts_on, standardLevel);
        if (!kept.some((k) => k.component === dto.component)) candidates.push(a);
      }
      if (candidates.length === 0) {
        throw fieldError('ALL_CARRIED_OVER', 'component', 'allCarriedOver', '该项目所有考生均沿用以往合格成绩 / every candidate carries this component over');
      }
      const rule: DrawRule = {
        minEvaluators: component.minEvaluators,
        oddCount: component.oddEvaluators,
        candidatesPerEvaluator: component.candidatesPerEvaluator,
        workloadCap: dto.workloadCap ?? campaign.workload_cap,
      };
      // No seed is passed: the server draws it, so HR cannot choose its panel.
      const { outcome, pool, relations, declaredConflicts } = await this.evaluatorDraw.draw(em, {
        organizationId: campaign.organization_id,
        occupationCode: campaign.occupation_code,
        assessmentDate: campaign.assessment_starts_on,
        candidates: candidates.map((c) => ({ personId: c.person_id, targetRank: dto.rank as EvaluationRank })),
        rule,
      });
      if (!outcome.ok) throw drawFailed(outcome, candidates);
      const inputs = recordDrawInputs({
        occupationCode: campaign.occupation_code,
        assessmentDate: campaign.assessment_starts_on,
        rule,
        candidates: candidates.map((c) => ({ applicationId: c.id, personId: c.person_id, targetRank: dto.rank as EvaluationRank })),
        pool,
        relations,
        declaredConflicts,
      });

      const [{ id }] = await em.query(
        `INSERT INTO campaign_draws (campaign_id, rank, component, seed, algorithm, rule, assessment_date, candidate_count, evaluator_count,
           recusals_applied, reason, drawn_by, inputs)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [campaign.id, dto.rank, dto.component, outcome.seed, outcome.algorithm, JSON.stringify(rule), campaign.assessment_starts_on, candidates.length,
          outcome.evaluatorCount, outcome.recusalsApplied, dto.reason ?? null, principal.userId, JSON.stringify(inputs)],
      );
      const applicationOf = new Map(candidates.map((c) => [c.person_id, c.id]));
      const panels = outcome.panels.map((p, i) => ({ no: i + 1, ...p }));
      await em.query(`INSERT INTO campaign_draw_panels (draw_id, panel_no) SELECT $1, unnest($2::smallint[])`, [id, panels.map((p) => p.no)]);
      const members = panels.flatMap((p) => p.evaluatorProfileIds.map((e) => [p.no, e] as const));
      await em.query(
        `INSERT INTO campaign_panel_members (draw_id, panel_no, evaluator_profile_id) SELECT $1, * FROM unnest($2::smallint[], $3::uuid[])`,
        [id, members.map((m) => m[0]), members.map((m) => m[1])],
      );
      const seated = panels.flatMap((p) => p.candidatePersonIds.map((c) => [p.no, applicationOf.get(c) as string] as const));
      await em.query(
        `INSERT INTO campaign_panel_candidates (draw_id, panel_no, application_id) SELECT $1, * FROM unnest($2::smallint[], $3::uuid[])`,
        [id, seated.map((s) => s[0]), seated.map((s) => s[1])],
      );
      const response = await this.load(em, id);
      await this.audit.record(em, principal, {
        action: current ? 'campaign_draw.redraw' : 'campaign_draw.draw',
        entityType: 'campaign',
        entityId: campaign.id,
        organizationId: campaign.organization_id,
        before: current ? { drawId: current.id } : undefined,
        after: { ...auditView(response), inputs },
        reason: dto.reason ?? null,
      });
      return response;
    });
  }

  /** HR replaces one evaluator of a panel by another who meets every rule; the change is kept with its reason. */
  async replace(principal: Principal, campaignId: string, drawId: string, dto: ReplaceEvaluatorDto): Promise<CampaignDrawDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.openForDraws(em, principal, campaignId);
      const [draw] = (await em.query(`SELECT ${DRAW_COLUMNS} FROM campaign_draws d WHERE d.id = $1 AND d.campaign_id = $2 FOR UPDATE`, [
        drawId,
        campaign.id,
      ])) as DrawRow[];
      if (!draw) throw new NotFoundError('Campaign draw');
      if (draw.status !== 'current') throw new ConflictError('DRAW_SUPERSEDED', 'This draw has been replaced by a later one; change the current draw');
      const members: { panel_no: number; evaluator_profile_id: string }[] = await em.query(
        'SELECT panel_no, evaluator_profile_id FROM campaign_panel_members WHERE draw_id = $1',
        [drawId],
      );
      if (!members.some((m) => m.panel_no === dto.panelNumber)) {
        throw fieldError('PANEL_NOT_FOUND', 'panelNumber', 'unknown', '本次抽取没有该考评组 / no such panel in this draw');
      }
      if (!members.some((m) => m.panel_no === dto.panelNumber && m.evaluator_profile_id === dto.removeProfileId)) {
        throw fieldError('NOT_ON_PANEL', 'removeProfileId', 'notOnPanel', '该考评员不在此考评组中 / the evaluator is not on this panel');
      }
      const panelCandidates: { person_id: string }[] = await em.query(
        `SELECT a.person_id FROM campaign_panel_candidates pc JOIN applications a ON a.id = pc.application_id WHERE pc.draw_id = $1 AND pc.panel_no = $2`,
        [drawId, dto.panelNumber],
      );
      const personIds = panelCandidates.map((c) => c.person_id);
      const pool = await this.evaluators.poolFor(em, campaign.organization_id);
      const check = checkReplacement({
        occupationCode: campaign.occupation_code,
        assessmentDate: draw.assessment_date,
        targetRank: draw.rank,
        incoming: pool.find((e) => e.profileId === dto.addProfileId),
        drawnProfileIds: new Set(members.map((m) => m.evaluator_profile_id)),
        panelCandidatePersonIds: personIds,
        relations: await this.workers.relationsTouching(em, personIds),
        declaredConflicts: await this.evaluators.declaredConflicts(em, [dto.addProfileId], personIds),
        workloadCap: draw.rule.workloadCap,
      });
      if (!check.ok) throw fieldError(check.code, 'addProfileId', check.code, check.message);
      const before = members.filter((m) => m.panel_no === dto.panelNumber).map((m) => m.evaluator_profile_id).sort();
      await em.query('UPDATE campaign_panel_members SET evaluator_profile_id = $3 WHERE draw_id = $1 AND evaluator_profile_id = $2', [
        drawId,
        dto.removeProfileId,
        dto.addProfileId,
      ]);
      await em.query(
        `INSERT INTO campaign_draw_changes (draw_id, panel_no, removed_profile_id, added_profile_id, reason, changed_by) VALUES ($1, $2, $3, $4, $5, $6)`,
        [drawId, dto.panelNumber, dto.removeProfileId, dto.addProfileId, dto.reason, principal.userId],
      );
      const after = before.map((id) => (id === dto.removeProfileId ? dto.addProfileId : id)).sort();
      await this.audit.record(em, principal, {
        action: 'campaign_draw.replace_evaluator',
        entityType: 'campaign',
        entityId: campaign.id,
        organizationId: campaign.organization_id,
        before: { drawId, panelNumber: dto.panelNumber, evaluatorProfileIds: before },
        after: { drawId, panelNumber: dto.panelNumber, evaluatorProfileIds: after },
        reason: dto.reason,
      });
      return this.load(em, drawId);
    });
  }

  /**
   * 复算核验: replays a saved draw from the seed and inputs recorded with it and says
   * whether it gives the saved panels (manual changes undone, as they are recorded apart).
   * Reads only; a draw saved before its inputs were recorded answers 409.
   */
  async verify(principal: Principal, campaignId: string, drawId: string): Promise<CampaignDrawVerificationDto> {
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const campaign = await this.campaigns.findVisible(em, principal, campaignId);
      const [draw] = (await em.query(`SELECT ${DRAW_COLUMNS} FROM campaign_draws d WHERE d.id = $1 AND d.campaign_id = $2`, [drawId, campaign.id])) as DrawRow[];
      if (!draw) throw new NotFoundError('Campaign draw');
      const [{ inputs }] = (await em.query('SELECT inputs FROM campaign_draws WHERE id = $1', [draw.id])) as { inputs: RecordedDrawInputs | null }[];
      if (!inputs) {
        throw new ConflictError('DRAW_INPUTS_NOT_RECORDED', '该次抽取未记录抽取输入，无法复算 / this draw was saved without its inputs and cannot be replayed');
      }
      const saved = await this.load(em, draw.id);
      const drawn = panelsAsDrawn(
        saved.panels.map((p) => ({ number: p.number, evaluatorProfileIds: p.evaluators.map((e) => e.profileId), candidatePersonIds: p.candidates.map((c) => c.personId) })),
        saved.changes,
      );
      const seed = Number(draw.seed);
      const verdict = replayDraw(inputs, seed, draw.algorithm, drawn);
      const differences = [...verdict.differences];
      return {
        drawId: draw.id,
        seed,
        algorithm: draw.algorithm,
        matches: differences.length === 0,
        differences,
        manualChanges: saved.changes.length,
        drawn,
        replayed: verdict.replayed,
      };
    });
  }

  async list(principal: Principal, campaignId: string, all = false): Promise<CampaignDrawDto[]> {
    const campaign = await this.campaigns.findVisible(this.dataSource.manager, principal, campaignId);
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM campaign_draws WHERE campaign_id = $1 ${all ? '' : `AND status = 'current'`}
        ORDER BY skill_rank_order(rank), component, created_at`,
      [campaign.id],
    );
    const out: CampaignDrawDto[] = [];
    for (const r of rows) out.push(await this.load(this.dataSource.manager, r.id));
    return out;
  }

  async get(principal: Principal, campaignId: string, drawId: string): Promise<CampaignDrawDto> {
    const campaign = await this.campaigns.findVisible(this.dataSource.manager, principal, campaignId);
    const [row] = await this.dataSource.query('SELECT id FROM campaign_draws WHERE id = $1 AND campaign_id = $2', [drawId, campaign.id]);
    if (!row) throw new NotFoundError('Campaign draw');
    return this.load(this.dataSource.manager, drawId);
  }

  /**
   * The candidates an evaluator is assigned in the current draws, per campaign and component,
   * for the scoring stage (an evaluator scores these and no one else). Unscoped: the caller
   * established who the evaluator is.
   */
  async assignedCandidates(
    evaluatorProfileId: string,
    filter: { campaignId?: string; component?: ComponentKind } = {},
    em: EntityManager = this.dataSource.manager,
  ): Promise<EvaluatorAssignment[]> {
    const rows: {
      campaign_id: string;
      draw_id: string;
      rank: NationalRank;
      component: ComponentKind;
      panel_no: number;
      application_id: string;
      person_id: string;
      ticket_number: string | null;
    }[] = await em.query(
      `SELECT d.campaign_id, d.id AS draw_id, d.rank, d.component, m.panel_no, a.id AS application_id, a.person_id, a.ticket_number
         FROM campaign_panel_members m
         JOIN campaign_draws d ON d.id = m.draw_id AND d.status = 'current'
         JOIN campaign_panel_candidates pc ON pc.draw_id = m.draw_id AND pc.panel_no = m.panel_no
         JOIN applications a ON a.id = pc.application_id AND a.status = 'approved'
        WHERE m.evaluator_profile_id = $1 AND ($2::uuid IS NULL OR d.campaign_id = $2) AND ($3::text IS NULL OR d.component = $3)
        ORDER BY d.campaign_id, skill_rank_order(d.rank), d.component, a.ticket_number`,
      [evaluatorProfileId, filter.campaignId ?? null, filter.component ?? null],
    );
    const byDraw = new Map<string, EvaluatorAssignment>();
    for (const r of rows) {
      const entry = byDraw.get(r.draw_id) ?? {
        campaignId: r.campaign_id,
        drawId: r.draw_id,
        rank: r.rank,
        component: r.component,
        panelNumber: r.panel_no,
        candidates: [],
      };
      entry.candidates.push({ applicationId: r.application_id, personId: r.person_id, ticketNumber: r.ticket_number });
      byDraw.set(r.draw_id, entry);
    }
    return [...byDraw.values()];
  }

  /** The evaluator profile of a user, if they have one (for routes an evaluator calls). */
  async evaluatorProfileIdOfUser(userId: string, em: EntityManager = this.dataSource.manager): Promise<string | null> {
    const [row] = await em.query('SELECT id FROM evaluator_profiles WHERE user_id = $1', [userId]);
    return row?.id ?? null;
  }

  /**
   * The campaign for a draw or a change: HR of the body (others see it as 404 or are refused by
   * the route), in assessment. Draws of all campaigns run one at a time, because each reads the
   * workloads the others write.
   */
  private async openForDraws(em: EntityManager, principal: Principal, campaignId: string): Promise<CampaignRow> {
    const campaign = await this.campaigns.findVisible(em, principal, campaignId, 'FOR SHARE');
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('campaign-draws', 7))`);
    if (campaign.status !== 'assessing') {
      throw new ConflictError('CAMPAIGN_NOT_ASSESSING', `Evaluators are drawn once assessment has started; the campaign is ${campaign.status.replace(/_/g, ' ')}`);
    }
    return campaign;
  }

  private async load(em: EntityManager, id: string): Promise<CampaignDrawDto> {
    const [d] = (await em.query(`SELECT ${DRAW_COLUMNS} FROM campaign_draws d WHERE d.id = $1`, [id])) as DrawRow[];
    if (!d) throw new NotFoundError('Campaign draw');
    const evaluators: (PanelEvaluatorDto & { panel_no: number })[] = await em.query(
      `SELECT m.panel_no, p.id AS "profileId", ${userSql.displayName('p.user_id')} AS "displayName", p.highest_rank AS "highestRank",
              p.organization_id AS "organizationId", ${organizationSql.name('p.organization_id')} AS "organizationName", COALESCE(w.candidates, 0) AS workload
         FROM campaign_panel_members m
         JOIN evaluator_profiles p ON p.id = m.evaluator_profile_id
         LEFT JOIN evaluator_workloads w ON w.evaluator_profile_id = p.id
        WHERE m.draw_id = $1 ORDER BY m.panel_no, "displayName", p.id`,
      [id],
    );
    const candidates: (PanelCandidateDto & { panel_no: number })[] = await em.query(
      `SELECT pc.panel_no, a.id AS "applicationId", a.person_id AS "personId", ${personSql.fullName('a.person_id')} AS "fullName", a.ticket_number AS "ticketNumber"
         FROM campaign_panel_candidates pc
         JOIN applications a ON a.id = pc.application_id
        WHERE pc.draw_id = $1 ORDER BY pc.panel_no, a.ticket_number`,
      [id],
    );
    const changes: {
      panel_no: number;
      removed_profile_id: string;
      removed_name: string;
      added_profile_id: string;
      added_name: string;
      reason: string;
      changed_by: string | null;
      created_at: Date;
    }[] = await em.query(
      `SELECT c.panel_no, c.removed_profile_id, ${userSql.displayName('rp.user_id')} AS removed_name, c.added_profile_id,
              ${userSql.displayName('ap.user_id')} AS added_name, c.reason, c.changed_by, c.created_at
         FROM campaign_draw_changes c
         JOIN evaluator_profiles rp ON rp.id = c.removed_profile_id
         JOIN evaluator_profiles ap ON ap.id = c.added_profile_id
        WHERE c.draw_id = $1 ORDER BY c.created_at, c.id`,
      [id],
    );
    const panelNumbers: { panel_no: number }[] = await em.query('SELECT panel_no FROM campaign_draw_panels WHERE draw_id = $1 ORDER BY panel_no', [id]);
    return {
      id: d.id,
      campaignId: d.campaign_id,
      rank: d.rank,
      rankLabel: EVALUATION_RANK_LABELS[d.rank],
      component: d.component,
      componentLabel: COMPONENT_KIND_LABELS[d.component],
      status: d.status,
      seed: Number(d.seed),
      algorithm: d.algorithm,
      rule: d.rule,
      assessmentDate: d.assessment_date,
      candidateCount: d.candidate_count,
      evaluatorCount: d.evaluator_count,
      recusalsApplied: d.recusals_applied,
      reason: d.reason,
      drawnBy: d.drawn_by,
      createdAt: d.created_at.toISOString(),
      supersededAt: d.superseded_at?.toISOString() ?? null,
      panels: panelNumbers.map(({ panel_no }) => ({
        number: panel_no,
        evaluators: evaluators.filter((e) => e.panel_no === panel_no).map(({ panel_no: _, ...e }) => e),
        candidates: candidates.filter((c) => c.panel_no === panel_no).map(({ panel_no: _, ...c }) => c),
      })),
      changes: changes.map((c) => ({
        panelNumber: c.panel_no,
        removedProfileId: c.removed_profile_id,
        removedName: c.removed_name,
        addedProfileId: c.added_profile_id,
        addedName: c.added_name,
        reason: c.reason,
        changedBy: c.changed_by,
        createdAt: c.created_at.toISOString(),
      })),
    };
  }
}

function fieldError(code: ErrorCode, field: string, fieldCode: string, message: string): UnprocessableError {
  return new UnprocessableError(code, message, [{ field, code: fieldCode, message }]);
}

/** A 422 named after the constraint that failed, with the pool in numbers and the candidates concerned by ticket number. */
function drawFailed(failure: DrawFailure, candidates: { person_id: string; ticket_number: string | null }[]): UnprocessableError {
  const s = failure.stages;
  const ticketOf = new Map(candidates.map((c) => [c.person_id, c.ticket_number]));
  const errors: FieldError[] = [
    {
      field: 'component',
      code: failure.code,
      message:
        `至少需要 ${failure.required} 名考评员；考评员库 ${s.pool} 名，本职业 ${s.occupation} 名，资格在考核日有效 ${s.validOnDate} 名，` +
        `等级符合 ${s.rankSufficient} 名，工作量未满 ${s.withinWorkload} 名 / at least ${failure.required} evaluators needed; pool ${s.pool}, ` +
        `occupation ${s.occupation}, valid on the day ${s.validOnDate}, rank sufficient ${s.rankSufficient}, within workload ${s.withinWorkload}`,
    },
    ...failure.candidatePersonIds.map((personId) => ({
      field: 'candidates',
      code: failure.code,
      message: `准考证号 ${ticketOf.get(personId) ?? '—'}：${
        failure.code === 'LEVEL_TOO_LOW' ? '没有足够可评该等级的考评员 / too few evaluators may assess this level' : '回避后没有足够的考评员 / too few evaluators remain once conflicts are excluded'
      }`,
    })),
  ];
  return new UnprocessableError(failure.code, failure.message, errors);
}

function auditView(d: CampaignDrawDto) {
  return {
    drawId: d.id,
    rank: d.rank,
    component: d.component,
    seed: d.seed,
    algorithm: d.algorithm,
    rule: d.rule,
    panels: d.panels.map((p) => ({
      number: p.number,
      evaluatorProfileIds: p.evaluators.map((e) => e.profileId),
      applicationIds: p.candidates.map((c) => c.applicationId),
    })),
  };
}
