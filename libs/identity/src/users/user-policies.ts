import { definePolicy, everyRow, NOBODY, OrganizationKind, PolicyRule, regionCovers, regionLikePattern, Role, Scope, scopeOrganization, scopeRegion } from '@skill-ladder/platform';
import { organizationSql } from '../organizations/organizations.reader';

/** What the users policies need to know of an account: its organization (kind, region) and its roles. */
export interface UserAccessRow {
  organizationId: string | null;
  organizationKind: OrganizationKind | null;
  organizationRegion: string | null;
  roles: readonly Role[];
}

type ScopeOf<K extends Scope['kind']> = Extract<Scope, { kind: K }>;

/** The account's organization is the scope's own (HR, an evaluator, a worker). */
const own = <S extends ScopeOf<'organization' | 'evaluator' | 'person'>>(): PolicyRule<S, Pick<UserAccessRow, 'organizationId'>, void> => ({
  sql: (u, scope) => ({ sql: `${u}.organization_id = :scopeOrganizationId`, params: { scopeOrganizationId: scopeOrganization(scope) } }),
  test: (row, scope) => row.organizationId === scopeOrganization(scope),
});

const inBureauRegion: PolicyRule<ScopeOf<'region'>, Pick<UserAccessRow, 'organizationRegion'>, void> = {
  sql: (u, scope) => ({ sql: organizationSql.inRegion(`${u}.organization_id`, ':scopeRegion'), params: { scopeRegion: regionLikePattern(scopeRegion(scope)) } }),
  test: (row, scope) => row.organizationRegion !== null && regionCovers(scopeRegion(scope), row.organizationRegion),
};

/**
 * Which accounts (`users` under the alias) the scope sees: the platform all, a bureau those of
 * organizations in its region, anyone else those of its own organization — the organizations it
 * sees (`ORGANIZATIONS`), so another tenant's account answers 404.
 */
export const USERS = definePolicy<Pick<UserAccessRow, 'organizationId' | 'organizationRegion'>>('users', {
  all: everyRow(),
  region: inBureauRegion,
  organization: own(),
  evaluator: own(),
  person: own(),
});

/**
 * The roles the scope may grant in an organization (null: an account of no organization):
 * the platform platform admins (no organization) and officers of a bureau; a bureau officers of
 * its own bureau and HR admins of the other organizations (of its region: `USER_GRANTS`); HR
 * admins, evaluators and workers of its own organization (worker accounts are opened from the
 * worker record, but HR manages them). Nobody else grants anything.
 */
export function grantableRoles(scope: Scope, org: { id: string; kind: OrganizationKind } | null): Role[] {
  switch (scope.kind) {
    case 'all':
      if (!org) return ['platform_admin'];
      return org.kind === 'bureau' ? ['bureau_officer'] : [];
    case 'region':
      if (!org) return [];
      if (org.id === scope.organizationId) return ['bureau_officer'];
      return org.kind === 'bureau' ? [] : ['hr_admin'];
    case 'organization':
      return org?.id === scope.organizationId ? ['hr_admin', 'evaluator', 'worker'] : [];
    default:
      return [];
  }
}

/** `${u}` holds no role outside `roles` (SQL role names: constants of `ROLES`, not input). */
const onlyRoles = (u: string, roles: readonly Role[]): string =>
  `NOT EXISTS (SELECT 1 FROM user_roles ur WHERE ur.user_id = ${u}.id${roles.length ? ` AND ur.role NOT IN (${roles.map((r) => `'${r}'`).join(', ')})` : ''})`;

const grants = (row: UserAccessRow, scope: Scope): boolean => {
  const org = row.organizationId && row.organizationKind ? { id: row.organizationId, kind: row.organizationKind } : null;
  const allowed = grantableRoles(scope, org);
  return row.roles.every((r) => allowed.includes(r));
};

/**
 * Which accounts the scope may manage — create, rename, disable: those it sees (`USERS`) whose
 * every role it may grant there (`grantableRoles`). `allows` takes an account about to be
 * created as well (its organization and the roles asked for).
 */
export const USER_GRANTS = definePolicy<UserAccessRow>('user-grants', {
  all: {
    sql: (u) => ({
      sql: `(CASE WHEN ${u}.organization_id IS NULL THEN ${onlyRoles(u, ['platform_admin'])}
                  WHEN ${organizationSql.isBureau(`${u}.organization_id`)} THEN ${onlyRoles(u, ['bureau_officer'])}
                  ELSE ${onlyRoles(u, [])} END)`,
      params: {},
    }),
    test: grants,
  },
  region: {
    sql: (u, scope) => {
      const visible = inBureauRegion.sql(u, scope);
      return {
        sql: `(${visible.sql} AND CASE WHEN ${u}.organization_id = :scopeOrganizationId THEN ${onlyRoles(u, ['bureau_officer'])}
                                        WHEN ${organizationSql.isBureau(`${u}.organization_id`)} THEN ${onlyRoles(u, [])}
                                        ELSE ${onlyRoles(u, ['hr_admin'])} END)`,
        params: { ...visible.params, scopeOrganizationId: scope.organizationId ?? NOBODY },
      };
    },
    test: (row, scope) => inBureauRegion.test(row, scope) && grants(row, scope),
  },
  organization: {
    sql: (u, scope) => ({
      sql: `(${u}.organization_id = :scopeOrganizationId AND ${onlyRoles(u, ['hr_admin', 'evaluator', 'worker'])})`,
      params: { scopeOrganizationId: scopeOrganization(scope) },
    }),
    test: (row, scope) => row.organizationId === scopeOrganization(scope) && grants(row, scope),
  },
});
