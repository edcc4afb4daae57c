import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditActor, AuditService, ConflictError, FieldError, Principal, UnprocessableError } from '@skill-ladder/platform';
import { levelOf } from '@skill-ladder/standards';
import { CampaignDrawsService } from '../campaign-draws/campaign-draws.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { NationalRank } from '../draw/ranks';
import { CarryOverService } from '../carry-over/carry-over.service';
import { DEFAULT_MODERATION_THRESHOLD } from '../rules/score-aggregation';
import { StartScoringResponseDto, TheoryImportReportDto } from './dto/scoring.dto';
import { ScoringSettingsService } from './scoring-settings.service';
import { num } from './scoring-rows';
import { readTheorySheet, theoryComponentScore } from './theory-sheet';

/**
 * The scoring stage run by HR of the evaluation body: it starts (sheets for every drawn
 * evaluator, carried-over components settled) and theory scores come from the exam system.
 * The component scores it creates are read and changed through `ComponentScoresService`
 * (moderation, absence, voiding), its settings through `ScoringSettingsService`.
 */
@Injectable()
export class ScoringService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignsService,
    private readonly draws: CampaignDrawsService,
    private readonly carryOver: CarryOverService,
    private readonly settings: ScoringSettingsService,
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
      const settings = await this.settings.settingsRow(em, campaign.id);
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
}
