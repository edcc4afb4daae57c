import { applyDecorators, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';

export const RATE_LIMIT_EXTENSION = 'x-rate-limit';

/**
 * The throttler's guard, which also tells a refused caller its limit: @nestjs/throttler sends
 * X-RateLimit-Limit/-Remaining/-Reset on admitted requests but only Retry-After on the 429.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  /** The counts stay in this process's memory, so the key needs no hashing (the default takes a SHA-256 per request). */
  protected override generateKey(context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${context.getClass().name}-${context.getHandler().name}-${throttlerName}-${tracker}`;
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const reply = context.switchToHttp().getResponse<{ header(name: string, value: unknown): unknown }>();
    reply.header('X-RateLimit-Limit', detail.limit);
    reply.header('X-RateLimit-Remaining', 0);
    reply.header('X-RateLimit-Reset', detail.timeToBlockExpire);
    return super.throwThrottlingException(context, detail);
  }
}

/**
 * A route limited per client address (AUTH_RATE_LIMIT_PER_MINUTE): the unauthenticated routes
 * where guessing pays (sign-in, token refresh, certificate lookup by number and name). The
 * document marks it (x-rate-limit), so its 429 and the limiter's headers are described.
 */
export function RateLimited(): MethodDecorator {
  return applyDecorators(UseGuards(RateLimitGuard), ApiExtension(RATE_LIMIT_EXTENSION, { per: 'client address', window: '1 minute' }));
}
