import { organizationSql } from '@skill-ladder/identity';
import { definePolicy, everyRow, NOBODY, regionCovers, regionLikePattern, scopeOrganization, scopeRegion } from '@skill-ladder/platform';

/** What the competitions policy needs to know of a competition: who registered it, where, and who placed in it. */
export interface CompetitionAccessRow {
  organizationId: string;
  regionCode: string;
  /** Registered by a bureau (a graded competition), not by an enterprise (its own contest). */
  registeredByBureau: boolean;
  placedPersonIds: readonly string[];
}

/** The region codes at or above `region` that can hold a competition its enterprises see: the province, the city, the county itself. */
function coveringRegions(region: string): string[] {
  return [`${region.slice(0, 2)}0000`, `${region.slice(0, 4)}00`, region].filter((code, i, all) => all.indexOf(code) === i && regionCovers(code, region));
}

/**
 * Which competitions (`competitions` under the alias) the scope sees: the platform all; a bureau
 * those registered in its region; HR its enterprise's own contests and the graded competitions the
 * bureaus covering its region registered (the province's, the city's, the county's); a worker
 * those they placed in; an evaluator none.
 */
export const COMPETITIONS = definePolicy<CompetitionAccessRow>('competitions', {
  all: everyRow(),
  region: {
    sql: (c, scope) => ({ sql: `${c}.region_code LIKE :scopeRegion`, params: { scopeRegion: regionLikePattern(scopeRegion(scope)) } }),
    test: (row, scope) => regionCovers(scopeRegion(scope), row.regionCode),
  },
  organization: {
    sql: (c, scope) => ({
      sql: `(${c}.organization_id = :scopeOrganizationId OR (${c}.region_code = ANY(:scopeCovering) AND ${organizationSql.isBureau(`${c}.organization_id`)}))`,
      params: { scopeOrganizationId: scopeOrganization(scope), scopeCovering: coveringRegions(scopeRegion(scope)) },
    }),
    test: (row, scope) =>
      row.organizationId === scopeOrganization(scope) || (coveringRegions(scopeRegion(scope)).includes(row.regionCode) && row.registeredByBureau),
  },
  person: {
    sql: (c, scope) => ({
      sql: `EXISTS (SELECT 1 FROM competition_results cr WHERE cr.competition_id = ${c}.id AND cr.person_id = :scopePersonId)`,
      params: { scopePersonId: scope.personId ?? NOBODY },
    }),
    test: (row, scope) => row.placedPersonIds.includes(scope.personId ?? NOBODY),
  },
});
