import { ExecutionContext } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { definePolicy, everyRow } from './access-policy';
import { Principal, Role } from './principal';
import { CurrentScope, Scope, scopeOf } from './request-scope';

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
    ['hr_admin', { kind: 'organization', organizationId: 'org1', organizationKind: 'enterprise', regionCode: '141100' }],
    ['evaluator', { kind: 'evaluator', userId: 'u1', organizationId: 'org1', personId: 'p1' }],
    ['worker', { kind: 'person', personId: 'p1', organizationId: 'org1' }],
  ] as const)('%s acts in scope %j', (role, scope) => {
    expect(scopeOf(principal(role))).toEqual(scope);
  });

  it('follows the role the request acts as, not the strongest role held', () => {
    expect(scopeOf(principal('worker', { roles: ['hr_admin', 'worker'] }))).toEqual({ kind: 'person', personId: 'p1', organizationId: 'org1' });
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

describe('@CurrentScope()', () => {
  /** The factory Nest calls for the decorated parameter. */
  function factory(): (data: unknown, ctx: ExecutionContext) => Scope {
    class Probe {
      handle(@CurrentScope() _scope: Scope): void {}
    }
    const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, Probe, 'handle') as Record<string, { factory: (data: unknown, ctx: ExecutionContext) => Scope }>;
    return Object.values(args)[0].factory;
  }
  const context = (request: object) => ({ switchToHttp: () => ({ getRequest: () => request }) }) as unknown as ExecutionContext;

  it('reads the scope the guard attached to the request', () => {
    const scope: Scope = { kind: 'person', personId: 'p1' };
    expect(factory()(undefined, context({ scope }))).toBe(scope);
  });

  it('throws on a route the guard did not authenticate, so it cannot be forgotten', () => {
    expect(() => factory()(undefined, context({}))).toThrow('CurrentScope used on a route that is not authenticated');
  });
});
