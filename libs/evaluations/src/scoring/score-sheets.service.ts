import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditActor, AuditService, Clock, ConflictError, DomainError, NotFoundError, Principal, UnprocessableError } from '@skill-ladder/platform';
import { personSql } from '@skill-ladder/workforce';
import { AssessmentComponent, COMPONENT_KIND_LABELS, ComponentKind, StandardsService } from '@skill-ladder/standards';
import { CampaignDrawsService } from '../campaign-draws/campaign-draws.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { EVALUATION_RANK_LABELS, NationalRank } from '../draw/ranks';
import { SaveScoreSheetDto, ScoreSheetDto, ScoreSheetQueryDto } from './dto/scoring.dto';
import { aggregateSheets } from './moderation-rules';
import { duplicateCriteria, mergeSheet, SHEET_STATUS_LABELS, SheetContent, sheetInputErrors, sheetScore, SheetStatus, submitDecision } from './score-sheet-rules';
import { COMPONENT_SCORE_COLUMNS, COMPONENT_SCORE_FROM, ComponentScoreRow, componentAuditView } from './scoring-rows';

interface SheetRow {
  id: string;
  component_score_id: string;
  campaign_id: string;
  campaign_name: string;
  campaign_status: string;
  organization_id: string;
  application_id: string;
  ticket_number: string | null;
  candidate_name: string;
  rank: NationalRank;
  component: ComponentKind;
  standard_version_id: string;
  status: SheetStatus;
  score: string | null;
  criteria: Record<string, number>;
  note: string | null;
  submitted_at: Date | null;
  updated_at: Date;
}

const SHEET_COLUMNS = `s.id, s.component_score_id, s.campaign_id, c.name AS campaign_name, c.status AS campaign_status, s.organization_id,
  s.application_id, a.ticket_number, ${personSql.fullName('a.person_id')} AS candidate_name, cs.rank, s.component, c.standard_version_id, s.status,
  s.score::text AS score, s.criteria, s.note, s.submitted_at, s.updated_at`;
const SHEET_FROM = `FROM score_sheets s
  JOIN component_scores cs ON cs.id = s.component_score_id
  JOIN campaigns c ON c.id = s.campaign_id
  JOIN applications a ON a.id = s.application_id`;

/**
 * 评分表: an evaluator's own sheets, for the candidates and components they were drawn for and
 * nothing else (another evaluator's sheet answers 404). Drafts are saved as often as needed; a
 * submitted sheet is locked, and once every sheet of a candidate's component is in, the
 * component is aggregated (or held for moderation, 复核) in the same transaction.
 */
@Injectable()
export class ScoreSheetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly campaigns: CampaignsService,
    private readonly draws: CampaignDrawsService,
    private readonly standards: StandardsService,
  ) {}

  async list(principal: Principal, q: ScoreSheetQueryDto): Promise<ScoreSheetDto[]> {
    const profileId = await this.draws.evaluatorProfileIdOfUser(principal.userId);
    if (!profileId) return [];
    const rows: SheetRow[] = await this.dataSource.query(
      `SELECT ${SHEET_COLUMNS} ${SHEET_FROM}
        WHERE s.evaluator_profile_id = $1 AND ($2::uuid IS NULL OR s.campaign_id = $2) AND ($3::text IS NULL OR s.status = $3)
        ORDER BY c.number, skill_rank_order(cs.rank), s.component, a.ticket_number`,
      [profileId, q.campaignId ?? null, q.status ?? null],
    );
    const levels = new Map<string, Promise<AssessmentComponent>>();
    const out: ScoreSheetDto[] = [];
    for (const row of rows) {
      const key = `${row.standard_version_id}|${row.rank}|${row.component}`;
      if (!levels.has(key)) levels.set(key, this.componentOf(this.dataSource.manager, row));
      out.push(toDto(row, await (levels.get(key) as Promise<AssessmentComponent>)));
    }
    return out;
  }

  async get(principal: Principal, id: string): Promise<ScoreSheetDto> {
    const row = await this.findOwn(this.dataSource.manager, principal, id);
    return this.toDto(this.dataSource.manager, row);
  }

  /** Saves a draft; a submitted sheet is locked (409 SHEET_LOCKED). */
  async save(principal: Principal, id: string, dto: SaveScoreSheetDto): Promise<ScoreSheetDto> {
    return this.dataSource.transaction(async (em) => {
      const sheet = await this.lockOwn(em, principal, id);
      if (sheet.status === 'submitted') throw new ConflictError('SHEET_LOCKED', 'This sheet was submitted and is locked');
      if (sheet.status === 'cancelled') throw new ConflictError('SHEET_NOT_NEEDED', 'The candidate was marked absent or the result voided; this sheet is not scored');
      const component = await this.componentOf(em, sheet);
      const merged = mergeSheet(contentOf(sheet, component), dto);
      const errors = [...duplicateCriteria(dto), ...sheetInputErrors(component, merged, false)];
      if (errors.length > 0) throw new UnprocessableError('SHEET_INVALID', 'The sheet has invalid scores', errors);
      await em.query(
        `UPDATE score_sheets SET score = $2, criteria = $3::jsonb, note = $4, saved_count = saved_count + 1, updated_at = now() WHERE id = $1`,
        [id, sheetScore(component, merged), JSON.stringify(merged.criteria), merged.note],
      );
      const after = await this.toDto(em, await this.lockOwn(em, principal, id));
      await this.audit.record(em, principal, {
        action: 'score_sheet.save',
        entityType: 'score_sheet',
        entityId: id,
        organizationId: sheet.organization_id,
        before: { status: sheet.status, score: sheet.score === null ? null : Number(sheet.score), criteria: sheet.criteria },
        after: { status: after.status, score: after.score, criteria: after.criteria },
      });
      return after;
    });
  }

  /**
   * Submits and locks the sheet (with the content given, if any). A retried submission changes
   * nothing and answers the same; different content for a submitted sheet is refused.
   */
  async submit(principal: Principal, id: string, dto: SaveScoreSheetDto): Promise<ScoreSheetDto> {
    return this.dataSource.transaction(async (em) => {
      // A submitted sheet never changes, so a retry is answered without waiting on any lock.
      const seen = await this.findOwn(em, principal, id);
      const sheet = seen.status === 'submitted' ? seen : await this.lockOwn(em, principal, id);
      const component = await this.componentOf(em, sheet);
      const decision = submitDecision(component, { status: sheet.status, content: contentOf(sheet, component) }, dto);
      if (decision.kind === 'replay') return this.toDto(em, sheet);
      if (decision.kind === 'refuse') {
        if (decision.status === 409) throw new ConflictError(decision.code, decision.detail);
        throw new UnprocessableError(decision.code, decision.detail, decision.errors);
      }
      await em.query(
        `UPDATE score_sheets SET status = 'submitted', score = $2, criteria = $3::jsonb, note = $4, submitted_at = $5, updated_at = now() WHERE id = $1`,
        [id, decision.score, JSON.stringify(decision.content.criteria), decision.content.note, this.clock.now()],
      );
      const after = await this.lockOwn(em, principal, id);
      const response = await this.toDto(em, after);
      await this.audit.record(em, principal, {
        action: 'score_sheet.submit',
        entityType: 'score_sheet',
        entityId: id,
        organizationId: sheet.organization_id,
        before: { status: sheet.status },
        after: { status: 'submitted', applicationId: sheet.application_id, component: sheet.component, score: response.score, criteria: response.criteria },
      });
      await this.aggregateIfComplete(em, principal, sheet.component_score_id);
      return response;
    });
  }

  /**
   * Aggregates a candidate's component once every live sheet is submitted: the component score
   * is locked first, so of two last sheets submitted together the later one sees the other.
   */
  private async aggregateIfComplete(em: EntityManager, actor: AuditActor, componentScoreId: string): Promise<void> {
    const [cs] = (await em.query(`SELECT ${COMPONENT_SCORE_COLUMNS} ${COMPONENT_SCORE_FROM} WHERE cs.id = $1 FOR UPDATE OF cs`, [componentScoreId])) as ComponentScoreRow[];
    if (cs.status !== 'pending') return;
    const sheets: { status: SheetStatus; score: string | null }[] = await em.query(
      `SELECT status, score::text AS score FROM score_sheets WHERE component_score_id = $1 AND status <> 'cancelled'`,
      [componentScoreId],
    );
    if (sheets.length === 0 || sheets.some((s) => s.status !== 'submitted')) return;
    const result = aggregateSheets(sheets.map((s) => Number(s.score)), Number(cs.max_score), Number(cs.moderation_threshold));
    await em.query(
      `UPDATE component_scores SET status = $2, source = 'sheets', score = $3, aggregate_score = $4, spread = $5, sheet_count = $6, dropped = $7,
         updated_at = now() WHERE id = $1`,
      [componentScoreId, result.status, result.status === 'scored' ? result.score : null, result.score, result.spread, sheets.length,
        result.dropped.length > 0 ? result.dropped : null],
    );
    const [after] = (await em.query(`SELECT ${COMPONENT_SCORE_COLUMNS} ${COMPONENT_SCORE_FROM} WHERE cs.id = $1`, [componentScoreId])) as ComponentScoreRow[];
    await this.audit.record(em, actor, {
      action: result.status === 'moderation' ? 'component_score.to_moderation' : 'component_score.aggregate',
      entityType: 'component_score',
      entityId: componentScoreId,
      organizationId: cs.organization_id,
      before: componentAuditView(cs),
      after: { ...componentAuditView(after), sheets: sheets.map((s) => Number(s.score)), dropped: result.dropped },
    });
  }

  private async profileOf(em: EntityManager, principal: Principal): Promise<string> {
    const profileId = await this.draws.evaluatorProfileIdOfUser(principal.userId, em);
    if (!profileId) throw new NotFoundError('Score sheet');
    return profileId;
  }

  private async findOwn(em: EntityManager, principal: Principal, id: string): Promise<SheetRow> {
    const profileId = await this.profileOf(em, principal);
    const [row] = (await em.query(`SELECT ${SHEET_COLUMNS} ${SHEET_FROM} WHERE s.id = $1 AND s.evaluator_profile_id = $2`, [id, profileId])) as SheetRow[];
    if (!row) throw new NotFoundError('Score sheet');
    return row;
  }

  /**
   * The caller's sheet, locked, in a campaign that is scoring: the campaign is share-locked first
   * so the results cannot be published while a sheet is being written.
   */
  private async lockOwn(em: EntityManager, principal: Principal, id: string): Promise<SheetRow> {
    const visible = await this.findOwn(em, principal, id);
    const campaign = await this.campaigns.lockById(em, visible.campaign_id, 'FOR SHARE');
    if (campaign.status !== 'scoring') {
      throw new ConflictError('CAMPAIGN_NOT_SCORING', `Sheets are written while the campaign is scoring; it is ${campaign.status.replace(/_/g, ' ')}`);
    }
    const [row] = (await em.query(`SELECT ${SHEET_COLUMNS} ${SHEET_FROM} WHERE s.id = $1 FOR UPDATE OF s`, [id])) as SheetRow[];
    return row;
  }

  private async componentOf(em: EntityManager, sheet: Pick<SheetRow, 'standard_version_id' | 'rank' | 'component'>): Promise<AssessmentComponent> {
    const level = await this.standards.getLevel(sheet.standard_version_id, sheet.rank, em);
    const component = level.components.find((c) => c.kind === sheet.component);
    if (!component) throw new DomainError(500, 'COMPONENT_MISSING', 'Internal error', 'The pinned standard no longer defines this component');
    return component;
  }

  private async toDto(em: EntityManager, r: SheetRow): Promise<ScoreSheetDto> {
    return toDto(r, await this.componentOf(em, r));
  }
}

function toDto(r: SheetRow, component: AssessmentComponent): ScoreSheetDto {
  return {
    id: r.id,
    campaignId: r.campaign_id,
    campaignName: r.campaign_name,
    applicationId: r.application_id,
    ticketNumber: r.ticket_number,
    candidateName: r.candidate_name,
    rank: r.rank,
    rankLabel: EVALUATION_RANK_LABELS[r.rank],
    component: r.component,
    componentLabel: component.label ?? COMPONENT_KIND_LABELS[r.component],
    maxScore: component.maxScore,
    rubric: (component.rubric ?? []).map((c) => ({ code: c.code, label: c.label, weight: c.weight })),
    status: r.status,
    statusLabel: SHEET_STATUS_LABELS[r.status],
    score: r.score === null ? null : Number(r.score),
    criteria: Object.entries(r.criteria).map(([code, score]) => ({ code, score })),
    note: r.note,
    submittedAt: r.submitted_at?.toISOString() ?? null,
    updatedAt: r.updated_at.toISOString(),
  };
}

/** A rubric sheet stores its computed score too; as content only its criteria count. */
function contentOf(r: SheetRow, component: AssessmentComponent): SheetContent {
  const rubric = (component.rubric?.length ?? 0) > 0;
  return { score: rubric || r.score === null ? null : Number(r.score), criteria: r.criteria, note: r.note };
}
