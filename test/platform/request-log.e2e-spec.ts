import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PASSWORD, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

/** Request logs: one structured line per request, enough to trace an incident, nothing personal. */
describe('request log', () => {
  let t: TestApp;
  const logFile = join(mkdtempSync(join(tmpdir(), 'skill-ladder-request-log-')), 'app.log');
  const requestLines = () =>
    readFileSync(logFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
      .filter((line) => line.context === 'Http');

  beforeAll(async () => {
    t = await createTestApp({ LOG_FILE: logFile, LOG_LEVEL: 'info' });
  });
  afterAll(() => t.close());

  it('logs method, route, status, duration, request id and user id, and never bodies, tokens, query strings or ID numbers', async () => {
    const s = new Scenario(t);
    const { hr } = await s.bureau('141100').then(({ officer }) => s.organization(officer, 'enterprise', '141102'));
    const fullName = '日志测试王';
    const worker = await s.worker(hr, { fullName });
    const me = await t.http().get('/api/v1/me').set(hr.auth).expect(200);
    const patched = await t.http().patch(`/api/v1/workers/${worker.id}`).set(hr.auth).set('x-request-id', 'trace-incident-42').send({ fullName: `${fullName}改` }).expect(200);
    await t.http().get(`/api/v1/workers?name=${encodeURIComponent(fullName)}`).set(hr.auth).expect(200);
    await t.http().post('/api/v1/auth/login').send({ username: 'nobody', password: PASSWORD }).expect(401);
    await t.http().get('/api/v1/no-such-route').expect(404);

    const lines = requestLines();
    const patch = lines.find((l) => l.requestId === 'trace-incident-42');
    expect(patched.headers['x-request-id']).toBe('trace-incident-42');
    expect(patch).toEqual({
      time: expect.any(String),
      level: 'info',
      context: 'Http',
      msg: 'request',
      method: 'PATCH',
      route: '/api/v1/workers/:id',
      status: 200,
      durationMs: expect.any(Number),
      requestId: 'trace-incident-42',
      userId: me.body.id,
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ method: 'GET', route: '/api/v1/workers', status: 200, userId: me.body.id }),
        expect.objectContaining({ method: 'POST', route: '/api/v1/auth/login', status: 401, userId: null }),
        expect.objectContaining({ method: 'GET', route: null, status: 404 }),
      ]),
    );
    for (const line of lines) expect(Object.keys(line).sort()).toEqual(['context', 'durationMs', 'level', 'method', 'msg', 'requestId', 'route', 'status', 'time', 'userId']);

    const text = readFileSync(logFile, 'utf8');
    for (const secret of [worker.idNumber, fullName, encodeURIComponent(fullName), hr.token, PASSWORD, 'nobody']) expect(text).not.toContain(secret);
  });
});
