import { Client } from 'pg';
import { ERROR_CATALOGUE } from '../../apps/api/src/error-catalogue';
import { Session } from '../harness/auth';
import { OrgRef, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

/** Input an attacker would send, on routes anyone can reach: every answer is a 4xx problem document. */
describe('hostile input', () => {
  let t: TestApp;
  let officer: Session;
  let hr: Session;
  let org: OrgRef;
  let workerId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const s = new Scenario(t);
    ({ officer } = await s.bureau('141100'));
    ({ hr, org } = await s.organization(officer, 'enterprise', '141102'));
    workerId = (await s.worker(hr)).id;
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

  describe('NUL and lone surrogates in text', () => {
    const expectFieldError = (res: { status: number; headers: Record<string, string>; body: any }, field: string, code: string) => {
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.errors).toEqual([{ field, code, message: expect.any(String) }]);
    };

    it('refuses a NUL in a worker name, naming the field', async () => {
      const res = await t.http().patch(`/api/v1/workers/${workerId}`).set(hr.auth).send({ fullName: '王\u0000测试' });
      expectFieldError(res, 'fullName', 'noNulCharacter');
    });

    it('refuses a lone surrogate in an audited reason and in a JSON-column note', async () => {
      expectFieldError(await t.http().patch(`/api/v1/organizations/${org.id}`).set(hr.auth).send({ reason: '\ud800' }), 'reason', 'wellFormedUnicode');
      const mapping = await t
        .http()
        .post('/api/v1/title-mappings')
        .set(officer.auth)
        .send({ direction: 'skill_to_title', rank: 'L3', titleSeries: 'engineering', titleGrade: 'junior', titleName: '助理工程师', years: 3, effectiveFrom: '2027-01-01', basis: '吕人社发〔2026〕1号' })
        .expect(201);
      expectFieldError(await t.http().patch(`/api/v1/title-mappings/${mapping.body.id}`).set(officer.auth).send({ note: '\ud800' }), 'note', 'wellFormedUnicode');
    });

    it('refuses them in query strings too, and keeps well-formed text (emoji) working', async () => {
      expectFieldError(await t.http().get('/api/v1/workers?name=%00').set(hr.auth), 'name', 'noNulCharacter');
      await t.http().patch(`/api/v1/workers/${workerId}`).set(hr.auth).send({ fullName: '王测试👷' }).expect(200);
    });
  });

  describe('races on unique rules', () => {
    it('20 parallel POST /occupations with one code: one 201, nineteen 409 with the route\'s code', async () => {
      const admin = await new Scenario(t).admin();
      const body = { code: '6-16-01-91', nameZh: '并发测试工种', nameEn: 'Race test occupation', sourceNote: '测试' };
      // Holding the platform audit chain keeps the first insert uncommitted, so the others pass
      // the existence check and meet the unique constraint, whatever the machine's timing.
      const holder = new Client({ connectionString: t.databaseUrl });
      await holder.connect();
      try {
        await holder.query(`SELECT pg_advisory_lock(hashtextextended('audit:platform', 7))`);
        const pending = Promise.all(Array.from({ length: 20 }, () => t.http().post('/api/v1/occupations').set(admin.auth).send(body).then((r) => r)));
        const waiting = async () => Number((await holder.query(`SELECT count(*) AS n FROM pg_locks WHERE NOT granted`)).rows[0].n);
        for (let i = 0; i < 100 && (await waiting()) < 5; i++) await new Promise((resolve) => setTimeout(resolve, 50));
        await holder.query(`SELECT pg_advisory_unlock(hashtextextended('audit:platform', 7))`);
        const results = await pending;
        expect(results.filter((r) => r.status === 201)).toHaveLength(1);
        const conflicts = results.filter((r) => r.status !== 201);
        expect(conflicts.map((r) => [r.status, r.body.code])).toEqual(Array(19).fill([409, 'OCCUPATION_CODE_TAKEN']));
        for (const res of conflicts) expect(res.headers['content-type']).toContain('application/problem+json');
        // The constraint's 409 is titled from standards' catalogue like the route's own check.
        expect(new Set(conflicts.map((r) => r.body.title))).toEqual(new Set(['该职业编码已存在 / Conflict']));
      } finally {
        await holder.end();
      }
    });
  });

  describe('bodies that are not the documented object', () => {
    it.each([
      ['{}', 'document'],
      ['{"document":{}}', 'document.occupation'],
      ['{"document":null}', 'document'],
      ['null', undefined],
      ['[]', undefined],
      ['"text"', undefined],
    ])('POST /standards/import with %s is 400', async (body, field) => {
      const res = await t.http().post('/api/v1/standards/import').set(hr.auth).set('content-type', 'application/json').send(body);
      expectProblem(res, 400, 'VALIDATION_FAILED');
      if (field) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('POST /workers without its employment is 400 naming it', async () => {
      const res = await t.http().post('/api/v1/workers').set(hr.auth).send({ fullName: '王五', idNumber: new Scenario(t).idNumber() });
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['employment']);
    });
  });

  describe('errors Fastify raises itself are problem documents too', () => {
    it.each([
      ['a path parameter over 100 characters (414)', () => t.http().get(`/api/v1/workers/${'a'.repeat(200)}`).set(hr.auth), 414, 'URI_TOO_LONG'],
      ['a malformed percent-encoding in the path (400)', () => t.http().get('/api/v1/workers/%E0%A4%A').set(hr.auth), 400, 'BAD_URL'],
      ['broken JSON (400)', () => t.http().post('/api/v1/auth/login').set('content-type', 'application/json').send('{"username":'), 400, 'BAD_REQUEST'],
      ['an unsupported content type (415)', () => t.http().post('/api/v1/auth/login').set('content-type', 'text/csv').send('a,b'), 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['a body over the limit (413)', () => t.http().post('/api/v1/auth/login').set('content-type', 'application/json').send(`{"username":"${'x'.repeat(3 * 1024 * 1024)}"}`), 413, 'PAYLOAD_TOO_LARGE'],
      ['headers over 16 KB (431)', () => t.http().get('/api/v1/health').set('x-padding', 'x'.repeat(20_000)), 431, 'HEADERS_TOO_LARGE'],
    ])('%s', async (_name, send, status, code) => {
      const res = await send();
      expectProblem(res, status, code);
      // Titled from the error catalogue like the filter's problems, though Fastify answers them.
      expect(res.body.title.split(' / ')[0]).toBe(ERROR_CATALOGUE[code].message);
    });

    it('a path id that is not a UUID is 400, naming the parameter', async () => {
      const res = await t.http().get('/api/v1/workers/not-a-uuid').set(hr.auth);
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.errors).toEqual([{ field: 'id', code: 'isUuid', message: 'id must be a UUID' }]);
      const nested = await t.http().get('/api/v1/campaigns/123/component-scores').set(hr.auth);
      expect(nested.body.errors).toEqual([{ field: 'campaignId', code: 'isUuid', message: 'campaignId must be a UUID' }]);
    });
  });
});
