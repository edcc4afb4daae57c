import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AssessmentComponent } from '@skill-ladder/standards';
import { PassedComponentRecord, selectCarriedOver } from './carry-over-rules';

/** A component a retake does not sit again: passed in an earlier campaign, still in its window. */
export interface CarriedOverComponent {
  component: string;
  score: number;
  passedOn: string;
  /** The passed_components record, referenced by the retake's component score. */
  passedComponentId: string;
}

/**
 * 保留合格成绩: the passed components of failed candidates, recorded at finalization per person,
 * standard and level, and what of them a later campaign of the same standard carries over.
 */
@Injectable()
export class CarryOverService {
  /**
   * What a candidate of a later campaign need not sit again on `asOf` (its assessment start):
   * one record per component the level (of the later campaign's pinned version) still has,
   * within the level's carry-over years.
   */
  async carriedOverComponents(
    em: EntityManager,
    personId: string,
    standardId: string,
    rank: string,
    asOf: string,
    level: { components: readonly Pick<AssessmentComponent, 'kind' | 'passMark'>[]; carryOverYears: number },
  ): Promise<CarriedOverComponent[]> {
    const rows: { id: string; component: string; score: string; passed_on: string }[] = await em.query(
      `SELECT id, component, score::text AS score, passed_on::text AS passed_on FROM passed_components
        WHERE person_id = $1 AND standard_id = $2 AND rank = $3 ORDER BY passed_on, id`,
      [personId, standardId, rank],
    );
    const records: PassedComponentRecord[] = rows.map((r) => ({ id: r.id, component: r.component, score: Number(r.score), passedOn: r.passed_on }));
    const chosen = selectCarriedOver(records, level.components, level.carryOverYears, asOf);
    return level.components.flatMap((c) => {
      const record = chosen.get(c.kind);
      return record ? [{ component: c.kind, score: record.score, passedOn: record.passedOn, passedComponentId: record.id }] : [];
    });
  }

  /** Records the components a failed candidate passed, on the finalization day. */
  async recordPassed(
    em: EntityManager,
    input: { personId: string; standardId: string; rank: string; campaignId: string; applicationId: string; organizationId: string; passedOn: string; components: { component: string; score: number }[] },
  ): Promise<number> {
    if (input.components.length === 0) return 0;
    const rows: unknown[] = await em.query(
      `INSERT INTO passed_components (person_id, standard_id, rank, component, score, passed_on, campaign_id, application_id, organization_id)
       SELECT $1, $2, $3, c.component, c.score, $4, $5, $6, $7 FROM jsonb_to_recordset($8::jsonb) AS c(component text, score numeric)
       ON CONFLICT (application_id, component) DO NOTHING RETURNING id`,
      [input.personId, input.standardId, input.rank, input.passedOn, input.campaignId, input.applicationId, input.organizationId, JSON.stringify(input.components)],
    );
    return rows.length;
  }
}
