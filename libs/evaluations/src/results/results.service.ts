import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditActor, AuditService, Clock, ConflictError, NotFoundError, Principal, UnprocessableError, updateReturning } from '@skill-ladder/platform';
import { AssessmentComponent, COMPONENT_KIND_LABELS, ComponentKind, levelOf, StandardsReader, StandardVersionSnapshot } from '@skill-ladder/standards';
import { personSql } from '@skill-ladder/workforce';
import { EvaluationBodiesService } from '../bodies/evaluation-bodies.service';
import { CampaignRow, CampaignsService } from '../campaigns/campaigns.service';
import { CertificatesService } from '../certificates/certificates.service';
import { EVALUATION_RANK_LABELS, NationalRank } from '../draw/ranks';
import { CalendarService } from '../publicity/calendar.service';
import { DEFAULT_PUBLICITY_WORKING_DAYS } from '../publicity/publicity-rules';
import { ObjectionResolvedEvent, PublicityService } from '../publicity/publicity.service';
import { decideResult } from '../rules/pass-rule';
import { moderatedScore } from '../scoring/moderation-rules';
import { COMPONENT_SCORE_COLUMNS, COMPONENT_SCORE_FROM, componentAuditView, ComponentScoreRow } from '../scoring/scoring-rows';
import { CarriedOverComponent, CarryOverService } from './carry-over.service';
import {
  ApplicationResultDto,
  CampaignResultsDto,
  CandidateResultDto,
  CorrectResultDto,
  FinalizationDto,
  PublicationDto,
  PublishResultsDto,
  ResultComponentDto,
  VoidResultDto,
} from './dto/results.dto';
import { ApplicationsService } from '../applications/applications.service';
import { rankByTotal, RESULT_STATUS_LABELS, resultPayload, ResultStatus } from './result-rules';
import { rankLabel } from '@skill-ladder/vocabulary';

/** Publicity subject type of a campaign's results (公示). */
export const CAMPAIGN_RESULTS_SUBJECT = 'campaign_results';
/** 结果上报: the results go to the bureau within this many working days of finalization. */
export const REPORT_DUE_WORKING_DAYS = 10;

interface CandidateRow {
  application_id: string;
  person_id: string;
  full_name: string;
  id_number_masked: string;
  ticket_number: string | null;
  rank: NationalRank;
}

interface StoredRow {
  application_id: string;
  status: ResultStatus;
  correction_required: boolean;
  void_reason: string | null;
  revision: number;
  certificate_number: string | null;
}

/** A candidate's result as the scores stand. */
export interface EvaluatedResult {
  candidate: CandidateRow;
  status: ResultStatus | 'incomplete';
  weightedTotal: number | null;
  position: number | null;
  failedComponents: string[];
  missingComponents: string[];
  carriedOverComponents: string[];
  components: ResultComponentDto[];
  /** Components scored in this campaign at or above their pass mark (kept for a retake if the candidate failed). */
  passedHere: { component: string; score: number }[];
}

interface PublicationRow {
  campaign_id: string;
  notice_id: string;
  working_days: number;
  published_on: string;
  finalized_on: string | null;
}

/**
 * 认定结果: results computed from the component scores (pass only if every required component
 * reaches its pass mark; the weighted total ranks), published for publicity (公示), corrected or
 * voided after an upheld objection, and finalized: one certificate per passed candidate, the
 * passed components of failed ones kept for a retake, the report to the bureau due.
 */
@Injectable()
export class ResultsService implements OnModuleInit {
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
    private readonly standardsReader: StandardsReader,
  ) {}

  onModuleInit(): void {
    this.publicity.registerSubjectHandler(CAMPAIGN_RESULTS_SUBJECT, { onObjectionResolved: (em, actor, event) => this.onObjectionResolved(em, actor, event) });
  }

  /** For applications, draws and scoring of a later campaign: see CarryOverService. */
  carriedOverComponents(
    em: EntityManager,
    personId: string,
    standardId: string,
    rank: string,
    asOf: string,
    level: { components: readonly Pick<AssessmentComponent, 'kind' | 'passMark'>[]; carryOverYears: number },
  ): Promise<CarriedOverComponent[]> {
    return this.carryOver.carriedOverComponents(em, personId, standardId, rank, asOf, level);
  }

  /** The results: a preview while scoring, the stored results once published. */
  async list(principal: Principal, campaignId: string): Promise<CampaignResultsDto> {
    const em = this.dataSource.manager;
    const campaign = await this.campaigns.findVisible(em, principal, campaignId);
    return this.resultsOf(em, campaign);
  }

  /**
   * 我的成绩: the result of one application the caller may see (the applicant, HR of the body, the
   * bureau), with its component scores, once published; before that only the stage.
   */
  async applicationResult(principal: Principal, applicationId: string): Promise<ApplicationResultDto> {
    return this.dataSource.transaction(async (em) => {
      const application = await this.applications.findVisible(em, principal, applicationId);
      const publication = await this.publication(em, application.campaign_id);
      if (!publication) return { applicationId, stage: 'not_published', noticeId: null, publishedOn: null, finalizedOn: null, result: null };
      const campaign = await this.campaigns.lockById(em, application.campaign_id, 'FOR SHARE');
      const results = await this.resultsOf(em, campaign);
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

  async resultsOf(em: EntityManager, campaign: CampaignRow): Promise<CampaignResultsDto> {
    const publication = await this.publication(em, campaign.id);
    const stored = publication ? await this.stored(em, campaign.id) : new Map<string, StoredRow>();
    const evaluated = await this.evaluate(em, campaign, new Set([...stored.values()].filter((r) => r.status === 'voided').map((r) => r.application_id)));
    const items = evaluated.map((e) => toItem(e, stored.get(e.candidate.application_id)));
    return {
      campaignId: campaign.id,
      stage: !publication ? 'preview' : publication.finalized_on ? 'finalized' : 'published',
      noticeId: publication?.notice_id ?? null,
      publishedOn: publication?.published_on ?? null,
      finalizedOn: publication?.finalized_on ?? null,
      passed: items.filter((i) => i.status === 'passed').length,
      failed: items.filter((i) => i.status === 'failed').length,
      voided: items.filter((i) => i.status === 'voided').length,
      items,
    };
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
      const evaluated = await this.evaluate(em, campaign, new Set());
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
      const occupation = await this.occupationName(em, campaign.occupation_code);
      const [settings] = await em.query('SELECT publicity_working_days FROM campaign_scoring_settings WHERE campaign_id = $1', [campaign.id]);
      const workingDays = dto.workingDays ?? settings?.publicity_working_days ?? DEFAULT_PUBLICITY_WORKING_DAYS;
      const notice = await this.publicity.open(em, principal, {
        organizationId: campaign.organization_id,
        subjectType: CAMPAIGN_RESULTS_SUBJECT,
        subjectId: campaign.id,
        title: dto.title ?? `${campaign.name} 职业技能等级认定结果公示`,
        workingDays,
        entries: evaluated.map((e) => ({ personId: e.candidate.person_id, payload: this.payload(e.candidate, occupation, e.status as ResultStatus) })),
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
      const evaluated = await this.refreshStored(em, campaign);
      const mine = evaluated.find((e) => e.candidate.application_id === applicationId) as EvaluatedResult;
      const occupation = await this.occupationName(em, campaign.occupation_code);
      await this.publicity.replaceEntry(em, principal, publication.notice_id, mine.candidate.person_id, this.payload(mine.candidate, occupation, mine.status as ResultStatus), dto.reason);
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
      await this.refreshStored(em, campaign);
      return this.recordResultChange(em, principal, campaign, result, 'campaign_result.void', dto.reason);
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
      const publication = (await this.publication(em, campaign.id)) as PublicationRow;
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
      for (const e of await this.evaluate(em, campaign, new Set())) {
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

  /** The result row of a published campaign (HR of the body) that an upheld objection marked for correction. */
  private async forCorrection(em: EntityManager, principal: Principal, campaignId: string, applicationId: string) {
    const campaign = await this.campaigns.findVisible(em, principal, campaignId, 'FOR UPDATE');
    const publication = await this.publication(em, campaign.id);
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
    const results = await this.resultsOf(em, campaign);
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

  /** Recomputes the stored results from the scores (results voided as such stay voided) and the places. */
  private async refreshStored(em: EntityManager, campaign: CampaignRow): Promise<EvaluatedResult[]> {
    const stored = await this.stored(em, campaign.id);
    const voided = new Set([...stored.values()].filter((r) => r.void_reason !== null).map((r) => r.application_id));
    const evaluated = await this.evaluate(em, campaign, voided);
    for (const e of evaluated) {
      if (voided.has(e.candidate.application_id)) continue;
      await em.query(
        `UPDATE campaign_results SET status = $2, weighted_total = $3, position = $4, failed_components = $5, missing_components = $6,
           carried_over_components = $7, updated_at = now() WHERE application_id = $1`,
        [e.candidate.application_id, e.status, e.weightedTotal, e.position, e.failedComponents, e.missingComponents, e.carriedOverComponents],
      );
    }
    return evaluated;
  }

  /**
   * Every approved candidate's result from the component scores: voided when a component is
   * voided (作弊, 违纪) or the result was voided, incomplete while a component awaits scores,
   * otherwise the pass rule; places per level by weighted total among the others.
   */
  private async evaluate(em: EntityManager, campaign: CampaignRow, resultVoided: ReadonlySet<string>): Promise<EvaluatedResult[]> {
    const snapshot: StandardVersionSnapshot = await this.campaigns.snapshotOf(em, campaign);
    const candidates: CandidateRow[] = await em.query(
      `SELECT a.id AS application_id, a.person_id, ${personSql.fullName('a.person_id')} AS full_name,
              ${personSql.idNumberMasked('a.person_id')} AS id_number_masked, a.ticket_number, a.rank
         FROM applications a
        WHERE a.campaign_id = $1 AND a.status = 'approved'
        ORDER BY skill_rank_order(a.rank), a.ticket_number`,
      [campaign.id],
    );
    const scores: { application_id: string; component: ComponentKind; status: string; source: string | null; score: string | null }[] = await em.query(
      `SELECT application_id, component, status, source, score::text AS score FROM component_scores WHERE campaign_id = $1`,
      [campaign.id],
    );
    const scoreOf = new Map(scores.map((s) => [`${s.application_id}|${s.component}`, s]));
    const evaluated: EvaluatedResult[] = candidates.map((candidate) => {
      const level = levelOf(snapshot, candidate.rank);
      const rows = level.components.map((c) => ({ c, s: scoreOf.get(`${candidate.application_id}|${c.kind}`) }));
      const scoreValue = (s: (typeof rows)[number]['s']) => (s && s.status === 'scored' && s.score !== null ? Number(s.score) : null);
      const decision = decideResult(
        rows.map(({ c, s }) => ({ code: c.kind, required: true, passMark: c.passMark, weight: c.weight, score: scoreValue(s), carriedOver: s?.source === 'carried_over' })),
      );
      const voided = resultVoided.has(candidate.application_id) || rows.some(({ s }) => s?.status === 'voided');
      const incomplete = rows.some(({ s }) => !s || s.status === 'pending' || s.status === 'moderation');
      const status: EvaluatedResult['status'] = voided ? 'voided' : incomplete ? 'incomplete' : decision.passed ? 'passed' : 'failed';
      return {
        candidate,
        status,
        weightedTotal: voided ? null : decision.weightedTotal,
        position: null,
        failedComponents: decision.failedComponents,
        missingComponents: decision.missingComponents,
        carriedOverComponents: rows.filter(({ s }) => s?.source === 'carried_over').map(({ c }) => c.kind),
        components: rows.map(({ c, s }) => {
          const score = scoreValue(s);
          return {
            component: c.kind,
            label: c.label ?? COMPONENT_KIND_LABELS[c.kind],
            score,
            status: s?.status ?? 'pending',
            passMark: c.passMark,
            weight: c.weight,
            passed: score !== null && score >= c.passMark,
            carriedOver: s?.source === 'carried_over',
          };
        }),
        passedHere: rows.flatMap(({ c, s }) => {
          const score = scoreValue(s);
          return score !== null && score >= c.passMark && s?.source !== 'carried_over' ? [{ component: c.kind, score }] : [];
        }),
      };
    });
    for (const rank of new Set(evaluated.map((e) => e.candidate.rank))) {
      const inLevel = evaluated.filter((e) => e.candidate.rank === rank && e.status !== 'voided');
      const places = rankByTotal(inLevel.map((e) => ({ key: e.candidate.application_id, total: e.weightedTotal })));
      for (const e of inLevel) e.position = places.get(e.candidate.application_id) ?? null;
    }
    return evaluated;
  }

  private async stored(em: EntityManager, campaignId: string): Promise<Map<string, StoredRow>> {
    const rows: StoredRow[] = await em.query(
      `SELECT r.application_id, r.status, r.correction_required, r.void_reason, r.revision, c.certificate_number
         FROM campaign_results r LEFT JOIN certificates c ON c.id = r.certificate_id WHERE r.campaign_id = $1`,
      [campaignId],
    );
    return new Map(rows.map((r) => [r.application_id, r]));
  }

  async publication(em: EntityManager, campaignId: string): Promise<PublicationRow | null> {
    const [row] = await em.query(
      `SELECT campaign_id, notice_id, working_days, published_on::text AS published_on, finalized_on::text AS finalized_on FROM result_publications WHERE campaign_id = $1`,
      [campaignId],
    );
    return row ?? null;
  }

  private async occupationName(em: EntityManager, code: string): Promise<string> {
    return (await this.standardsReader.occupationName(code, em)) ?? code;
  }

  private payload(c: CandidateRow, occupation: string, status: ResultStatus) {
    return resultPayload({ name: c.full_name, idNumberMasked: c.id_number_masked, occupation, level: rankLabel(c.rank), status });
  }
}

function toItem(e: EvaluatedResult, stored: StoredRow | undefined): CandidateResultDto {
  const status = stored?.void_reason ? 'voided' : e.status;
  return {
    applicationId: e.candidate.application_id,
    personId: e.candidate.person_id,
    name: e.candidate.full_name,
    idNumberMasked: e.candidate.id_number_masked,
    ticketNumber: e.candidate.ticket_number,
    rank: e.candidate.rank,
    rankLabel: EVALUATION_RANK_LABELS[e.candidate.rank],
    status,
    statusLabel: status === 'incomplete' ? '评分未完成 / Scoring incomplete' : RESULT_STATUS_LABELS[status],
    weightedTotal: status === 'voided' ? null : e.weightedTotal,
    position: status === 'voided' ? null : e.position,
    failedComponents: e.failedComponents,
    missingComponents: e.missingComponents,
    components: e.components,
    correctionRequired: stored?.correction_required ?? false,
    voidReason: stored?.void_reason ?? null,
    revision: stored?.revision ?? 1,
    certificateNumber: stored?.certificate_number ?? null,
  };
}
