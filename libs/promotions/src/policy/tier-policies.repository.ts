import { EntityManager } from 'typeorm';
import { Rank } from '@skill-ladder/vocabulary';
import type { TierPolicy } from '../entities/tier-policy.entity';

/** The columns of an active tier policy a treatment shows. */
export interface TreatmentRow {
  id: string;
  nationalRank: Rank;
  enterpriseTierId: string | null;
  postGrade: TierPolicy['postGrade'];
  titleGrade: TierPolicy['titleGrade'];
  monthlyAllowance: number;
  termMonths: number | null;
}

/**
 * The active tier policies of an enterprise, only the columns a treatment shows, in plain SQL:
 * the career path reads them on every request, and TypeORM's find options and entity mapping
 * showed in its CPU profile (docs/SCALING.md).
 */
export async function activeTreatmentRows(em: EntityManager, organizationId: string): Promise<TreatmentRow[]> {
  const rows = (await em.query(
    `SELECT id, national_rank AS "nationalRank", enterprise_tier_id AS "enterpriseTierId", post_grade AS "postGrade", title_grade AS "titleGrade",
            monthly_allowance AS "monthlyAllowance", term_months AS "termMonths"
       FROM tier_policies WHERE organization_id = $1 AND status = 'active'`,
    [organizationId],
  )) as (Omit<TreatmentRow, 'monthlyAllowance'> & { monthlyAllowance: string })[];
  return rows.map((r) => ({ ...r, monthlyAllowance: Number(r.monthlyAllowance) }));
}
