import { Scope, scopeOrganization, ScopeKind } from './request-scope';

/** A parameterized SQL condition with named parameters (`:name`), for `namedQuery` or TypeORM query builders. */
export interface SqlFilter {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Who may see rows of one resource kind, answered two ways from one declaration: `where` as a
 * SQL filter for lists and lookups, `allows` as a yes/no for a row already in hand. `Ctx` carries
 * what the answer depends on besides the scope (a date).
 */
export interface AccessPolicy<Row, Ctx = void> {
  readonly name: string;
  where(scope: Scope, alias: string, ctx: Ctx): SqlFilter;
  allows(scope: Scope, row: Row, ctx: Ctx): boolean;
}

/** One line of a policy: for one kind of scope, the SQL and the predicate, side by side. */
export interface PolicyRule<S extends Scope, Row, Ctx> {
  sql(alias: string, scope: S, ctx: Ctx): SqlFilter;
  test(row: Row, scope: S, ctx: Ctx): boolean;
}

export type PolicyRules<Row, Ctx> = { [K in ScopeKind]?: PolicyRule<Extract<Scope, { kind: K }>, Row, Ctx> };

const DENY: PolicyRule<Scope, unknown, unknown> = { sql: () => ({ sql: 'FALSE', params: {} }), test: () => false };

/**
 * A policy from its table of rules, one per kind of scope; a kind without a rule sees nothing.
 * Keeping the SQL and the predicate of a rule together is what stops them drifting, and the
 * agreement test (test/platform/access-policies.e2e-spec.ts) checks each pair on PostgreSQL.
 */
export function definePolicy<Row, Ctx = void>(name: string, rules: PolicyRules<Row, Ctx>): AccessPolicy<Row, Ctx> {
  const ruleFor = (scope: Scope) => (rules[scope.kind] ?? DENY) as PolicyRule<Scope, Row, Ctx>;
  return {
    name,
    where: (scope, alias, ctx) => ruleFor(scope).sql(alias, scope, ctx),
    allows: (scope, row, ctx) => ruleFor(scope).test(row, scope, ctx),
  };
}

/** The rule for a scope that sees every row. */
export const everyRow = <Row, Ctx>(): PolicyRule<Scope, Row, Ctx> => ({ sql: () => ({ sql: 'TRUE', params: {} }), test: () => true });

/** An id no row has: what a scope without an organization or a person compares against, so it matches nothing (and the query keeps its plan). */
export const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * The rule for an organization's scope over rows that belong to one organization (`column` of the
 * alias, `organizationId` of the row): its own. An account without an organization gets a 404
 * (`scopeOrganization`), as everywhere.
 */
export const ownOrganizationRows = <Row extends { organizationId: string | null }, Ctx = void>(
  column = 'organization_id',
): PolicyRule<Extract<Scope, { kind: 'organization' }>, Row, Ctx> => ({
  sql: (alias, scope) => ({ sql: `${alias}.${column} = :scopeOrganizationId`, params: { scopeOrganizationId: scopeOrganization(scope) } }),
  test: (row, scope) => row.organizationId === scopeOrganization(scope),
});

/** The rule for a worker's scope over rows about one person (`column` of the alias, `personId` of the row): their own; an account without a worker record sees none. */
export const ownPersonRows = <Row extends { personId: string | null }, Ctx = void>(column = 'person_id'): PolicyRule<Extract<Scope, { kind: 'person' }>, Row, Ctx> => ({
  sql: (alias, scope) => ({ sql: `${alias}.${column} = :scopePersonId`, params: { scopePersonId: scope.personId ?? NOBODY } }),
  test: (row, scope) => row.personId === (scope.personId ?? NOBODY),
});
