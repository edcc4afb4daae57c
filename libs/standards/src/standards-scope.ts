import { organizationSql } from '@skill-ladder/identity';
import { definePolicy, everyRow, NOBODY, Principal, regionCovers, regionLikePattern, Scope, scopeOf, scopeOrganization, scopeRegion, SqlFilter } from '@skill-ladder/platform';

/** What the standards policies need to know of a standard: its enterprise (null for national and industry ones) and that enterprise's region. */
export interface StandardAccessRow {
  organizationId: string | null;
  ownerRegion: string | null;
}

/**
 * A worker's scope names their person, not the organization of their account, which is what an
 * enterprise's standards are shown by: the caller passes it (`standardsContextOf`).
 */
export interface StandardsContext {
  accountOrganizationId: string | null;
}

/** National and industry standards, or those of one organization (404 without one, as `scopeOrganization`). */
function ownOrNational(organizationId: string | null) {
  const own = scopeOrganization({ organizationId });
  return {
    sql: (s: string): SqlFilter => ({ sql: `(${s}.organization_id IS NULL OR ${s}.organization_id = :scopeOrganizationId)`, params: { scopeOrganizationId: own } }),
    test: (row: StandardAccessRow): boolean => row.organizationId === null || row.organizationId === own,
  };
}

/**
 * Which standards (`standards` under the alias) the scope sees: national and industry ones
 * everyone; an enterprise's the platform, the bureaus whose region covers it, and its own people
 * (HR, evaluators and workers of the organization their account belongs to).
 */
export const STANDARDS = definePolicy<StandardAccessRow, StandardsContext>('standards', {
  all: everyRow(),
  region: {
    sql: (s, scope) => ({
      sql: `(${s}.organization_id IS NULL OR ${organizationSql.inRegion(`${s}.organization_id`, ':scopeRegion')})`,
      params: { scopeRegion: regionLikePattern(scopeRegion(scope)) },
    }),
    test: (row, scope) => {
      const region = scopeRegion(scope);
      return row.organizationId === null || (row.ownerRegion !== null && regionCovers(region, row.ownerRegion));
    },
  },
  organization: { sql: (s, scope) => ownOrNational(scope.organizationId).sql(s), test: (row, scope) => ownOrNational(scope.organizationId).test(row) },
  evaluator: { sql: (s, scope) => ownOrNational(scope.organizationId).sql(s), test: (row, scope) => ownOrNational(scope.organizationId).test(row) },
  person: { sql: (s, _scope, ctx) => ownOrNational(ctx.accountOrganizationId).sql(s), test: (row, _scope, ctx) => ownOrNational(ctx.accountOrganizationId).test(row) },
});

/** National and industry standards are the platform's to write and to review. */
const PLATFORM_STANDARD = {
  sql: (s: string): SqlFilter => ({ sql: `${s}.organization_id IS NULL`, params: {} }),
  test: (row: StandardAccessRow): boolean => row.organizationId === null,
};

/** An enterprise's standard, for a bureau whose region covers the enterprise (none without a region). */
const COVERING_BUREAU = {
  sql: (s: string, scope: Extract<Scope, { kind: 'region' }>): SqlFilter =>
    scope.regionCode
      ? { sql: `(${s}.organization_id IS NOT NULL AND ${organizationSql.inRegion(`${s}.organization_id`, ':scopeRegion')})`, params: { scopeRegion: regionLikePattern(scope.regionCode) } }
      : { sql: 'FALSE', params: {} },
  test: (row: StandardAccessRow, scope: Extract<Scope, { kind: 'region' }>): boolean =>
    row.organizationId !== null && row.ownerRegion !== null && scope.regionCode !== null && regionCovers(scope.regionCode, row.ownerRegion),
};

/**
 * Who writes a standard (drafts, submits, publishes): HR of the owning enterprise, or a bureau
 * whose region covers it, acting for it; national and industry standards the platform.
 */
export const STANDARD_OWNER = definePolicy<StandardAccessRow>('standard-owner', {
  all: PLATFORM_STANDARD,
  region: COVERING_BUREAU,
  organization: {
    sql: (s, scope) => ({ sql: `${s}.organization_id = :scopeOrganizationId`, params: { scopeOrganizationId: scope.organizationId ?? NOBODY } }),
    test: (row, scope) => row.organizationId !== null && row.organizationId === scope.organizationId,
  },
});

/** Who reviews a standard: a bureau whose region covers the owning enterprise, never the enterprise itself; national and industry standards the platform. */
export const STANDARD_REVIEWER = definePolicy<StandardAccessRow>('standard-reviewer', { all: PLATFORM_STANDARD, region: COVERING_BUREAU });

/** What the occupation and title-mapping policies need to know of a row: who added it (null: the national catalogue or defaults). */
export interface AddedByRow {
  organizationId: string | null;
}

/** The bureau that added a row (`organization_id`), and no other. */
const ADDING_BUREAU = {
  sql: (alias: string, scope: Extract<Scope, { kind: 'region' }>): SqlFilter => ({
    sql: `${alias}.organization_id = :scopeOrganizationId`,
    params: { scopeOrganizationId: scope.organizationId ?? NOBODY },
  }),
  test: (row: AddedByRow, scope: Extract<Scope, { kind: 'region' }>): boolean => row.organizationId !== null && row.organizationId === scope.organizationId,
};

/** Who may change an occupation (`occupations` under the alias): the platform any, a bureau those it added. */
export const OCCUPATION_CHANGES = definePolicy<AddedByRow>('occupation-changes', { all: everyRow(), region: ADDING_BUREAU });

/** Who may change a 比照认定 rule (`title_mappings` under the alias): the platform the national defaults, a bureau the rules it added for its region. */
export const TITLE_MAPPING_CHANGES = definePolicy<AddedByRow>('title-mapping-changes', {
  all: { sql: (m) => ({ sql: `${m}.organization_id IS NULL`, params: {} }), test: (row) => row.organizationId === null },
  region: ADDING_BUREAU,
});

/** Who maintains an enterprise's tiers (`enterprise_tiers` under the alias): its HR alone. */
export const ENTERPRISE_TIER_CHANGES = definePolicy<{ organizationId: string }>('enterprise-tier-changes', {
  organization: {
    sql: (t, scope) => ({ sql: `${t}.organization_id = :scopeOrganizationId`, params: { scopeOrganizationId: scope.organizationId ?? NOBODY } }),
    test: (row, scope) => row.organizationId === (scope.organizationId ?? NOBODY),
  },
});

/** What `STANDARDS` needs besides the scope, from the principal. */
export function standardsContextOf(principal: Principal): StandardsContext {
  return { accountOrganizationId: principal.organizationId };
}

/** `STANDARDS` for a principal. */
export function visibleStandardsWhere(principal: Principal, s = 's'): SqlFilter {
  return STANDARDS.where(scopeOf(principal), s, standardsContextOf(principal));
}
