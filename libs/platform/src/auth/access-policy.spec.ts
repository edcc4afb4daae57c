import { definePolicy, everyRow } from './access-policy';
import { Principal, Role } from './principal';
import { Scope, scopeOf } from './request-scope';

const principal = (actingAs: Role, over: Partial<Principal> = {}): Principal => ({
  userId: 'u1',
  username: 'someone',
  sessionId: 's1',
  organizationId: 'org1',
  organizationKind: 'enterprise',
  regionCode: '141100',
  personId: 'p1',
  roles: [actingAs],
  actingAs,
  requestId: 'r1',
  ...over,
});

describe('scopeOf', () => {
  it.each([
    ['platform_admin', { kind: 'all' }],
    ['bureau_officer', { kind: 'region', regionCode: '141100', organizationId: 'org1' }],
    ['hr_admin', { kind: 'organization', organizationId: 'org1', organizationKind: 'enterprise' }],
    ['evaluator', { kind: 'evaluator', userId: 'u1', organizationId: 'org1', personId: 'p1' }],
    ['worker', { kind: 'person', personId: 'p1' }],
  ] as const)('%s acts in scope %j', (role, scope) => {
    expect(scopeOf(principal(role))).toEqual(scope);
  });

  it('follows the role the request acts as, not the strongest role held', () => {
    expect(scopeOf(principal('worker', { roles: ['hr_admin', 'worker'] }))).toEqual({ kind: 'person', personId: 'p1' });
  });

  it('resolves once per principal: the same object for the same request', () => {
    const p = principal('hr_admin');
    expect(scopeOf(p)).toBe(scopeOf(p));
    expect(scopeOf(principal('hr_admin'))).not.toBe(scopeOf(p));
  });
});

describe('definePolicy', () => {
  const policy = definePolicy<{ owner: string }>('things', {
    all: everyRow(),
    organization: {
      sql: (alias, scope) => ({ sql: `${alias}.owner = :scopeOrganizationId`, params: { scopeOrganizationId: scope.organizationId } }),
      test: (row, scope) => row.owner === scope.organizationId,
    },
  });
  const scopes: Scope[] = [
    { kind: 'all' },
    { kind: 'organization', organizationId: 'org1', organizationKind: 'enterprise' },
    { kind: 'region', regionCode: '140000', organizationId: 'b1' },
    { kind: 'evaluator', userId: 'u1', organizationId: 'org1', personId: null },
    { kind: 'person', personId: 'p1' },
  ];

  it('renders the rule of the scope kind, and denies in SQL and in TypeScript where no rule is declared', () => {
    expect(scopes.map((s) => policy.where(s, 't').sql)).toEqual(['TRUE', 't.owner = :scopeOrganizationId', 'FALSE', 'FALSE', 'FALSE']);
    expect(scopes.map((s) => policy.allows(s, { owner: 'org1' }))).toEqual([true, true, false, false, false]);
    expect(policy.allows(scopes[1], { owner: 'org2' })).toBe(false);
  });

  it('binds values as parameters, never into the SQL text', () => {
    expect(policy.where(scopes[1], 't')).toEqual({ sql: 't.owner = :scopeOrganizationId', params: { scopeOrganizationId: 'org1' } });
  });

  it('keeps its name for @Access', () => {
    expect(policy.name).toBe('things');
  });
});
