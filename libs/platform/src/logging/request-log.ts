import type { FastifyReply, FastifyRequest } from 'fastify';

export interface RequestLogLine {
  msg: 'request';
  method: string;
  /** The route's pattern (`/api/v1/workers/:id`), never the URL: paths and query strings can carry names and numbers. */
  route: string | null;
  status: number;
  durationMs: number;
  requestId: string;
  userId: string | null;
}

/**
 * One line per answered request, built from an allowlist: bodies, headers (tokens), query
 * strings and path values never reach it, so nothing personal can, whatever a route receives.
 */
export function requestLogLine(request: FastifyRequest, reply: FastifyReply): RequestLogLine {
  const user = (request as { user?: { userId?: unknown } }).user;
  return {
    msg: 'request',
    method: request.method,
    route: request.routeOptions?.url ?? null,
    status: reply.statusCode,
    durationMs: Math.round(reply.elapsedTime * 10) / 10,
    requestId: String(request.id),
    userId: typeof user?.userId === 'string' ? user.userId : null,
  };
}
