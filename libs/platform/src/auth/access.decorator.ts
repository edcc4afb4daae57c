import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtension,
  ApiForbiddenResponse,
  ApiOperation,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Principal, Role } from './principal';

export const ACCESS_KEY = 'skill-ladder:access';

export type AccessRule = { public: true } | { public: false; roles: readonly (Role | 'authenticated')[]; scope?: string };

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
 * Who may call a route: the roles admitted (or 'authenticated' for any signed-in user) and,
 * in words, the scope the service applies to the data. Every route states one of these or
 * `@Public`; a route that states neither is refused.
 */
export function Access(roles: readonly (Role | 'authenticated')[], summary: string, scope?: string): MethodDecorator & ClassDecorator {
  const rule: AccessRule = { public: false, roles, scope };
  return applyDecorators(
    SetMetadata(ACCESS_KEY, rule),
    ApiBearerAuth(),
    ApiOperation({ summary, description: `访问权限 / Access: ${roles.join(', ')}${scope ? ` — ${scope}` : ''}` }),
    ApiExtension('x-access', { roles, ...(scope ? { scope } : {}) }),
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
