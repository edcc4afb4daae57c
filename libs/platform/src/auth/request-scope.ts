import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { NotFoundError } from '../errors/domain-error';
import { OrganizationKind, Principal } from './principal';

/**
 * What the caller may see, resolved once per request from the principal by the access guard
 * (`scopeOf`): the whole platform, the region a bureau covers (a city bureau covers its counties),
 * an organization for its HR, an evaluator's own profile, or a worker's own person (and the
 * organization that opened their account, whose record they may read). The access
 * policies (`definePolicy`) read it; nothing else re-derives it from roles.
 */
export type Scope =
  | { kind: 'all' }
  | { kind: 'region'; regionCode: string | null; organizationId: string | null }
  | { kind: 'organization'; organizationId: string | null; organizationKind: OrganizationKind | null; regionCode?: string | null }
  | { kind: 'evaluator'; userId: string; organizationId: string | null; personId: string | null }
  | { kind: 'person'; personId: string | null; organizationId?: string | null };

export type ScopeKind = Scope['kind'];

const resolved = new WeakMap<Principal, Scope>();

/**
 * The principal's scope under the role it acts as. Memoized per principal object, so the guard's
 * resolution is the one every service of the same request reads.
 */
export function scopeOf(principal: Principal): Scope {
  let scope = resolved.get(principal);
  if (!scope) {
    scope = resolve(principal);
    resolved.set(principal, scope);
  }
  return scope;
}

function resolve(principal: Principal): Scope {
  switch (principal.actingAs) {
    case 'platform_admin':
      return { kind: 'all' };
    case 'bureau_officer':
      return { kind: 'region', regionCode: principal.regionCode, organizationId: principal.organizationId };
    case 'hr_admin':
      return { kind: 'organization', organizationId: principal.organizationId, organizationKind: principal.organizationKind, regionCode: principal.regionCode };
    case 'evaluator':
      return { kind: 'evaluator', userId: principal.userId, organizationId: principal.organizationId, personId: principal.personId };
    case 'worker':
      return { kind: 'person', personId: principal.personId, organizationId: principal.organizationId };
  }
}

/** The region of a bureau (or of HR's organization), or 404: an account without one sees nothing (as `requireRegion`). */
export function scopeRegion(scope: { regionCode?: string | null }): string {
  if (!scope.regionCode) throw new NotFoundError('Organization');
  return scope.regionCode;
}

/** An HR account's organization, or 404 (as `requireOrganization`). */
export function scopeOrganization(scope: { organizationId?: string | null }): string {
  if (!scope.organizationId) throw new NotFoundError('Organization');
  return scope.organizationId;
}

/** The caller's scope. Throws if the access guard did not run, so it cannot be forgotten. */
export const CurrentScope = createParamDecorator((_data: unknown, ctx: ExecutionContext): Scope => {
  const request = ctx.switchToHttp().getRequest<{ scope?: Scope }>();
  if (!request.scope) throw new Error('CurrentScope used on a route that is not authenticated');
  return request.scope;
});
