import { organizationInRegion, organizationSql } from '@skill-ladder/identity';
import { definePolicy, everyRow, NOBODY, ownOrganizationRows, Principal, scopeOf, scopeOrganization, SqlFilter } from '@skill-ladder/platform';
import { coveringRegionCodes } from '../region-cover';

/**
 * What the evaluators policy needs to know of a profile: its home organization (and that one's
 * region), and whether a bureau shared it with its region (and that bureau's region).
 */
export interface EvaluatorAccessRow {
  organizationId: string;
  organizationRegion: string;
  sharedWithRegion: boolean;
  sharedByBureauRegion: string | null;
}

/**
 * Besides the scope, the region of the caller's own organization (`Principal.regionCode`): the
 * organization scope carries no region, and HR sees the evaluators a bureau covering it shared.
 */
export interface EvaluatorAccessCtx {
  homeRegion: string | null;
}

/**
 * Which evaluator profiles (`evaluator_profiles` under the alias) the scope sees: the platform
 * all; a bureau those whose home organization lies in its region; HR its own enterprise's and
 * those a bureau covering its region (province, prefecture or its own) shared.
 */
export const EVALUATORS = definePolicy<EvaluatorAccessRow, EvaluatorAccessCtx>('evaluators', {
  all: everyRow(),
  region: organizationInRegion(),
  organization: {
    sql: (p, scope, { homeRegion }) => ({
      sql: `(${p}.organization_id = :scopeOrganizationId OR (${p}.shared_with_region AND ${organizationSql.regionIn(`${p}.shared_by_bureau_id`, 'CAST(:coveringRegions AS text[])')}))`,
      params: { scopeOrganizationId: scopeOrganization(scope), coveringRegions: homeRegion ? coveringRegionCodes(homeRegion) : [] },
    }),
    test: (row, scope, { homeRegion }) =>
      row.organizationId === scopeOrganization(scope) ||
      (row.sharedWithRegion && row.sharedByBureauRegion !== null && homeRegion !== null && coveringRegionCodes(homeRegion).includes(row.sharedByBureauRegion)),
  },
});

/** Who changes a visible profile's qualifications and status: HR of its home enterprise alone. */
export const EVALUATOR_HOME_HR = definePolicy<Pick<EvaluatorAccessRow, 'organizationId'>>('evaluator-home-hr', {
  organization: {
    sql: (p, scope) => ({ sql: `${p}.organization_id = :scopeOrganizationId`, params: { scopeOrganizationId: scope.organizationId ?? NOBODY } }),
    test: (row, scope) => row.organizationId === (scope.organizationId ?? NOBODY),
  },
});

/** What the conflicts policy needs to know of a declared conflict: the organization that declared it, and its region. */
export interface EvaluatorConflictAccessRow {
  organizationId: string;
  organizationRegion: string;
}

/**
 * Which declared conflicts (`evaluator_conflicts` under the alias) of a visible evaluator the
 * scope sees: the platform all; a bureau those declared by organizations of its region; HR those
 * its enterprise declared (they name its workers; an evaluator shared more widely may carry
 * others, naming workers the reader has no business reading).
 */
export const EVALUATOR_CONFLICTS = definePolicy<EvaluatorConflictAccessRow>('evaluator-conflicts', {
  all: everyRow(),
  region: organizationInRegion(),
  organization: ownOrganizationRows(),
});

/** `EVALUATORS` for a principal (its organization's region as the context). */
export function visibleEvaluatorsWhere(principal: Principal, p = 'p'): SqlFilter {
  return EVALUATORS.where(scopeOf(principal), p, { homeRegion: principal.regionCode });
}
