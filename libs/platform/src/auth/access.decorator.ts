import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtension,
  ApiForbiddenResponse,
  ApiOperation,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AccessPolicy } from './access-policy';
import { Principal, Role } from './principal';

export const ACCESS_KEY = 'skill-ladder:access';

export type AccessRule = { public: true } | { public: false; roles: readonly (Role | 'authenticated')[]; scope?: string; policy?: string };

/** What a route's service enforces on the data: in words, and the access policy that does it. */
export interface AccessScope {
  scope?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any row and context: only the name is kept
  policy?: AccessPolicy<any, any>;
}

/** A route anyone may call, without a token. */
export function Public(summary: string): MethodDecorator & ClassDecorator {
  const rule: AccessRule = { public: true };
  return applyDecorators(
    SetMetadata(ACCESS_KEY, rule),
    ApiOperation({ summary, description: '访问权限 / Access: 公开 / public' }),
    ApiExtension('x-access', { public: true }),
  );
}

/**
 * Who may call a route: the roles admitted (or 'authenticated' for any signed-in user) and the
 * scope the service applies to the data, in words and, where one is declared, as the access
 * policy (`definePolicy`) the service filters with. Every route states one of these or
 * `@Public`; a route that states neither is refused. The policy does not change who is admitted.
 */
export function Access(roles: readonly (Role | 'authenticated')[], summary: string, enforces?: string | AccessScope): MethodDecorator & ClassDecorator {
  const { scope, policy: declared } = typeof enforces === 'string' ? { scope: enforces, policy: undefined } : (enforces ?? {});
  const policy = declared?.name;
  const rule: AccessRule = { public: false, roles, scope, ...(policy ? { policy } : {}) };
  return applyDecorators(
    SetMetadata(ACCESS_KEY, rule),
    ApiBearerAuth(),
    ApiOperation({ summary, description: `访问权限 / Access: ${roles.join(', ')}${scope ? ` — ${scope}` : ''}` }),
    ApiExtension('x-access', { roles, ...(scope ? { scope } : {}), ...(policy ? { policy } : {}) }),
    ApiUnauthorizedResponse({ description: '未登录 / Not authenticated' }),
    ApiForbiddenResponse({ description: '角色不允许 / Role not allowed' }),
  );
}

/** The authenticated caller. Throws if the access guard did not run, so it cannot be forgotten. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const request = ctx.switchToHttp().getRequest<{ user?: Principal }>();
  if (!request.user) throw new Error('CurrentPrincipal used on a route that is not authenticated');
  return request.user;
});
