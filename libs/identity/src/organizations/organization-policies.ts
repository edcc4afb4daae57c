import { AccessPolicy, definePolicy, everyRow, NOBODY, OrganizationKind, PolicyRule, regionCovers, regionLikePattern, Scope, scopeOrganization, scopeRegion } from '@skill-ladder/platform';
import { organizationSql } from './organizations.reader';

/** What the organization policies need to know of an organization to answer `allows`. */
export interface OrganizationAccessRow {
  id: string;
  kind: OrganizationKind;
  regionCode: string;
}

type ScopeOf<K extends Scope['kind']> = Extract<Scope, { kind: K }>;

/**
 * Which organizations the scope sees, on an organization id column (`id(alias)`) and a region
 * condition (`inRegion(alias, likeParam)`): the platform all, a bureau those in its region, anyone
 * else (HR, an evaluator, a worker) the organization of their account. A bureau without a region,
 * or anyone else without an organization, answers 404 (`scopeRegion`, `scopeOrganization`).
 */
function organizationsPolicy(
  name: string,
  id: (alias: string) => string,
  inRegion: (alias: string, likeParam: string) => string,
): AccessPolicy<Pick<OrganizationAccessRow, 'id' | 'regionCode'>> {
  const own = <S extends ScopeOf<'organization' | 'evaluator' | 'person'>>(): PolicyRule<S, Pick<OrganizationAccessRow, 'id'>, void> => ({
    sql: (alias, scope) => ({ sql: `${id(alias)} = :scopeOrganizationId`, params: { scopeOrganizationId: scopeOrganization(scope) } }),
    test: (row, scope) => row.id === scopeOrganization(scope),
  });
  return definePolicy<Pick<OrganizationAccessRow, 'id' | 'regionCode'>>(name, {
    all: everyRow(),
    region: {
      sql: (alias, scope) => ({ sql: inRegion(alias, ':scopeRegion'), params: { scopeRegion: regionLikePattern(scopeRegion(scope)) } }),
      test: (row, scope) => regionCovers(scopeRegion(scope), row.regionCode),
    },
    organization: own(),
    evaluator: own(),
    person: own(),
  });
}

/** Organizations (`organizations` under the alias). */
export const ORGANIZATIONS = organizationsPolicy(
  'organizations',
  (o) => `${o}.id`,
  (o, likeParam) => `${o}.region_code LIKE ${likeParam}`,
);

/** The same rules on any row's organization id column (the alias is the column, `s.organization_id`), for other libs' queries. */
export const ORGANIZATIONS_BY_ID = organizationsPolicy(
  'organizations',
  (column) => column,
  (column, likeParam) => organizationSql.inRegion(column, likeParam),
);

/**
 * The rule for a bureau's scope over rows that belong to one organization (`column` of the alias;
 * `organizationRegion` of the row is that organization's region): those of organizations in the
 * bureau's region. A bureau without a region gets a 404 (`scopeRegion`), as everywhere.
 */
export const organizationInRegion = <Row extends { organizationRegion: string }, Ctx = void>(column = 'organization_id'): PolicyRule<ScopeOf<'region'>, Row, Ctx> => ({
  sql: (alias, scope) => ({ sql: organizationSql.inRegion(`${alias}.${column}`, ':scopeRegion'), params: { scopeRegion: regionLikePattern(scopeRegion(scope)) } }),
  test: (row, scope) => regionCovers(scopeRegion(scope), row.organizationRegion),
});

/** The platform files (and changes) bureaus. */
const PLATFORM_FILES = <Ctx>(): PolicyRule<ScopeOf<'all'>, Pick<OrganizationAccessRow, 'kind'>, Ctx> => ({
  sql: (o) => ({ sql: `${o}.kind = 'bureau'`, params: {} }),
  test: (row) => row.kind === 'bureau',
});

/** A bureau files (and changes) the enterprises and agencies of its region; a bureau without a region none. */
const BUREAU_FILES = <Ctx>(): PolicyRule<ScopeOf<'region'>, Pick<OrganizationAccessRow, 'kind' | 'regionCode'>, Ctx> => ({
  sql: (o, scope) =>
    scope.regionCode
      ? { sql: `(${o}.kind <> 'bureau' AND ${o}.region_code LIKE :scopeRegion)`, params: { scopeRegion: regionLikePattern(scope.regionCode) } }
      : { sql: 'FALSE', params: {} },
  test: (row, scope) => row.kind !== 'bureau' && regionCovers(scope.regionCode ?? '', row.regionCode),
});

/**
 * Which organizations the scope may file (register): the platform bureaus, a bureau the
 * enterprises and dispatch agencies of its region; nobody else. `allows` takes the organization
 * about to be filed (its kind and region); `where` answers the same of filed ones.
 */
export const ORGANIZATION_FILINGS = definePolicy<Pick<OrganizationAccessRow, 'kind' | 'regionCode'>>('organization-filings', {
  all: PLATFORM_FILES(),
  region: BUREAU_FILES(),
});

/** What a change touches: `changesStatus` when it suspends or reactivates. */
export interface OrganizationChange {
  changesStatus: boolean;
}

/**
 * Which organizations the scope may change: those it may file (the platform bureaus, a bureau
 * the enterprises and agencies of its region), and HR its own organization's name — but not its
 * status (suspend, reactivate).
 */
export const ORGANIZATION_CHANGES = definePolicy<OrganizationAccessRow, OrganizationChange>('organization-changes', {
  all: PLATFORM_FILES(),
  region: BUREAU_FILES(),
  organization: {
    sql: (o, scope, { changesStatus }) =>
      changesStatus ? { sql: 'FALSE', params: {} } : { sql: `${o}.id = :scopeOrganizationId`, params: { scopeOrganizationId: scope.organizationId ?? NOBODY } },
    test: (row, scope, { changesStatus }) => !changesStatus && row.id === (scope.organizationId ?? NOBODY),
  },
});
