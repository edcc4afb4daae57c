import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, Clock, ConflictError, Principal } from '@skill-ladder/platform';
import { CalendarService, DEFAULT_PUBLICITY_WORKING_DAYS, PublicityService } from '@skill-ladder/publicity';
import { ApplicationsService } from '../applications/applications.service';
import { EvaluationBodiesService } from '../bodies/evaluation-bodies.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { CertificatesService } from '../certificates/certificates.service';
import { NationalRank } from '../draw/ranks';
import { CarryOverService } from '../carry-over/carry-over.service';
import { ApplicationResultDto, CampaignResultsDto, FinalizationDto, PublicationDto, PublishResultsDto } from './dto/results.dto';
import { PublicationRow, ResultEvaluationService } from './result-evaluation.service';
import { ResultStatus } from './result-rules';

export type { EvaluatedResult } from './result-evaluation.service';

/** Publicity subject type of a campaign's results (公示). */
export const CAMPAIGN_RESULTS_SUBJECT = 'campaign_results';
/** 结果上报: the results go to the bureau within this many working days of finalization. */
export const REPORT_DUE_WORKING_DAYS = 10;

/**
 * 认定结果: results computed from the component scores (pass only if every required component
 * reaches its pass mark; the weighted total ranks; `ResultEvaluationService`), published for
 * publicity (公示), corrected or voided after an upheld objection (`ResultCorrectionsService`),
 * and finalized: one certificate per passed candidate, the passed components of failed ones kept
 * for a retake, the report to the bureau due.
 */
@Injectable()
export class ResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly campaigns: CampaignsService,
    private readonly publicity: PublicityService,
    private readonly calendar: CalendarService,
    private readonly certificates: CertificatesService,
    private readonly bodies: EvaluationBodiesService,
    private readonly carryOver: CarryOverService,
    private readonly applications: ApplicationsService,
    private readonly evaluation: ResultEvaluationService,
  ) {}

  /** The results: a preview while scoring, the stored results once published. */
  async list(principal: Principal, campaignId: string): Promise<CampaignResultsDto> {
    const em = this.dataSource.manager;
    const campaign = await this.campaigns.findVisible(em, principal, campaignId);
    return this.evaluation.resultsOf(em, campaign);
  }

  /**
   * 我的成绩: the result of one application the caller may see (the applicant, HR of the body, the
   * bureau), with its component scores, once published; before that only the stage.
   */
  async applicationResult(principal: Principal, applicationId: string): Promise<ApplicationResultDto> {
    return this.dataSource.transaction(async (em) => {
      const application = await this.applications.findVisible(em, principal, applicationId);
      const publication = await this.evaluation.publication(em, application.campaign_id);
      if (!publication) return { applicationId, stage: 'not_published', noticeId: null, publishedOn: null, finalizedOn: null, result: null };
      const campaign = await this.campaigns.lockById(em, application.campaign_id, 'FOR SHARE');
      const results = await this.evaluation.resultsOf(em, campaign);
      return {
        applicationId,
        stage: results.stage === 'finalized' ? 'finalized' : 'published',
        noticeId: results.noticeId,
        publishedOn: results.publishedOn,
        finalizedOn: results.finalizedOn,
        result: results.items.find((i) => i.applicationId === applicationId) ?? null,
      };
    });
  }

  /**
   * scoring → publicity: refused while any component awaits scores or moderation; stores the
   * results and opens the notice (name, masked ID, occupation, level, result) for the campaign's
   * window (the request's, the campaign's setting, or 5 working days).
   */
  async publish(principal: Principal, campaignId: string, dto: PublishResultsDto): Promise<PublicationDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.campaigns.findVisible(em, principal, campaignId, 'FOR UPDATE');
      if (campaign.status !== 'scoring') {
        throw new ConflictError('INVALID_TRANSITION', `Cannot publish the results of a campaign that is ${campaign.status.replace(/_/g, ' ')}`);
      }
      const [open] = await em.query(
        `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending, count(*) FILTER (WHERE status = 'moderation')::int AS moderation
           FROM component_scores WHERE campaign_id = $1`,
        [campaign.id],
      );
      if (open.pending > 0 || open.moderation > 0) {
        throw new ConflictError('SCORES_INCOMPLETE', `${open.pending} component score(s) still await scores and ${open.moderation} await moderation (复核)`);
      }
      const evaluated = await this.evaluation.evaluate(em, campaign, new Set());
      if (evaluated.some((e) => e.status === 'incomplete')) throw new ConflictError('SCORES_INCOMPLETE', 'Some candidates have components without a score');
      for (const e of evaluated) {
        await em.query(
          `INSERT INTO campaign_results (application_id, campaign_id, organization_id, person_id, rank, status, weighted_total, position,
             failed_components, missing_components, carried_over_components)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [e.candidate.application_id, campaign.id, campaign.organization_id, e.candidate.person_id, e.candidate.rank, e.status, e.weightedTotal,
            e.position, e.failedComponents, e.missingComponents, e.carriedOverComponents],
        );
      }
      const occupation = await this.evaluation.occupationName(em, campaign.occupation_code);
      const [settings] = await em.query('SELECT publicity_working_days FROM campaign_scoring_settings WHERE campaign_id = $1', [campaign.id]);
      const workingDays = dto.workingDays ?? settings?.publicity_working_days ?? DEFAULT_PUBLICITY_WORKING_DAYS;
      const notice = await this.publicity.open(em, principal, {
        organizationId: campaign.organization_id,
        subjectType: CAMPAIGN_RESULTS_SUBJECT,
        subjectId: campaign.id,
        title: dto.title ?? `${campaign.name} 职业技能等级认定结果公示`,
        workingDays,
        entries: evaluated.map((e) => ({ personId: e.candidate.person_id, payload: this.evaluation.payload(e.candidate, occupation, e.status as ResultStatus) })),
      });
      const today = this.clock.today();
      await em.query(
        `INSERT INTO result_publications (campaign_id, organization_id, notice_id, working_days, published_on, published_by) VALUES ($1, $2, $3, $4, $5, $6)`,
        [campaign.id, campaign.organization_id, notice.noticeId, workingDays, today, principal.userId],
      );
      await this.campaigns.transition(em, principal, campaign, 'publish_results', 'hr', null);
      const response: PublicationDto = {
        campaignId: campaign.id,
        noticeId: notice.noticeId,
        workingDays,
        publishedOn: today,
        startsOn: notice.startsOn,
        endsOn: notice.endsOn,
        provisional: notice.provisional,
        entries: evaluated.length,
      };
      await this.audit.record(em, principal, {
        action: 'campaign_results.publish',
        entityType: 'campaign',
        entityId: campaign.id,
        organizationId: campaign.organization_id,
        after: { ...response, results: evaluated.map((e) => ({ applicationId: e.candidate.application_id, status: e.status, weightedTotal: e.weightedTotal, position: e.position })) },
      });
      return response;
    });
  }

  /**
   * publicity → finalized, in one transaction: refused (409) while the window is open, an
   * objection is pending or a correction awaits; then one certificate per passed candidate, the
   * failed candidates' passed components kept for a retake, and the report to the bureau due
   * within 10 working days. Any failure rolls all of it back, certificate serials included.
   */
  async finalize(principal: Principal, campaignId: string): Promise<FinalizationDto> {
    return this.dataSource.transaction(async (em) => {
      const campaign = await this.campaigns.findVisible(em, principal, campaignId, 'FOR UPDATE');
      if (campaign.status !== 'publicity') {
        throw new ConflictError('INVALID_TRANSITION', `Cannot finalize a campaign that is ${campaign.status.replace(/_/g, ' ')}`);
      }
      const publication = (await this.evaluation.publication(em, campaign.id)) as PublicationRow;
      const passed: { application_id: string; person_id: string; rank: NationalRank }[] = await em.query(
        `SELECT application_id, person_id, rank FROM campaign_results WHERE campaign_id = $1 AND status = 'passed'
          ORDER BY skill_rank_order(rank), position, application_id`,
        [campaign.id],
      );
      // Filings first (shared), before anything writes the body's audit chain: the order issuing takes them in.
      if (passed.length > 0) await this.bodies.assertInScope(em, campaign.organization_id, campaign.occupation_code, [...new Set(passed.map((p) => p.rank))]);
      await this.publicity.finalize(em, principal, publication.notice_id);

      const today = this.clock.today();
      // One batch: serials consecutive in this order, a few dozen statements for ten thousand.
      const issued = await this.certificates.issueMany(
        em,
        principal,
        passed.map((p) => ({
          bodyOrganizationId: campaign.organization_id,
          personId: p.person_id,
          occupationCode: campaign.occupation_code,
          rank: p.rank,
          issuedOn: today,
          route: 'campaign' as const,
          campaignId: campaign.id,
          applicationId: p.application_id,
        })),
      );
      if (passed.length > 0) {
        await em.query(
          `UPDATE campaign_results r SET certificate_id = i.certificate_id, updated_at = now()
             FROM unnest($1::uuid[], $2::uuid[]) AS i(application_id, certificate_id) WHERE r.application_id = i.application_id`,
          [passed.map((p) => p.application_id), issued.map((c) => c.id)],
        );
      }
      const certificates: FinalizationDto['certificates'] = passed.map((p, k) => ({
        applicationId: p.application_id,
        personId: p.person_id,
        certificateId: issued[k].id,
        certificateNumber: issued[k].certificateNumber,
      }));

      const snapshot = await this.campaigns.snapshotOf(em, campaign);
      const failedIds = new Set(
        ((await em.query(`SELECT application_id FROM campaign_results WHERE campaign_id = $1 AND status = 'failed'`, [campaign.id])) as { application_id: string }[]).map(
          (r) => r.application_id,
        ),
      );
      let kept = 0;
      for (const e of await this.evaluation.evaluate(em, campaign, new Set())) {
        if (!failedIds.has(e.candidate.application_id)) continue;
        kept += await this.carryOver.recordPassed(em, {
          personId: e.candidate.person_id,
          standardId: snapshot.standardId,
          rank: e.candidate.rank,
          campaignId: campaign.id,
          applicationId: e.candidate.application_id,
          organizationId: campaign.organization_id,
          passedOn: today,
          components: e.passedHere,
        });
      }

      const calendar = await this.calendar.calendar(em);
      const dueOn = calendar.addWorkingDays(today, REPORT_DUE_WORKING_DAYS);
      const dueProvisional = !calendar.hasOfficialData(Number(today.slice(0, 4))) || !calendar.hasOfficialData(Number(dueOn.slice(0, 4)));
      await em.query(
        `UPDATE result_publications SET finalized_on = $2, finalized_by = $3, certificates_issued = $4, report_due_on = $5, report_due_provisional = $6,
           updated_at = now() WHERE campaign_id = $1`,
        [campaign.id, today, principal.userId, certificates.length, dueOn, dueProvisional],
      );
      await this.campaigns.transition(em, principal, campaign, 'finalize', 'hr', null);
      const response: FinalizationDto = { campaignId: campaign.id, finalizedOn: today, certificates, passedComponentsKept: kept, reportDueOn: dueOn, reportDueProvisional: dueProvisional };
      await this.audit.record(em, principal, {
        action: 'campaign_results.finalize',
        entityType: 'campaign',
        entityId: campaign.id,
        organizationId: campaign.organization_id,
        after: response,
      });
      return response;
    });
  }
}
