import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { COMPONENT_KIND_LABELS, ComponentKind, levelOf, StandardsReader, StandardVersionSnapshot } from '@skill-ladder/standards';
import { personSql } from '@skill-ladder/workforce';
import { rankLabel } from '@skill-ladder/vocabulary';
import { CampaignRow, CampaignsService } from '../campaigns/campaigns.service';
import { EVALUATION_RANK_LABELS, NationalRank } from '../draw/ranks';
import { decideResult } from '../rules/pass-rule';
import { CampaignResultsDto, CandidateResultDto, ResultComponentDto } from './dto/results.dto';
import { rankByTotal, RESULT_STATUS_LABELS, resultPayload, ResultStatus } from './result-rules';

export interface CandidateRow {
  application_id: string;
  person_id: string;
  full_name: string;
  id_number_masked: string;
  ticket_number: string | null;
  rank: NationalRank;
}

export interface StoredRow {
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

export interface PublicationRow {
  campaign_id: string;
  notice_id: string;
  working_days: number;
  published_on: string;
  finalized_on: string | null;
}


/**
 * A campaign's results as the scores stand (the pass rule, places per level) and as stored once
 * published: what publishing, correcting, finalizing and the bureau's report all read.
 */
@Injectable()
export class ResultEvaluationService {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly standardsReader: StandardsReader,
  ) {}

  /** The results of a campaign: a preview while scoring, the stored results once published. */
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

  /** Recomputes the stored results from the scores (results voided as such stay voided) and the places. */
  async refreshStored(em: EntityManager, campaign: CampaignRow): Promise<EvaluatedResult[]> {
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
  async evaluate(em: EntityManager, campaign: CampaignRow, resultVoided: ReadonlySet<string>): Promise<EvaluatedResult[]> {
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

  /** The stored results of a published campaign, by application. */
  async stored(em: EntityManager, campaignId: string): Promise<Map<string, StoredRow>> {
    const rows: StoredRow[] = await em.query(
      `SELECT r.application_id, r.status, r.correction_required, r.void_reason, r.revision, c.certificate_number
         FROM campaign_results r LEFT JOIN certificates c ON c.id = r.certificate_id WHERE r.campaign_id = $1`,
      [campaignId],
    );
    return new Map(rows.map((r) => [r.application_id, r]));
  }

  /** The campaign's publication (公示) of its results, if published. */
  async publication(em: EntityManager, campaignId: string): Promise<PublicationRow | null> {
    const [row] = await em.query(
      `SELECT campaign_id, notice_id, working_days, published_on::text AS published_on, finalized_on::text AS finalized_on FROM result_publications WHERE campaign_id = $1`,
      [campaignId],
    );
    return row ?? null;
  }

  /** The occupation's name for the notice (its code when the catalogue has none). */
  async occupationName(em: EntityManager, code: string): Promise<string> {
    return (await this.standardsReader.occupationName(code, em)) ?? code;
  }

  /** An entry of the notice: name, masked ID, occupation, level, result. */
  payload(c: CandidateRow, occupation: string, status: ResultStatus) {
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

