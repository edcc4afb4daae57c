import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditActor,
  AuditService,
  Clock,
  ConflictError,
  FieldError,
  ForbiddenError,
  namedQuery,
  NotFoundError,
  Principal,
  regionLikePattern,
  requireOrganization,
  requireRegion,
  UnprocessableError,
} from '@skill-ladder/platform';
import { organizationSql, userSql } from '@skill-ladder/identity';
import { COMPONENT_KIND_LABELS, ComponentKind, levelOf } from '@skill-ladder/standards';
import { WorkersService } from '@skill-ladder/workforce';
import { CampaignDrawsService } from '../campaign-draws/campaign-draws.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { NationalRank } from '../draw/ranks';
import { EvaluatorsService } from '../evaluators/evaluators.service';
import { DEFAULT_PUBLICITY_WORKING_DAYS } from '../publicity/publicity-rules';
import { CarryOverService } from '../results/carry-over.service';
import { DEFAULT_MODERATION_THRESHOLD } from '../rules/score-aggregation';
import {
  ComponentProgressDto,
  ComponentScoreDto,
  ComponentScoreQueryDto,
  ComponentSheetDto,
  MarkAbsentDto,
  ModerateComponentDto,
  ScoringProgressDto,
  ScoringSettingsDto,
  ScoringSettingsResponseDto,
  StartScoringResponseDto,
  TheoryImportReportDto,
  VoidComponentDto,
} from './dto/scoring.dto';
import { moderatedScore, moderationRefusal, moderatorConflict, stateChangeRefusal } from './moderation-rules';
import { SheetStatus } from './score-sheet-rules';
import { COMPONENT_SCORE_COLUMNS, COMPONENT_SCORE_FROM, componentAuditView, ComponentScoreRow, num, toComponentScore } from './scoring-rows';
import { readTheorySheet } from './theory-sheet';
import { theoryComponentScore } from '../exams/rules/attempt-rules';

const NOBODY = '00000000-0000-0000-0000-000000000000';

interface SettingsRow {
  moderation_threshold: string | null;
  publicity_working_days: number | null;
  chair_profile_id: string | null;
  chair_name: string | null;
}

/**
 * The scoring stage run by HR of the evaluation body: it starts (sheets for every drawn
 * evaluator, carried-over components settled), theory scores come from the exam system,
 * components are moderated (复核) by HR or the committee chair, and candidates marked absent
 * (缺考) or their component voided (作弊, 违纪), each with a reason in the audit trail.
 */
@Injectable()
export class ScoringService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly campaigns: CampaignsService,
    private readonly draws: CampaignDrawsService,
    private readonly carryOver: CarryOverService,
    private readonly evaluators: EvaluatorsService,
    private readonly workers: WorkersService,
  ) {}

  /**
   * assessing → scoring. Creates one component score per approved candidate and component of
   * the level, and one draft sheet per evaluator drawn onto the candidate's panel. Theory scores
   * come from the exam system's import, so theory has no sheets; a component the candidate
   * passed in an earlier campaign of the same standard is carried over instead of assessed.
   */
  async start(principal: Principal, campaignId: string): Promise<StartScoringResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.campaigns.findVisible(em, principal, campaignId, 'FOR UPDATE');
      if (campaign.status !== 'assessing') {
        throw new ConflictError('INVALID_TRANSITION', `Cannot start scoring a campaign that is ${campaign.status.replace(/_/g, ' ')}`);
      }
      const snapshot = await this.campaigns.snapshotOf(em, campaign);
      const settings = await this.settingsRow(em, campaign.id);
      const threshold = num(settings?.moderation_threshold ?? null) ?? DEFAULT_MODERATION_THRESHOLD;
      const applications: { id: string; person_id: string; rank: NationalRank; ticket_number: string | null }[] =
        await em.query(`SELECT id, person_id, rank, ticket_number FROM applications WHERE campaign_id = $1 AND status = 'approved' ORDER BY rank, ticket_number`, [campaign.id]);
      if (applications.length === 0) throw new ConflictError('NO_CANDIDATES', 'The campaign has no approved candidates to score');

      // Panels of the current draws: (rank, component, application) → evaluator profiles.
      const panelsOf = new Map<string, { drawId: string; evaluators: string[] }>();
      for (const draw of await this.draws.list(principal, campaign.id)) {
        for (const panel of draw.panels) {
          for (const candidate of panel.candidates) {
            panelsOf.set(`${draw.component}|${candidate.applicationId}`, { drawId: draw.id, evaluators: panel.evaluators.map((e) => e.profileId) });
          }
        }
      }

      const problems: FieldError[] = [];
      let componentScores = 0;
      let sheets = 0;
      let carried = 0;
      for (const application of applications) {
        const level = levelOf(snapshot, application.rank);
        const carriedOver = new Map(
          (await this.carryOver.carriedOverComponents(em, application.person_id, snapshot.standardId, application.rank, campaign.assessment_starts_on, level)).map((c) => [c.component, c]),
        );
        for (const component of level.components) {
          const kept = carriedOver.get(component.kind);
          const panel = panelsOf.get(`${component.kind}|${application.id}`);
          if (!kept && component.kind !== 'theory' && !panel) {
            problems.push({
              field: `applications.${application.ticket_number ?? application.id}.${component.kind}`,
              code: 'noEvaluators',
              message: `准考证号 ${application.ticket_number ?? '—'}：「${component.label ?? component.kind}」未抽取考评员 / no evaluators drawn for this candidate and component`,
            });
            continue;
          }
          const [{ id }] = await em.query(
            `INSERT INTO component_scores (campaign_id, organization_id, application_id, person_id, rank, component, status, source, score,
               max_score, pass_mark, weight, moderation_threshold, carried_from)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
            [campaign.id, campaign.organization_id, application.id, application.person_id, application.rank, component.kind,
              kept ? 'scored' : 'pending', kept ? 'carried_over' : null, kept ? kept.score : null, component.maxScore, component.passMark,
              component.weight, threshold, kept?.passedComponentId ?? null],
          );
          componentScores++;
          if (kept) {
            carried++;
            continue;
          }
          if (component.kind === 'theory' || !panel) continue;
          await em.query(
            `INSERT INTO score_sheets (component_score_id, campaign_id, organization_id, application_id, component, draw_id, evaluator_profile_id)
             SELECT $1, $2, $3, $4, $5, $6, unnest($7::uuid[])`,
            [id, campaign.id, campaign.organization_id, application.id, component.kind, panel.drawId, panel.evaluators],
          );
          sheets += panel.evaluators.length;
        }
      }
      if (problems.length > 0) throw new UnprocessableError('CANDIDATES_WITHOUT_EVALUATORS', 'Draw evaluators for every candidate and component before scoring', problems);
      // 机考: the online exams already scored become theory scores, as an import of them would.
      const online: { ticket_number: string; score: string; max_score: string }[] = await em.query(
        `SELECT a.ticket_number, ea.score::text AS score, cs.max_score::text AS max_score
           FROM exam_attempts ea JOIN applications a ON a.id = ea.application_id
           JOIN component_scores cs ON cs.application_id = ea.application_id AND cs.component = 'theory' AND cs.source IS NULL
          WHERE ea.campaign_id = $1 AND ea.status = 'scored' ORDER BY a.ticket_number`,
        [campaign.id],
      );
      const fromOnline = await this.recordTheoryScores(
        em,
        principal,
        campaign,
        online.map((o, i) => ({ row: i + 1, ticketNumber: o.ticket_number, score: theoryComponentScore(Number(o.score), Number(o.max_score)) })),
        'online_exam',
      );
      await this.campaigns.transition(em, principal, campaign, 'start_scoring', 'hr', null);
      const response = { campaignId: campaign.id, componentScores, sheets, carriedOver: carried, theoryFromOnlineExams: fromOnline.saved };
      await this.audit.record(em, principal, {
        action: 'scoring.start',
        entityType: 'campaign',
        entityId: campaign.id,
        organizationId: campaign.organization_id,
        after: { ...response, moderationThreshold: threshold },
      });
      return response;
    });
  }

  async getSettings(principal: Principal, campaignId: string): Promise<ScoringSettingsResponseDto> {
    const campaign = await this.campaigns.findVisible(this.dataSource.manager, principal, campaignId);
    return toSettings(campaign.id, await this.settingsRow(this.dataSource.manager, campaign.id));
  }

  /**
   * The campaign's own moderation threshold (before scoring starts: it is fixed on every
   * component score then), publicity length (until publication) and committee chair.
   */
  async updateSettings(principal: Principal, campaignId: string, dto: ScoringSettingsDto): Promise<ScoringSettingsResponseDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.campaigns.findVisible(em, principal, campaignId, 'FOR UPDATE');
      const started = ['scoring', 'publicity', 'finalized', 'cancelled'].includes(campaign.status);
      const published = ['publicity', 'finalized', 'cancelled'].includes(campaign.status);
      const beforeRow = await this.settingsRow(em, campaign.id);
      const before = toSettings(campaign.id, beforeRow);
      if (dto.moderationThreshold !== undefined && started && num(beforeRow?.moderation_threshold ?? null) !== dto.moderationThreshold) {
        throw new ConflictError('SETTINGS_LOCKED', 'The moderation threshold is fixed once scoring has started');
      }
      if ((dto.publicityWorkingDays !== undefined || dto.chairProfileId !== undefined) && published) {
        throw new ConflictError('SETTINGS_LOCKED', 'The results are already published');
      }
      // The chair comes from the pool the body draws from: its own evaluators, or those a bureau covering its region shared.
      if (dto.chairProfileId && !(await this.evaluators.poolFor(em, campaign.organization_id)).some((e) => e.profileId === dto.chairProfileId)) {
        throw new UnprocessableError('UNKNOWN_EVALUATOR', '评审委员会主任须为本机构或本地区共享的在册考评员 / the chair must be an active evaluator of the body or one shared with its region', [
          { field: 'chairProfileId', code: 'unknownEvaluator', message: '考评员不存在或不在本机构可用的考评员库中 / no such evaluator in the pool the body draws from' },
        ]);
      }
      const pick = <K extends keyof ScoringSettingsDto>(key: K, current: unknown) => (dto[key] === undefined ? current : dto[key]);
      await em.query(
        `INSERT INTO campaign_scoring_settings (campaign_id, organization_id, moderation_threshold, publicity_working_days, chair_profile_id, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (campaign_id) DO UPDATE SET moderation_threshold = $3, publicity_working_days = $4, chair_profile_id = $5, updated_by = $6, updated_at = now()`,
        [campaign.id, campaign.organization_id, pick('moderationThreshold', num(beforeRow?.moderation_threshold ?? null)),
          pick('publicityWorkingDays', beforeRow?.publicity_working_days ?? null), pick('chairProfileId', beforeRow?.chair_profile_id ?? null), principal.userId],
      );
      const after = toSettings(campaign.id, await this.settingsRow(em, campaign.id));
      await this.audit.record(em, principal, {
        action: 'scoring.settings_update',
        entityType: 'campaign',
        entityId: campaign.id,
        organizationId: campaign.organization_id,
        before,
        after,
      });
      return after;
    });
  }

  /** Component scores the caller may see, of one campaign or (a chair's moderation queue) of all. */
  async listComponentScores(principal: Principal, campaignId: string | null, q: ComponentScoreQueryDto): Promise<ComponentScoreDto[]> {
    const scope = await this.scope(principal);
    if (campaignId) await this.assertCampaignVisible(scope, campaignId);
    const rows = await namedQuery<ComponentScoreRow>(
      this.dataSource,
      `SELECT ${COMPONENT_SCORE_COLUMNS} ${COMPONENT_SCORE_FROM}
        WHERE (CAST(:campaignId AS uuid) IS NULL OR cs.campaign_id = :campaignId) AND ${scope.sql}
          AND (CAST(:status AS text) IS NULL OR cs.status = :status) AND (CAST(:component AS text) IS NULL OR cs.component = :component)
        ORDER BY cmp.created_at DESC, skill_rank_order(cs.rank), a.ticket_number, cs.component
        ${campaignId ? '' : 'LIMIT 500'}`,
      { ...scope.params, campaignId, status: q.status ?? null, component: q.component ?? null },
    );
    const sheets = await this.sheetsOf(this.dataSource.manager, rows.map((r) => r.id));
    return rows.map((r) => toComponentScore(r, sheets.get(r.id) ?? []));
  }

  /**
   * 评分进度: per level and component, candidates by state and each evaluator's sheets submitted,
   * drafted (saved, not submitted) or not started — the list HR chases evaluators with, the most
   * outstanding first. One
   * query: component totals and per-evaluator counts are two grouping sets of the same join.
   */
  async progress(principal: Principal, campaignId: string): Promise<ScoringProgressDto> {
    const scope = await this.scope(principal);
    await this.assertCampaignVisible(scope, campaignId);
    const rows = await namedQuery<{
      rank: NationalRank;
      component: ComponentKind;
      evaluator_profile_id: string | null;
      evaluator_name: string | null;
      per_evaluator: boolean;
      candidates: number;
      scored: number;
      carried_over: number;
      moderation: number;
      pending: number;
      absent: number;
      voided: number;
      submitted: number;
      drafted: number;
      not_started: number;
    }>(
      this.dataSource,
      `SELECT cs.rank, cs.component, s.evaluator_profile_id, ${userSql.displayName('ep.user_id')} AS evaluator_name,
              GROUPING(s.evaluator_profile_id, ep.user_id) = 0 AS per_evaluator,
              count(DISTINCT cs.id)::int AS candidates,
              count(DISTINCT cs.id) FILTER (WHERE cs.status = 'scored' AND cs.source IS DISTINCT FROM 'carried_over')::int AS scored,
              count(DISTINCT cs.id) FILTER (WHERE cs.source = 'carried_over')::int AS carried_over,
              count(DISTINCT cs.id) FILTER (WHERE cs.status = 'moderation')::int AS moderation,
              count(DISTINCT cs.id) FILTER (WHERE cs.status = 'pending')::int AS pending,
              count(DISTINCT cs.id) FILTER (WHERE cs.status = 'absent')::int AS absent,
              count(DISTINCT cs.id) FILTER (WHERE cs.status = 'voided')::int AS voided,
              count(s.id) FILTER (WHERE s.status = 'submitted')::int AS submitted,
              count(s.id) FILTER (WHERE s.status = 'draft' AND s.saved_count > 0)::int AS drafted,
              count(s.id) FILTER (WHERE s.status = 'draft' AND s.saved_count = 0)::int AS not_started
         FROM component_scores cs
         LEFT JOIN score_sheets s ON s.component_score_id = cs.id AND s.status <> 'cancelled'
         LEFT JOIN evaluator_profiles ep ON ep.id = s.evaluator_profile_id
        WHERE cs.campaign_id = :campaignId AND ${scope.sql}
        GROUP BY GROUPING SETS ((cs.rank, cs.component), (cs.rank, cs.component, s.evaluator_profile_id, ep.user_id))
        ORDER BY skill_rank_order(cs.rank) DESC,
                 array_position(ARRAY['theory','practical','comprehensive_review','performance_review','defense'], cs.component),
                 count(s.id) FILTER (WHERE s.status = 'draft') DESC, evaluator_name NULLS FIRST`,
      { ...scope.params, campaignId },
    );
    const components = new Map<string, ComponentProgressDto>();
    for (const r of rows) {
      const key = `${r.rank}|${r.component}`;
      if (!r.per_evaluator) {
        components.set(key, {
          rank: r.rank,
          component: r.component,
          componentLabel: COMPONENT_KIND_LABELS[r.component],
          candidates: r.candidates,
          scored: r.scored,
          carriedOver: r.carried_over,
          moderation: r.moderation,
          pending: r.pending,
          absent: r.absent,
          voided: r.voided,
          sheetsSubmitted: r.submitted,
          sheetsDrafted: r.drafted,
          sheetsNotStarted: r.not_started,
          evaluators: [],
        });
      } else if (r.evaluator_profile_id) {
        components.get(key)?.evaluators.push({
          evaluatorProfileId: r.evaluator_profile_id,
          evaluatorName: r.evaluator_name ?? '',
          submitted: r.submitted,
          drafted: r.drafted,
          notStarted: r.not_started,
        });
      }
    }
    return { campaignId, components: [...components.values()] };
  }

  async getComponentScore(principal: Principal, id: string): Promise<ComponentScoreDto> {
    const row = await this.findVisible(this.dataSource.manager, principal, id);
    return toComponentScore(row, (await this.sheetsOf(this.dataSource.manager, [id])).get(id) ?? []);
  }

  /**
   * 复核: HR of the body or the campaign's committee chair, never one of the evaluators who scored
   * it nor anyone who must recuse from the candidate (本人, relations, declared conflicts), confirms
   * the aggregate or sets another score, with a reason kept with before and after.
   */
  async moderate(principal: Principal, id: string, dto: ModerateComponentDto): Promise<ComponentScoreDto> {
    return this.dataSource.transaction(async (em) => {
      const { row } = await this.lockForChange(em, principal, id);
      if (row.status !== 'moderation') throw new ConflictError('NOT_IN_MODERATION', `This component is ${row.status}, not awaiting moderation`);
      const evaluators: { evaluator_profile_id: string }[] = await em.query(
        `SELECT evaluator_profile_id FROM score_sheets WHERE component_score_id = $1 AND status = 'submitted'`,
        [id],
      );
      const settings = await this.settingsRow(em, row.campaign_id);
      const role = principal.actingAs === 'evaluator' ? 'evaluator' : 'hr';
      const [own]: { id: string; person_id: string | null }[] = await em.query('SELECT id, person_id FROM evaluator_profiles WHERE user_id = $1', [principal.userId]);
      const profileId = own?.id ?? null;
      const refusal =
        moderationRefusal({ role, profileId }, settings?.chair_profile_id ?? null, evaluators.map((e) => e.evaluator_profile_id)) ??
        moderatorConflict(
          { profileId, personIds: [own?.person_id, principal.personId].filter((p): p is string => !!p) },
          row.person_id,
          await this.workers.relationsTouching(em, [row.person_id]),
          profileId ? await this.evaluators.declaredConflicts(em, [profileId], [row.person_id]) : [],
        );
      if (refusal) throw new ForbiddenError(refusal.code, refusal.detail);
      // A chair appointed once may since have left the body's pool (sharing withdrawn, deactivated).
      if (role === 'evaluator' && !(await this.evaluators.poolFor(em, row.organization_id)).some((e) => e.profileId === profileId)) {
        throw new ForbiddenError('CHAIR_NOT_IN_POOL', '评审委员会主任已不在本机构可用的考评员库中 / the chair is no longer in the pool the body draws from');
      }
      const outcome = moderatedScore(dto.action, Number(row.aggregate_score), Number(row.max_score), dto.score);
      if ('errors' in outcome) throw new UnprocessableError('MODERATION_INVALID', 'The moderation is incomplete', outcome.errors);
      await em.query(
        `UPDATE component_scores SET status = 'scored', source = 'moderation', score = $2, moderation_action = $3, moderation_reason = $4,
           moderated_by = $5, moderated_at = $6, revision = revision + 1, updated_at = now() WHERE id = $1`,
        [id, outcome.score, dto.action, dto.reason, principal.userId, this.clock.now()],
      );
      return this.changed(em, principal, row, 'component_score.moderate', dto.reason, { action: dto.action });
    });
  }

  /** 缺考: HR marks a candidate absent from a component nobody scored yet; its draft sheets are cancelled. */
  async markAbsent(principal: Principal, id: string, dto: MarkAbsentDto): Promise<ComponentScoreDto> {
    return this.dataSource.transaction(async (em) => {
      const { row } = await this.lockForChange(em, principal, id);
      const [{ submitted }] = await em.query(`SELECT count(*)::int AS submitted FROM score_sheets WHERE component_score_id = $1 AND status = 'submitted'`, [id]);
      const refusal = stateChangeRefusal(row.status, 'absent', submitted, row.source);
      if (refusal) throw new ConflictError(refusal.code, refusal.detail);
      await em.query(
        `UPDATE component_scores SET status = 'absent', score = NULL, state_reason = $2, revision = revision + 1, updated_at = now() WHERE id = $1`,
        [id, dto.reason],
      );
      await em.query(`UPDATE score_sheets SET status = 'cancelled', updated_at = now() WHERE component_score_id = $1 AND status = 'draft'`, [id]);
      return this.changed(em, principal, row, 'component_score.absent', dto.reason, {});
    });
  }

  /** 作弊 / 违纪: HR voids a candidate's component (and so the result); submitted sheets stay for the record. */
  async voidComponent(principal: Principal, id: string, dto: VoidComponentDto): Promise<ComponentScoreDto> {
    return this.dataSource.transaction(async (em) => {
      const { row } = await this.lockForChange(em, principal, id);
      const refusal = stateChangeRefusal(row.status, 'voided', 0, row.source);
      if (refusal) throw new ConflictError(refusal.code, refusal.detail);
      await em.query(
        `UPDATE component_scores SET status = 'voided', void_kind = $2, state_reason = $3, revision = revision + 1, updated_at = now() WHERE id = $1`,
        [id, dto.kind, dto.reason],
      );
      await em.query(`UPDATE score_sheets SET status = 'cancelled', updated_at = now() WHERE component_score_id = $1 AND status = 'draft'`, [id]);
      return this.changed(em, principal, row, 'component_score.void', dto.reason, { kind: dto.kind });
    });
  }

  /**
   * Theory scores from the exam system (准考证号, 成绩): rows are matched by admission ticket in
   * this campaign; valid rows are saved together and bad ones reported with their row number.
   * The same file again changes nothing; a different score for an imported ticket is refused.
   */
  async importTheory(principal: Principal, campaignId: string, buffer: Buffer): Promise<TheoryImportReportDto> {
    let parsed;
    try {
      parsed = await readTheorySheet(buffer, 100_000);
    } catch {
      throw new UnprocessableError('XLSX_UNREADABLE', 'The file is not a workbook that can be read (XLSX)');
    }
    if (parsed.fatal) {
      throw new UnprocessableError('THEORY_SHEET_INVALID', 'The sheet cannot be read as theory scores', parsed.errors.map((e) => ({ field: `row ${e.row}`, code: e.code, message: e.message })));
    }
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.campaigns.findVisible(em, principal, campaignId, 'FOR SHARE');
      if (campaign.status !== 'scoring') {
        throw new ConflictError('CAMPAIGN_NOT_SCORING', `Scores are imported while the campaign is scoring; it is ${campaign.status.replace(/_/g, ' ')}`);
      }
      const outcome = await this.recordTheoryScores(em, principal, campaign, parsed.rows, 'import');
      const badRows = [...parsed.errors, ...outcome.badRows].sort((a, b) => a.row - b.row);
      return { rows: parsed.rows.length + parsed.errors.length, imported: outcome.saved, unchanged: outcome.unchanged, badRows };
    });
  }

  /**
   * Theory scores by admission ticket, from the exam system's sheet (`import`) or the product's own
   * online exam (`online_exam`), into the campaign's theory component scores (the campaign is
   * scoring and locked by the caller). The same score again changes nothing; a ticket that is not
   * the campaign's, a level without theory, a carried-over, absent or voided component, a score
   * out of range or a different score over a recorded one is reported with its row, not saved.
   */
  async recordTheoryScores(
    em: EntityManager,
    actor: AuditActor,
    campaign: { id: string; organization_id: string },
    rows: readonly { row: number; ticketNumber: string; score: number }[],
    source: 'import' | 'online_exam',
  ): Promise<{ saved: number; unchanged: number; badRows: { row: number; ticketNumber: string; code: string; message: string }[] }> {
    const tickets = rows.map((r) => r.ticketNumber);
    const known: { ticket_number: string }[] = await em.query(
      `SELECT ticket_number FROM applications WHERE campaign_id = $1 AND status = 'approved' AND ticket_number = ANY($2::text[])`,
      [campaign.id, tickets],
    );
    const theory: { ticket_number: string; id: string; status: string; source: string | null; score: string | null; max_score: string }[] = await em.query(
      `SELECT a.ticket_number, cs.id, cs.status, cs.source, cs.score::text AS score, cs.max_score::text AS max_score
         FROM component_scores cs JOIN applications a ON a.id = cs.application_id
        WHERE cs.campaign_id = $1 AND cs.component = 'theory' AND a.status = 'approved' AND a.ticket_number = ANY($2::text[])
        ORDER BY cs.id FOR UPDATE OF cs`,
      [campaign.id, tickets],
    );
    const theoryOf = new Map(theory.map((x) => [x.ticket_number, x]));
    const byTicket = new Map(known.map((k) => [k.ticket_number, theoryOf.get(k.ticket_number) ?? { id: null, status: null, source: null, score: null, max_score: null }]));
    const badRows: { row: number; ticketNumber: string; code: string; message: string }[] = [];
    const saved: { id: string; ticketNumber: string; score: number }[] = [];
    let unchanged = 0;
    for (const row of rows) {
      const target = byTicket.get(row.ticketNumber);
      const bad = (code: string, text: string) => badRows.push({ row: row.row, ticketNumber: row.ticketNumber, code, message: `第${row.row}行：${text}` });
      if (!target) bad('unknownTicket', '本计划无此准考证号 / no approved candidate with this ticket in the campaign');
      else if (!target.id) bad('noTheory', '该考生的等级没有理论考试 / the candidate’s level has no theory exam');
      else if (target.source === 'carried_over') bad('carriedOver', '理论成绩已保留，无需再考 / the theory exam was passed earlier and carries over');
      else if (target.status === 'absent' || target.status === 'voided') bad('settled', '已标记为缺考或成绩无效 / marked absent or voided');
      else if (row.score > Number(target.max_score)) bad('scoreRange', `成绩须在 0–${Number(target.max_score)} 之间 / out of range`);
      else if (target.status === 'scored' && Number(target.score) === row.score) unchanged++;
      else if (target.status === 'scored') bad('alreadyImported', `已导入成绩 ${Number(target.score)}，不能覆盖 / a different score was already imported`);
      else saved.push({ id: target.id, ticketNumber: row.ticketNumber, score: row.score });
    }
    for (const s of saved) {
      await em.query(`UPDATE component_scores SET status = 'scored', source = $3, score = $2, updated_at = now() WHERE id = $1`, [s.id, s.score, source]);
    }
    if (saved.length > 0) {
      await this.audit.record(em, actor, {
        action: source === 'import' ? 'component_score.import_theory' : 'component_score.online_exam_theory',
        entityType: 'campaign',
        entityId: campaign.id,
        organizationId: campaign.organization_id,
        after: { imported: saved.map((s) => ({ componentScoreId: s.id, ticketNumber: s.ticketNumber, score: s.score })), badRows: badRows.length },
      });
    }
    return { saved: saved.length, unchanged, badRows };
  }

  /** Moderation, absence, voiding: the component, locked after its campaign (share), which must be scoring. */
  private async lockForChange(em: EntityManager, principal: Principal, id: string): Promise<{ row: ComponentScoreRow }> {
    const visible = await this.findVisible(em, principal, id);
    const campaign = await this.campaigns.lockById(em, visible.campaign_id, 'FOR SHARE');
    if (campaign.status !== 'scoring') {
      throw new ConflictError('CAMPAIGN_NOT_SCORING', `Component scores change while the campaign is scoring; it is ${campaign.status.replace(/_/g, ' ')}`);
    }
    const [row] = (await em.query(`SELECT ${COMPONENT_SCORE_COLUMNS} ${COMPONENT_SCORE_FROM} WHERE cs.id = $1 FOR UPDATE OF cs`, [id])) as ComponentScoreRow[];
    return { row };
  }

  private async changed(em: EntityManager, principal: Principal, before: ComponentScoreRow, action: string, reason: string, extra: Record<string, unknown>): Promise<ComponentScoreDto> {
    const [after] = (await em.query(`SELECT ${COMPONENT_SCORE_COLUMNS} ${COMPONENT_SCORE_FROM} WHERE cs.id = $1`, [before.id])) as ComponentScoreRow[];
    await this.audit.record(em, principal, {
      action,
      entityType: 'component_score',
      entityId: before.id,
      organizationId: before.organization_id,
      before: componentAuditView(before),
      after: { ...componentAuditView(after), ...extra },
      reason,
    });
    return toComponentScore(after, (await this.sheetsOf(em, [before.id])).get(before.id) ?? []);
  }

  /**
   * The scope applied to the campaign itself (its own id and body under the names the scope
   * uses), so a campaign out of reach is 404 like any other, not an empty list.
   */
  private async assertCampaignVisible(scope: { sql: string; params: Record<string, unknown> }, campaignId: string): Promise<void> {
    const [visible] = await namedQuery<{ id: string }>(
      this.dataSource,
      `SELECT c.id FROM campaigns c
         CROSS JOIN LATERAL (SELECT c.id AS campaign_id, c.organization_id) cs
        WHERE c.id = :campaignId AND ${scope.sql}`,
      { ...scope.params, campaignId },
    );
    if (!visible) throw new NotFoundError('Campaign');
  }

  private async findVisible(em: EntityManager, principal: Principal, id: string): Promise<ComponentScoreRow> {
    const scope = await this.scope(principal);
    const [row] = await namedQuery<ComponentScoreRow>(em, `SELECT ${COMPONENT_SCORE_COLUMNS} ${COMPONENT_SCORE_FROM} WHERE cs.id = :id AND ${scope.sql}`, {
      ...scope.params,
      id,
    });
    if (!row) throw new NotFoundError('Component score');
    return row;
  }

  /**
   * Component scores (`cs`) the principal sees: the platform all, a bureau its
   * region's, HR its body's, an evaluator those of campaigns where they chair the committee.
   */
  private async scope(principal: Principal): Promise<{ sql: string; params: Record<string, unknown> }> {
    switch (principal.actingAs) {
      case 'platform_admin':
        return { sql: 'TRUE', params: {} };
      case 'bureau_officer':
        return { sql: organizationSql.inRegion('cs.organization_id', ':scopeRegion'), params: { scopeRegion: regionLikePattern(requireRegion(principal)) } };
      case 'hr_admin':
        return { sql: 'cs.organization_id = :scopeOrganizationId', params: { scopeOrganizationId: requireOrganization(principal) } };
      case 'evaluator':
        return {
          sql: 'EXISTS (SELECT 1 FROM campaign_scoring_settings st WHERE st.campaign_id = cs.campaign_id AND st.chair_profile_id = :scopeProfileId)',
          params: { scopeProfileId: (await this.draws.evaluatorProfileIdOfUser(principal.userId)) ?? NOBODY },
        };
      default:
        return { sql: 'FALSE', params: {} };
    }
  }

  private async sheetsOf(em: EntityManager, componentScoreIds: string[]): Promise<Map<string, ComponentSheetDto[]>> {
    const out = new Map<string, ComponentSheetDto[]>();
    if (componentScoreIds.length === 0) return out;
    const rows: { component_score_id: string; id: string; evaluator_profile_id: string; display_name: string; status: SheetStatus; score: string | null; submitted_at: Date | null }[] =
      await em.query(
        `SELECT s.component_score_id, s.id, s.evaluator_profile_id, ${userSql.displayName('ep.user_id')} AS display_name, s.status, s.score::text AS score, s.submitted_at
           FROM score_sheets s JOIN evaluator_profiles ep ON ep.id = s.evaluator_profile_id
          WHERE s.component_score_id = ANY($1::uuid[]) ORDER BY display_name, s.id`,
        [componentScoreIds],
      );
    for (const r of rows) {
      const list = out.get(r.component_score_id) ?? [];
      // A draft is the evaluator's own until submitted: others see that it exists, not its score.
      list.push({
        sheetId: r.id,
        evaluatorProfileId: r.evaluator_profile_id,
        evaluatorName: r.display_name,
        status: r.status,
        score: r.status === 'submitted' ? Number(r.score) : null,
        submittedAt: r.submitted_at?.toISOString() ?? null,
      });
      out.set(r.component_score_id, list);
    }
    return out;
  }

  private async settingsRow(em: EntityManager, campaignId: string): Promise<SettingsRow | null> {
    const [row] = await em.query(
      `SELECT st.moderation_threshold::text AS moderation_threshold, st.publicity_working_days, st.chair_profile_id, ${userSql.displayName('ep.user_id')} AS chair_name
         FROM campaign_scoring_settings st
         LEFT JOIN evaluator_profiles ep ON ep.id = st.chair_profile_id
        WHERE st.campaign_id = $1`,
      [campaignId],
    );
    return row ?? null;
  }
}

function toSettings(campaignId: string, row: SettingsRow | null): ScoringSettingsResponseDto {
  const threshold = num(row?.moderation_threshold ?? null);
  const days = row?.publicity_working_days ?? null;
  return {
    campaignId,
    moderationThreshold: threshold ?? DEFAULT_MODERATION_THRESHOLD,
    moderationThresholdIsDefault: threshold === null,
    publicityWorkingDays: days ?? DEFAULT_PUBLICITY_WORKING_DAYS,
    publicityWorkingDaysIsDefault: days === null,
    chairProfileId: row?.chair_profile_id ?? null,
    chairName: row?.chair_name ?? null,
  };
}
