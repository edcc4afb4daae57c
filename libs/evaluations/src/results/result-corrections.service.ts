import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditActor, AuditService, ConflictError, NotFoundError, Principal, UnprocessableError, updateReturning } from '@skill-ladder/platform';
import { ObjectionResolvedEvent, PublicityService } from '@skill-ladder/publicity';
import { CampaignRow, CampaignsService } from '../campaigns/campaigns.service';
import { moderatedScore } from '../scoring/moderation-rules';
import { COMPONENT_SCORE_COLUMNS, COMPONENT_SCORE_FROM, componentAuditView, ComponentScoreRow } from '../scoring/scoring-rows';
import { CandidateResultDto, CorrectResultDto, VoidResultDto } from './dto/results.dto';
import { EvaluatedResult, ResultEvaluationService, StoredRow } from './result-evaluation.service';
import { ResultStatus } from './result-rules';
import { CAMPAIGN_RESULTS_SUBJECT } from './results.service';

/**
 * 异议处理后的更正: an upheld objection against a published result marks it for correction; HR
 * then re-scores a component (re-publicized) or voids the result, during publicity only.
 */
@Injectable()
export class ResultCorrectionsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignsService,
    private readonly publicity: PublicityService,
    private readonly evaluation: ResultEvaluationService,
  ) {}

  onModuleInit(): void {
    this.publicity.registerSubjectHandler(CAMPAIGN_RESULTS_SUBJECT, { onObjectionResolved: (em, actor, event) => this.onObjectionResolved(em, actor, event) });
  }

  /**
   * An upheld objection marks the candidate's result for correction; HR then corrects a
   * component (re-publicized) or voids the result. A dismissed one leaves the result as it is
   * (the resolution is kept with the objection).
   */
  private async onObjectionResolved(em: EntityManager, actor: AuditActor, event: ObjectionResolvedEvent): Promise<void> {
    if (event.outcome !== 'upheld' || !event.personId) return;
    const rows = await updateReturning<{ application_id: string }>(
      em,
      `UPDATE campaign_results SET correction_required = true, objection_id = $3, updated_at = now()
        WHERE campaign_id = $1 AND person_id = $2 AND status <> 'voided' RETURNING application_id`,
      [event.subjectId, event.personId, event.objectionId],
    );
    for (const row of rows) {
      await this.audit.record(em, actor, {
        action: 'campaign_result.correction_required',
        entityType: 'campaign_result',
        entityId: row.application_id,
        organizationId: event.organizationId,
        before: { correctionRequired: false },
        after: { correctionRequired: true, objectionId: event.objectionId },
        reason: event.resolution,
      });
    }
  }

  /**
   * After an upheld objection: re-scores one component with a reason (before/after audited),
   * recomputes the result and the level's places, and re-publicizes the corrected entry.
   */
  async correct(principal: Principal, campaignId: string, applicationId: string, dto: CorrectResultDto): Promise<CandidateResultDto> {
    return this.dataSource.transaction(async (em) => {
      const { campaign, publication, result } = await this.forCorrection(em, principal, campaignId, applicationId);
      const [cs] = (await em.query(`SELECT ${COMPONENT_SCORE_COLUMNS} ${COMPONENT_SCORE_FROM} WHERE cs.application_id = $1 AND cs.component = $2 FOR UPDATE OF cs`, [
        applicationId,
        dto.component,
      ])) as ComponentScoreRow[];
      if (!cs) {
        throw new UnprocessableError('COMPONENT_NOT_IN_LEVEL', 'The candidate’s level has no such component', [
          { field: 'component', code: 'notInLevel', message: '该等级没有这个考核项目 / not a component of the level' },
        ]);
      }
      if (cs.source === 'carried_over') throw new ConflictError('SCORE_CARRIED_OVER', 'This component was passed in an earlier campaign and is carried over');
      const outcome = moderatedScore('rescore', Number(cs.score ?? 0), Number(cs.max_score), dto.score);
      if ('errors' in outcome) throw new UnprocessableError('CORRECTION_INVALID', 'The corrected score is invalid', outcome.errors);
      await em.query(
        `UPDATE component_scores SET status = 'scored', source = 'correction', score = $2, state_reason = NULL, void_kind = NULL,
           revision = revision + 1, updated_at = now() WHERE id = $1`,
        [cs.id, outcome.score],
      );
      const [after] = (await em.query(`SELECT ${COMPONENT_SCORE_COLUMNS} ${COMPONENT_SCORE_FROM} WHERE cs.id = $1`, [cs.id])) as ComponentScoreRow[];
      await this.audit.record(em, principal, {
        action: 'component_score.correct',
        entityType: 'component_score',
        entityId: cs.id,
        organizationId: campaign.organization_id,
        before: componentAuditView(cs),
        after: componentAuditView(after),
        reason: dto.reason,
      });
      const evaluated = await this.evaluation.refreshStored(em, campaign);
      const mine = evaluated.find((e) => e.candidate.application_id === applicationId) as EvaluatedResult;
      const occupation = await this.evaluation.occupationName(em, campaign.occupation_code);
      await this.publicity.replaceEntry(em, principal, publication.notice_id, mine.candidate.person_id, this.evaluation.payload(mine.candidate, occupation, mine.status as ResultStatus), dto.reason);
      await em.query(
        `UPDATE campaign_results SET correction_required = false, revision = revision + 1, updated_at = now() WHERE application_id = $1`,
        [applicationId],
      );
      return this.recordResultChange(em, principal, campaign, result, 'campaign_result.correct', dto.reason);
    });
  }

  /** After an upheld objection: voids the result (e.g. 代考), withdrawing it from the notice. */
  async voidResult(principal: Principal, campaignId: string, applicationId: string, dto: VoidResultDto): Promise<CandidateResultDto> {
    return this.dataSource.transaction(async (em) => {
      const { campaign, publication, result, personId } = await this.forCorrection(em, principal, campaignId, applicationId);
      await this.publicity.withdrawEntry(em, principal, publication.notice_id, personId, dto.reason);
      await em.query(
        `UPDATE campaign_results SET status = 'voided', void_reason = $2, weighted_total = NULL, position = NULL, correction_required = false,
           revision = revision + 1, updated_at = now() WHERE application_id = $1`,
        [applicationId, dto.reason],
      );
      await this.evaluation.refreshStored(em, campaign);
      return this.recordResultChange(em, principal, campaign, result, 'campaign_result.void', dto.reason);
    });
  }

  /** The result row of a published campaign (HR of the body) that an upheld objection marked for correction. */
  private async forCorrection(em: EntityManager, principal: Principal, campaignId: string, applicationId: string) {
    const campaign = await this.campaigns.findVisible(em, principal, campaignId, 'FOR UPDATE');
    const publication = await this.evaluation.publication(em, campaign.id);
    const [result] = (await em.query(
      `SELECT r.application_id, r.person_id, r.status, r.correction_required, r.void_reason, r.revision, r.weighted_total::text AS weighted_total, r.position
         FROM campaign_results r WHERE r.campaign_id = $1 AND r.application_id = $2`,
      [campaign.id, applicationId],
    )) as (StoredRow & { person_id: string; weighted_total: string | null; position: number | null })[];
    if (!result || !publication) throw new NotFoundError('Result');
    if (campaign.status !== 'publicity') throw new ConflictError('CAMPAIGN_NOT_IN_PUBLICITY', 'Results are corrected during publicity only');
    if (!result.correction_required) {
      throw new ConflictError('NO_CORRECTION_REQUIRED', 'A published result changes only after an upheld objection (异议成立)');
    }
    return { campaign, publication, result, personId: result.person_id };
  }

  private async recordResultChange(em: EntityManager, principal: Principal, campaign: CampaignRow, before: unknown, action: string, reason: string): Promise<CandidateResultDto> {
    const b = before as StoredRow & { weighted_total: string | null; position: number | null };
    const results = await this.evaluation.resultsOf(em, campaign);
    const item = results.items.find((i) => i.applicationId === b.application_id) as CandidateResultDto;
    await this.audit.record(em, principal, {
      action,
      entityType: 'campaign_result',
      entityId: b.application_id,
      organizationId: campaign.organization_id,
      before: { status: b.status, weightedTotal: b.weighted_total === null ? null : Number(b.weighted_total), position: b.position, revision: b.revision },
      after: { status: item.status, weightedTotal: item.weightedTotal, position: item.position, revision: item.revision, components: item.components },
      reason,
    });
    return item;
  }
}
