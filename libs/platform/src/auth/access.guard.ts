import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { DomainError, ForbiddenError } from '../errors/domain-error';
import { ACCESS_KEY, AccessRule } from './access.decorator';
import { Principal, ROLE_PRECEDENCE } from './principal';
import { Scope, scopeOf } from './request-scope';

export const JWT_STRATEGY = 'jwt';

/**
 * Global guard: deny by default, admit public routes, then check the route's roles and resolve
 * the caller's scope once for the request (`@CurrentScope()`, `scopeOf(principal)`).
 */
@Injectable()
export class AccessGuard extends AuthGuard(JWT_STRATEGY) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!rule) throw new ForbiddenError('ACCESS_UNDECLARED', 'This route declares no access rule');
    if (rule.public) return true;
    await super.canActivate(context);
    const request = context.switchToHttp().getRequest<{ user: Principal; scope?: Scope }>();
    const principal = request.user;
    const admitted = rule.roles.includes('authenticated')
      ? principal.roles
      : principal.roles.filter((role) => rule.roles.includes(role));
    const actingAs = ROLE_PRECEDENCE.find((role) => admitted.includes(role));
    if (!actingAs) throw new ForbiddenError('ROLE_NOT_ALLOWED', 'Your role may not use this operation');
    request.user = { ...principal, actingAs };
    request.scope = scopeOf(request.user);
    return true;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err) throw err;
    if (!user) throw new DomainError(401, 'UNAUTHENTICATED', '未登录或登录已过期 / Authentication required', 'A valid access token is required');
    return user;
  }
}
