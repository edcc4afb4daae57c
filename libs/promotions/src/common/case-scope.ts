import { organizationInRegion } from '@skill-ladder/identity';
import { definePolicy, everyRow, NOBODY, ownOrganizationRows, ownPersonRows, PolicyRule, Principal, Scope, scopeOf, SqlFilter } from '@skill-ladder/platform';

/**
 * What the case policies need to know of a promotion case — an appointment (评聘), a title
 * recognition (比照认定) or a competition promotion (以赛代评), all three with the enterprise in
 * `organization_id`, the worker in `person_id` and, once known, the deciding bureau in `bureau_id`:
 * the enterprise and its region, the worker, the bureau.
 */
export interface CaseAccessRow {
  organizationId: string;
  organizationRegion: string;
  personId: string;
  bureauId: string | null;
}

/**
 * Which promotion cases (`appointments`, `title_recognitions` or `competition_promotions` under the
 * alias) the scope sees: the platform all, a bureau those of enterprises in its region, HR its own
 * enterprise's, a worker their own. The three kinds of case are seen alike.
 */
export const CASES = definePolicy<Pick<CaseAccessRow, 'organizationId' | 'organizationRegion' | 'personId'>>('cases', {
  all: everyRow(),
  region: organizationInRegion(),
  organization: ownOrganizationRows(),
  person: ownPersonRows(),
});

/** HR of the enterprise in `organization_id` (not a bureau or the platform, who only read). */
const ENTERPRISE_HR: PolicyRule<Extract<Scope, { kind: 'organization' }>, { organizationId: string }, void> = {
  sql: (c, scope) => ({ sql: `${c}.organization_id = :scopeOrganizationId`, params: { scopeOrganizationId: scope.organizationId ?? NOBODY } }),
  test: (row, scope) => row.organizationId === (scope.organizationId ?? NOBODY),
};

/**
 * Who acts on a visible case (beyond seeing it): HR of the enterprise takes the enterprise's steps
 * (endorse, decline, review, publicity, appoint, renew, revoke), and the bureau it went to
 * (`bureau_id`, set on endorsement, on proposal, or when publicity closes) alone decides — not
 * another bureau of the same region.
 */
export const CASE_ENTERPRISE_HR = definePolicy<Pick<CaseAccessRow, 'organizationId'>>('case-enterprise-hr', { organization: ENTERPRISE_HR });

export const CASE_DECIDING_BUREAU = definePolicy<Pick<CaseAccessRow, 'bureauId'>>('case-deciding-bureau', {
  region: {
    sql: (c, scope) => ({ sql: `${c}.bureau_id = :scopeOrganizationId`, params: { scopeOrganizationId: scope.organizationId ?? NOBODY } }),
    test: (row, scope) => row.bureauId === (scope.organizationId ?? NOBODY),
  },
});

/** Who withdraws an appointment case or a title recognition: the worker whose case it is, or HR of the enterprise. */
export const CASE_WITHDRAWAL = definePolicy<Pick<CaseAccessRow, 'organizationId' | 'personId'>>('case-withdrawal', {
  organization: ENTERPRISE_HR,
  person: ownPersonRows(),
});

/** Who maintains an enterprise's tier policies (`tier_policies`), which appointment cases are filed under: its own HR. */
export const TIER_POLICY_HR = definePolicy<{ organizationId: string }>('tier-policy-hr', { organization: ENTERPRISE_HR });

/** `CASES` for a principal, under the name call sites know. */
export function visibleCasesWhere(principal: Principal, alias: string): SqlFilter {
  return CASES.where(scopeOf(principal), alias);
}
