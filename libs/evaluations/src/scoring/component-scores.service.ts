import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditService,
  Clock,
  ConflictError,
  ForbiddenError,
  namedQuery,
  NotFoundError,
  Principal,
  UnprocessableError,
  scopeOf,
} from '@skill-ladder/platform';
import { userSql } from '@skill-ladder/identity';
import { COMPONENT_KIND_LABELS, ComponentKind } from '@skill-ladder/standards';
import { WorkersService } from '@skill-ladder/workforce';
import { CampaignsService } from '../campaigns/campaigns.service';
import { NationalRank } from '../draw/ranks';
import { EvaluatorsService } from '../evaluators/evaluators.service';
import {
  ComponentProgressDto,
  ComponentScoreDto,
  ComponentScoreQueryDto,
  ComponentSheetDto,
  MarkAbsentDto,
  ModerateComponentDto,
  ScoringProgressDto,
  VoidComponentDto,
} from './dto/scoring.dto';
import { moderatedScore, moderationRefusal, moderatorConflict, stateChangeRefusal } from './moderation-rules';
import { SheetStatus } from './score-sheet-rules';
import { visibleComponentScoresWhere } from './component-score-scope';
import { ScoringSettingsService } from './scoring-settings.service';
import { COMPONENT_SCORE_COLUMNS, COMPONENT_SCORE_FROM, componentAuditView, ComponentScoreRow, toComponentScore } from './scoring-rows';

/**
 * Component scores once scoring runs: who sees which, the progress HR chases evaluators with,
 * and the changes with a reason in the audit trail: moderation (复核) by HR or the committee
 * chair, a candidate marked absent (缺考), a component voided (作弊, 违纪).
 */
@Injectable()
export class ComponentScoresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly campaigns: CampaignsService,
    private readonly evaluators: EvaluatorsService,
    private readonly workers: WorkersService,
    private readonly settings: ScoringSettingsService,
  ) {}

  /** Component scores the caller may see, of one campaign or (a chair's moderation queue) of all. */
  async listComponentScores(principal: Principal, campaignId: string | null, q: ComponentScoreQueryDto): Promise<ComponentScoreDto[]> {
    const scope = visibleComponentScoresWhere(principal);
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
    const scope = visibleComponentScoresWhere(principal);
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
      const settings = await this.settings.settingsRow(em, row.campaign_id);
      const role = scopeOf(principal).kind === 'evaluator' ? 'evaluator' : 'hr';
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
    const scope = visibleComponentScoresWhere(principal);
    const [row] = await namedQuery<ComponentScoreRow>(em, `SELECT ${COMPONENT_SCORE_COLUMNS} ${COMPONENT_SCORE_FROM} WHERE cs.id = :id AND ${scope.sql}`, {
      ...scope.params,
      id,
    });
    if (!row) throw new NotFoundError('Component score');
    return row;
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
}
