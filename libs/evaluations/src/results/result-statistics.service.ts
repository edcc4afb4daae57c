import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { userSql } from '@skill-ladder/identity';
import { personSql } from '@skill-ladder/workforce';

/** 通过率 of the published results (认定结果) of one occupation. */
export interface OccupationPassRate {
  occupationCode: string;
  /** Candidates with a published result: passed, failed or voided. */
  candidates: number;
  passed: number;
  failed: number;
  /** 作弊、违纪 or voided after an upheld objection: counted as candidates, never as passed. */
  voided: number;
  /** Percent with one decimal (66.7 = 66.7 %); null without candidates. */
  passRate: number | null;
}

/** 评分宽严: how one evaluator scores against the panels they sat on. */
export interface EvaluatorSeverity {
  evaluatorProfileId: string;
  name: string;
  /** Submitted sheets on components that at least one other evaluator scored too. */
  sheets: number;
  candidates: number;
  /** The evaluator's mean score on those sheets. */
  meanScore: number;
  /** Mean of (the evaluator's score − the mean of all submitted sheets of the same candidate and component), in points. Negative: stricter than the panel. */
  meanDeviation: number;
}

/** Fewer sheets than this say too little about an evaluator to be shown. */
export const SEVERITY_MIN_SHEETS = 3;

/**
 * Aggregates over campaign results and score sheets for the workforce analytics, each in one
 * query, for the campaigns run by the given evaluation bodies (enterprises) only.
 */
@Injectable()
export class ResultStatisticsService {
  async passRatesByOccupation(em: EntityManager, organizationIds: string[]): Promise<OccupationPassRate[]> {
    if (organizationIds.length === 0) return [];
    const rows = (await em.query(
      `SELECT c.occupation_code,
              count(*)::int AS candidates,
              count(*) FILTER (WHERE r.status = 'passed')::int AS passed,
              count(*) FILTER (WHERE r.status = 'failed')::int AS failed,
              count(*) FILTER (WHERE r.status = 'voided')::int AS voided
         FROM campaign_results r
         JOIN campaigns c ON c.id = r.campaign_id AND c.organization_id = r.organization_id
        WHERE r.organization_id = ANY($1::uuid[]) AND c.status <> 'cancelled'
        GROUP BY c.occupation_code
        ORDER BY c.occupation_code`,
      [organizationIds],
    )) as { occupation_code: string; candidates: number; passed: number; failed: number; voided: number }[];
    return rows.map((r) => ({
      occupationCode: r.occupation_code,
      candidates: r.candidates,
      passed: r.passed,
      failed: r.failed,
      voided: r.voided,
      passRate: r.candidates === 0 ? null : Math.round((r.passed * 1000) / r.candidates) / 10,
    }));
  }

  /**
   * Each evaluator's mean deviation from the panel mean on the same candidates and components,
   * over submitted sheets of components scored by two or more evaluators, for evaluators with at
   * least `minSheets` such sheets; the strictest first.
   */
  async evaluatorSeverity(em: EntityManager, organizationIds: string[], minSheets = SEVERITY_MIN_SHEETS): Promise<EvaluatorSeverity[]> {
    if (organizationIds.length === 0) return [];
    const rows = (await em.query(
      `WITH panel AS (
         SELECT s.evaluator_profile_id, s.application_id, s.score,
                avg(s.score) OVER (PARTITION BY s.component_score_id) AS panel_mean,
                count(*) OVER (PARTITION BY s.component_score_id) AS panel_size
           FROM score_sheets s
          WHERE s.organization_id = ANY($1::uuid[]) AND s.status = 'submitted'
       )
       SELECT p.evaluator_profile_id,
              coalesce(${personSql.fullName('e.person_id')}, ${userSql.displayName('e.user_id')}) AS name,
              count(*)::int AS sheets,
              count(DISTINCT p.application_id)::int AS candidates,
              round(avg(p.score), 2)::float8 AS mean_score,
              round(avg(p.score - p.panel_mean), 2)::float8 AS mean_deviation
         FROM panel p
         JOIN evaluator_profiles e ON e.id = p.evaluator_profile_id
        WHERE p.panel_size >= 2
        GROUP BY p.evaluator_profile_id, e.person_id, e.user_id
       HAVING count(*) >= $2
        ORDER BY mean_deviation, name, p.evaluator_profile_id`,
      [organizationIds, minSheets],
    )) as { evaluator_profile_id: string; name: string; sheets: number; candidates: number; mean_score: number; mean_deviation: number }[];
    return rows.map((r) => ({
      evaluatorProfileId: r.evaluator_profile_id,
      name: r.name,
      sheets: r.sheets,
      candidates: r.candidates,
      meanScore: r.mean_score,
      meanDeviation: r.mean_deviation,
    }));
  }
}
