import type { FastifyReply } from 'fastify';

/**
 * The browser's refresh token: HttpOnly (page scripts, and so an XSS, cannot read it),
 * SameSite=Strict (never sent from another site) and limited to the auth routes.
 */
export const REFRESH_COOKIE = 'sl_refresh';
const COOKIE_PATH = '/api/v1/auth';

export function setRefreshCookie(reply: FastifyReply, token: string, maxAgeSeconds: number, secure: boolean): void {
  reply.setCookie(REFRESH_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: COOKIE_PATH, maxAge: maxAgeSeconds });
}

export function clearRefreshCookie(reply: FastifyReply): void {
  reply.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', path: COOKIE_PATH });
}
