import sharp from 'sharp';
import { buildOpenApiDocument } from '../../apps/api/src/configure-app';
import { login, Session } from '../harness/auth';
import { PASSWORD, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

type Operation = { 'x-access'?: { public?: boolean; roles?: string[] } };

const RANDOM_ID = '3f1c2b7e-9d4a-4e21-8c55-0a6b1f2e3d4c';
const SIGNED_IN_ROLES = ['platform_admin', 'bureau_officer', 'hr_admin', 'evaluator', 'worker'] as const;

/**
 * Every operation of the OpenAPI document × every role and anonymous, with the answer expected
 * from the operation's declared access (x-access): a new route is covered without a test of its
 * own. Then, for the routes on one worker and one organization, the callers of another tenant
 * (HR of another enterprise, the bureau of another city, another worker) get 404, never the data.
 */
describe('authorization matrix', () => {
  let t: TestApp;
  const sessions: Record<string, Session> = {};
  const foreign: Record<string, Session> = {};
  let workerId: string;
  let orgId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const s = new Scenario(t);
    sessions.platform_admin = await s.admin();
    const lvliang = await s.bureau('141100');
    const taiyuan = await s.bureau('140100');
    sessions.bureau_officer = lvliang.officer;
    foreign.bureau_officer = taiyuan.officer;
    const own = await s.organization(lvliang.officer, 'enterprise', '141102');
    const other = await s.organization(taiyuan.officer, 'enterprise', '140105');
    sessions.hr_admin = own.hr;
    foreign.hr_admin = other.hr;
    orgId = own.org.id;
    workerId = (await s.worker(own.hr)).id;
    sessions.worker = await s.workerLogin(own.hr, workerId);
    // The photo route answers 404 for a worker without one; with one, the owner reads it and other tenants still get 404.
    const photo = await sharp({ create: { width: 300, height: 400, channels: 3, background: '#808080' } }).jpeg().toBuffer();
    await t.http().put(`/api/v1/workers/${workerId}/photo`).set(own.hr.auth).set('content-type', 'image/jpeg').send(photo).expect(200);
    foreign.worker = await s.workerLogin(other.hr, (await s.worker(other.hr, {}, { occupationStartedOn: '2015-01-01', hiredOn: '2015-01-01' })).id);
    await s.post(own.hr, '/api/v1/users', { username: 'matrix.evaluator', password: PASSWORD, displayName: '考评员', organizationId: own.org.id, roles: ['evaluator'] });
    sessions.evaluator = await login(t, 'matrix.evaluator', PASSWORD);
  });
  afterAll(() => t.close());

  const operations = () =>
    Object.entries(buildOpenApiDocument(t.app).paths).flatMap(([path, item]) =>
      (['get', 'post', 'put', 'patch', 'delete'] as const)
        .filter((method) => (item as Record<string, unknown>)[method])
        .map((method) => ({ method, path, access: ((item as Record<string, Operation>)[method]['x-access'] ?? {}) as NonNullable<Operation['x-access']> })),
    );
  const call = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', url: string, session?: Session) => {
    const req = t.http()[method](url);
    if (session) req.set(session.auth);
    // Sign-out would end the session the rest of the matrix runs with.
    return method === 'get' || method === 'delete' ? req : req.send({});
  };

  it('answers every route as its declared access says, for every role and anonymous', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    for (const { method, path, access } of operations()) {
      if (path.endsWith('/auth/logout')) continue;
      const url = path.replace(/\{[^}]+\}/g, RANDOM_ID);
      const anonymous = await call(method, url);
      calls++;
      if (!access.public && anonymous.status !== 401) mismatches.push(`${method.toUpperCase()} ${path} anonymous → ${anonymous.status}`);
      // A public route may refuse a bad credential of its own (refresh: INVALID_REFRESH_TOKEN); only the guard's demand for a token is wrong there.
      if (access.public && anonymous.status === 401 && anonymous.body.code === 'UNAUTHENTICATED') mismatches.push(`${method.toUpperCase()} ${path} (public) anonymous → 401`);
      if (access.public) continue;
      for (const role of SIGNED_IN_ROLES) {
        const admitted = access.roles?.includes(role) || access.roles?.includes('authenticated');
        const res = await call(method, url, sessions[role]);
        calls++;
        const refusedByRole = res.status === 403 && res.body.code === 'ROLE_NOT_ALLOWED';
        if (admitted ? refusedByRole || res.status === 401 : !refusedByRole) mismatches.push(`${method.toUpperCase()} ${path} ${role} (${admitted ? 'admitted' : 'not admitted'}) → ${res.status} ${res.body.code ?? ''}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBeGreaterThan(900);
  });

  it('another tenant reading one worker or one organization gets 404 on every such route', async () => {
    const leaks: string[] = [];
    let checked = 0;
    for (const { method, path, access } of operations()) {
      if (method !== 'get') continue;
      const target = path.startsWith('/api/v1/workers/{id}') ? workerId : path.startsWith('/api/v1/organizations/{id}') ? orgId : null;
      if (!target || (path.match(/\{/g) ?? []).length !== 1) continue;
      const url = path.replace('{id}', target);
      await call('get', url, sessions.hr_admin).expect((res) => {
        if (res.status !== 200) leaks.push(`${path}: the owner's HR gets ${res.status}`);
      });
      for (const [role, session] of Object.entries(foreign)) {
        if (!access.roles?.includes(role) && !access.roles?.includes('authenticated')) continue;
        checked++;
        const res = await call('get', url, session);
        if (res.status !== 404) leaks.push(`${path}: ${role} of another tenant → ${res.status}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });
});
