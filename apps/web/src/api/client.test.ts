import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentToken, signIn } from '../auth/session';
import { authFetch } from './client';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const ORIGIN = 'http://localhost:3000';

/** A fake API: answers by path, records what it was asked. */
function fakeApi(handlers: Record<string, (req: Request) => Response | Promise<Response>>) {
  const calls: { path: string; auth: string | null }[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(new URL(String(input), ORIGIN), init);
    const path = new URL(req.url).pathname;
    calls.push({ path, auth: req.headers.get('authorization') });
    const handler = handlers[path];
    if (!handler) throw new Error(`unexpected ${path}`);
    return handler(req);
  });
  return calls;
}

describe('the API client’s session handling', () => {
  beforeEach(async () => {
    fakeApi({ '/api/v1/auth/login': () => json(200, { accessToken: 'old', expiresIn: 900, tokenType: 'Bearer' }) });
    await signIn('demo.worker', 'pw');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends the access token, and on a 401 refreshes once and retries with the new one', async () => {
    const calls = fakeApi({
      '/api/v1/me': (req) => (req.headers.get('authorization') === 'Bearer new' ? json(200, { ok: true }) : json(401, { status: 401, code: 'UNAUTHENTICATED' })),
      '/api/v1/auth/refresh': () => json(200, { accessToken: 'new', expiresIn: 900, tokenType: 'Bearer' }),
    });
    const res = await authFetch(new Request(`${ORIGIN}/api/v1/me`));
    expect(res.status).toBe(200);
    expect(calls).toEqual([
      { path: '/api/v1/me', auth: 'Bearer old' },
      { path: '/api/v1/auth/refresh', auth: null },
      { path: '/api/v1/me', auth: 'Bearer new' },
    ]);
    expect(currentToken()).toBe('new');
  });

  it('parallel 401s share one refresh', async () => {
    const calls = fakeApi({
      '/api/v1/a': (req) => (req.headers.get('authorization') === 'Bearer new' ? json(200, {}) : json(401, {})),
      '/api/v1/b': (req) => (req.headers.get('authorization') === 'Bearer new' ? json(200, {}) : json(401, {})),
      '/api/v1/auth/refresh': async () => {
        await new Promise((r) => setTimeout(r, 10));
        return json(200, { accessToken: 'new' });
      },
    });
    const [a, b] = await Promise.all([authFetch(new Request(`${ORIGIN}/api/v1/a`)), authFetch(new Request(`${ORIGIN}/api/v1/b`))]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(calls.filter((c) => c.path === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('when the refresh fails too, the 401 stands and the session is over (back to sign-in)', async () => {
    const calls = fakeApi({
      '/api/v1/me': () => json(401, { status: 401, code: 'UNAUTHENTICATED' }),
      '/api/v1/auth/refresh': () => json(401, { status: 401, code: 'REFRESH_TOKEN_EXPIRED' }),
    });
    const res = await authFetch(new Request(`${ORIGIN}/api/v1/me`));
    expect(res.status).toBe(401);
    expect(calls.map((c) => c.path)).toEqual(['/api/v1/me', '/api/v1/auth/refresh']);
    expect(currentToken()).toBeNull();
  });

  it('a refused sign-in is not retried through a refresh', async () => {
    const calls = fakeApi({ '/api/v1/auth/login': () => json(401, { status: 401, code: 'INVALID_CREDENTIALS' }) });
    const res = await authFetch(new Request(`${ORIGIN}/api/v1/auth/login`, { method: 'POST', body: '{}' }));
    expect(res.status).toBe(401);
    expect(calls).toHaveLength(1);
  });

  it('a network failure becomes a NetworkError the pages can name', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(authFetch(new Request(`${ORIGIN}/api/v1/me`))).rejects.toMatchObject({ name: 'NetworkError' });
  });
});
