import { ADMIN, createTestApp, TestApp } from '../harness/test-app';

/** The web app's session: the refresh token in an HttpOnly cookie the page cannot read. */
describe('browser sessions (refresh token in an HttpOnly cookie)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const cookieOf = (res: { headers: Record<string, unknown> }): string => {
    const raw = res.headers['set-cookie'] as string[] | string | undefined;
    const cookie = (Array.isArray(raw) ? raw : [raw ?? '']).find((c) => c.startsWith('sl_refresh='));
    if (!cookie) throw new Error('no sl_refresh cookie set');
    return cookie;
  };
  const signIn = () => t.http().post('/api/v1/auth/login').send({ ...ADMIN, refreshTransport: 'cookie' }).expect(200);

  it('signing in for a browser sets an HttpOnly, SameSite=Strict cookie on the auth routes only, and leaves the token out of the body', async () => {
    const res = await signIn();
    expect(res.body).toEqual({ accessToken: expect.any(String), expiresIn: expect.any(Number), tokenType: 'Bearer' });
    const cookie = cookieOf(res);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth/);
    expect(cookie).toMatch(/Max-Age=2592000/);
    // Plain HTTP here: marking it Secure would make the browser drop it.
    expect(cookie).not.toMatch(/Secure/);
  });

  it('the cookie refreshes (a JSON request), rotates, and a spent cookie ends the session', async () => {
    const first = cookieOf(await signIn()).split(';')[0];
    const refreshed = await t.http().post('/api/v1/auth/refresh').set('Cookie', first).send({}).expect(200);
    expect(refreshed.body.refreshToken).toBeUndefined();
    const second = cookieOf(refreshed).split(';')[0];
    expect(second).not.toBe(first);
    await t.http().get('/api/v1/me').set('Authorization', `Bearer ${refreshed.body.accessToken}`).expect(200);

    const reused = await t.http().post('/api/v1/auth/refresh').set('Cookie', first).send({}).expect(401);
    expect(reused.body.code).toBe('REFRESH_TOKEN_REUSED');
    expect(cookieOf(reused)).toMatch(/sl_refresh=;/);
    expect((await t.http().post('/api/v1/auth/refresh').set('Cookie', second).send({}).expect(401)).body.code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('a cookie does not refresh from a request a foreign page could send (no JSON body)', async () => {
    const cookie = cookieOf(await signIn()).split(';')[0];
    const plain = await t.http().post('/api/v1/auth/refresh').set('Cookie', cookie).set('Content-Type', 'text/plain').send('{}');
    expect(plain.status).toBe(400);
    expect(plain.body.accessToken).toBeUndefined();
    // Refused before the cookie was spent: the page's own JSON request still works with it.
    await t.http().post('/api/v1/auth/refresh').set('Cookie', cookie).send({}).expect(200);
  });

  it('without a token in the body or a cookie, refresh answers 401 problem+json', async () => {
    const res = await t.http().post('/api/v1/auth/refresh').send({}).expect(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('signing out ends the session and clears the cookie', async () => {
    const login = await signIn();
    const cookie = cookieOf(login).split(';')[0];
    const out = await t.http().post('/api/v1/auth/logout').set('Authorization', `Bearer ${login.body.accessToken}`).set('Cookie', cookie).expect(204);
    expect(cookieOf(out)).toMatch(/sl_refresh=;.*Path=\/api\/v1\/auth/);
    await t.http().post('/api/v1/auth/refresh').set('Cookie', cookie).send({}).expect(401);
  });

  it('API clients keep the token in the body as before', async () => {
    const res = await t.http().post('/api/v1/auth/login').send(ADMIN).expect(200);
    expect(res.body.refreshToken).toEqual(expect.any(String));
    expect(res.headers['set-cookie']).toBeUndefined();
    const bad = await t.http().post('/api/v1/auth/login').send({ ...ADMIN, refreshTransport: 'localStorage' }).expect(400);
    expect(bad.body.errors[0].field).toBe('refreshTransport');
  });
});
