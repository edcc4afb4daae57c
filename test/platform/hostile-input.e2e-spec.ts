import { createTestApp, TestApp } from '../harness/test-app';

/** Input an attacker would send, on routes anyone can reach: every answer is a 4xx problem document. */
describe('hostile input', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const expectProblem = (res: { status: number; headers: Record<string, string>; body: any }, status: number, code?: string) => {
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status, ...(code ? { code } : {}) });
    expect(res.status).toBe(status);
  };

  describe('deep and wide JSON', () => {
    const post = (body: string) => t.http().post('/api/v1/auth/refresh').set('content-type', 'application/json').send(body);

    it('refuses 100,000 nested brackets without signing in, in milliseconds', async () => {
      const started = Date.now();
      const res = await post('['.repeat(100_000) + ']'.repeat(100_000));
      expectProblem(res, 400, 'JSON_TOO_COMPLEX');
      expect(Date.now() - started).toBeLessThan(1000);
    });

    it('refuses deep objects inside a valid-looking body, and very wide arrays', async () => {
      expectProblem(await post(`{"refreshToken":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`), 400, 'JSON_TOO_COMPLEX');
      expectProblem(await post(`{"refreshToken":[${Array(5000).fill(0).join(',')}]}`), 400, 'JSON_TOO_COMPLEX');
    });

    it('keeps the server responsive while several such bodies arrive', async () => {
      const attacks = Array.from({ length: 5 }, () => post('['.repeat(100_000)));
      const started = Date.now();
      const health = await t.http().get('/api/v1/health');
      expect(health.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(2000);
      for (const res of await Promise.all(attacks)) expectProblem(res, 400, 'JSON_TOO_COMPLEX');
    });

    it('still parses ordinary JSON and refuses prototype poisoning and broken JSON', async () => {
      expectProblem(await post(JSON.stringify({ refreshToken: 'x'.repeat(40), nested: [[[[{ a: [1] }]]]] })), 400, 'VALIDATION_FAILED');
      expectProblem(await post(JSON.stringify({ refreshToken: 'x'.repeat(40) })), 401, 'INVALID_REFRESH_TOKEN');
      expectProblem(await post('{"__proto__":{"admin":true}}'), 400);
      expectProblem(await post('{"refreshToken":'), 400);
    });
  });
});
