import { createTestApp, TestApp, ADMIN } from '../harness/test-app';
import { login } from '../harness/auth';

describe('auth and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES: '3' });
  });
  afterAll(() => t.close());

  it('answers health publicly with the database checked', async () => {
    const res = await t.http().get('/api/v1/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'ok' });
  });

  it('refuses protected routes without a token, as problem+json', async () => {
    const res = await t.http().get('/api/v1/me').expect(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('signs in and tells who I am', async () => {
    const s = await login(t, ADMIN.username, ADMIN.password);
    const me = await t.http().get('/api/v1/me').set(s.auth).expect(200);
    expect(me.body).toMatchObject({ username: 'admin', roles: ['platform_admin'], organization: null, scope: { kind: 'platform' } });
  });

  it('rejects a wrong password with a stable code, then locks the account after repeated failures', async () => {
    await t.dataSource.query(`DELETE FROM login_failures`);
    for (let i = 0; i < 3; i++) {
      const res = await t.http().post('/api/v1/auth/login').send({ username: 'admin', password: 'wrong-password' }).expect(401);
      expect(res.body.code).toBe('INVALID_CREDENTIALS');
    }
    const locked = await t.http().post('/api/v1/auth/login').send({ username: 'admin', password: ADMIN.password }).expect(429);
    expect(locked.body.code).toBe('LOGIN_LOCKED');
    t.clock.travelTo(new Date(Date.now() + 16 * 60 * 1000));
    await t.http().post('/api/v1/auth/login').send({ username: 'admin', password: ADMIN.password }).expect(200);
    t.clock.travelTo(new Date());
  });

  it('parallel guesses cannot slip under the failure limit', async () => {
    await t.dataSource.query(`DELETE FROM login_failures`);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => t.http().post('/api/v1/auth/login').send({ username: 'admin', password: 'wrong-password' })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((st) => st === 401)).toHaveLength(3);
    expect(statuses.filter((st) => st === 429)).toHaveLength(7);
    await t.dataSource.query(`DELETE FROM login_failures`);
  });

  it('rotates refresh tokens, and a reused one ends the session', async () => {
    const s = await login(t, ADMIN.username, ADMIN.password);
    const first = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: s.refreshToken }).expect(200);
    expect(first.body.refreshToken).not.toBe(s.refreshToken);
    const newAuth = { Authorization: `Bearer ${first.body.accessToken}` };
    await t.http().get('/api/v1/me').set(newAuth).expect(200);

    const reused = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: s.refreshToken }).expect(401);
    expect(reused.body.code).toBe('REFRESH_TOKEN_REUSED');
    // The whole session is gone: the newest access and refresh tokens stop working too.
    await t.http().get('/api/v1/me').set(newAuth).expect(401);
    await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(401);
  });

  it('logout ends the session', async () => {
    const s = await login(t, ADMIN.username, ADMIN.password);
    await t.http().post('/api/v1/auth/logout').set(s.auth).expect(204);
    await t.http().get('/api/v1/me').set(s.auth).expect(401);
  });

  it('validates bodies with field errors', async () => {
    const res = await t.http().post('/api/v1/auth/login').send({ username: 'admin', extra: 1 }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['extra', 'password']);
  });
});
