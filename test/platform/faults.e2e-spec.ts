import ExcelJS from 'exceljs';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { verifyAuditChains } from '@skill-ladder/platform';
import { Session } from '../harness/auth';
import { OrgRef, PASSWORD, Scenario } from '../harness/scenario';
import { ADMIN, createTestApp, TestApp } from '../harness/test-app';

const ROOT = join(__dirname, '..', '..');
const WELDER = '6-18-02-04';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TODAY = '2026-09-01';
const HR_USERNAME = 'fault.hr';

/**
 * kill -9 of the API in the middle of a write, then a restart: the change is all there or not
 * at all, and the audit chain still verifies. The API runs as its own process (the build of
 * `npm run build:api`) on this file's database copy. To kill it at a known point without a hook
 * in the product, the test holds a lock the request needs only after it has written: the request
 * then waits inside its transaction, which PostgreSQL shows (RowExclusiveLock on the table it
 * wrote, waiting on a lock), and that is when it gets SIGKILL.
 */
describe('faults: kill -9 of the API mid-request', () => {
  let t: TestApp;
  let s: Scenario;
  let db: Client;
  let build: string;
  let lvliang: { org: OrgRef; officer: Session };
  let coking: { org: OrgRef; hr: Session };
  let versionId: string;
  const secrets = {
    JWT_SECRET: randomBytes(32).toString('hex'),
    PII_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    PII_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
  };

  const ok = async (session: Session, path: string, body: object = {}) => {
    const res = await t.http().post(`/api/v1${path}`).set(session.auth).send(body);
    if (res.status >= 300) throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  const auditIntact = async () => {
    const result = await verifyAuditChains(async (sql, params) => (await db.query(sql, params)).rows);
    expect(result.firstBreak).toBeNull();
    expect(result.events).toBeGreaterThan(0);
    return result.events;
  };

  /** The API as a process of its own, on this file's database and secrets, with its clock at `clockNow`. */
  async function startApi(clockNow: string): Promise<{ base: string; child: ChildProcess; token: (username: string) => Promise<string> }> {
    const port = await freePort();
    const child = spawn(process.execPath, [join(build, 'apps/api/src/main.js')], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...secrets,
        NODE_ENV: 'test',
        DATABASE_URL: t.databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        CLOCK_NOW: clockNow,
        ADMIN_USERNAME: ADMIN.username,
        ADMIN_PASSWORD: ADMIN.password,
        AUTH_RATE_LIMIT_PER_MINUTE: '10000',
        LOG_LEVEL: 'error',
        LOG_FILE: process.env.TEST_LOG_FILE,
        FILES_DIR: t.config.FILES_DIR,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const base = `http://127.0.0.1:${port}/api/v1`;
    const deadline = Date.now() + 45_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode}: ${stderr}`);
      if (Date.now() > deadline) throw new Error(`The API did not answer /health in time: ${stderr}`);
      const res = await fetch(`${base}/health`).catch(() => null);
      if (res?.ok) break;
      await sleep(100);
    }
    const token = async (username: string) => {
      // Says what became of the API if it stopped answering after /health (seen once in CI under load: ECONNREFUSED).
      const res = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) }).catch(
        (error: Error) => {
          throw new Error(`${error.message} (${String(error.cause)}); the API process: exit code ${child.exitCode}, signal ${child.signalCode}, stderr: ${stderr || '(empty)'}`);
        },
      );
      return ((await res.json()) as { accessToken: string }).accessToken;
    };
    return { base, child, token };
  }

  /**
   * Holds `lock` (SQL run in an open transaction of the test's own), sends the request, waits until
   * it is blocked inside its transaction after writing `table`, and kills the API with SIGKILL.
   */
  async function killWhileWaiting(api: { child: ChildProcess }, lock: { sql: string; params: unknown[] }, table: string, send: () => Promise<unknown>): Promise<void> {
    const blocker = new Client({ connectionString: t.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query(lock.sql, lock.params);
      const request = send().catch(() => 'connection lost');
      const backend = await waitFor(async () => {
        const rows = await db.query(
          `SELECT a.pid FROM pg_stat_activity a
            WHERE a.datname = current_database() AND a.wait_event_type = 'Lock' AND a.backend_xid IS NOT NULL
              AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.granted AND l.mode = 'RowExclusiveLock' AND l.relation = $1::regclass)`,
          [table],
        );
        return rows.rows[0]?.pid as number | undefined;
      }, `a request blocked after writing ${table}`);
      const exited = new Promise((resolve) => api.child.once('exit', resolve));
      api.child.kill('SIGKILL');
      await exited;
      expect(await request).toBe('connection lost');
      await blocker.query('ROLLBACK');
      // With its client gone, the backend aborts the transaction once it gets past the lock.
      await waitFor(async () => (await db.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [backend])).rowCount === 0 || undefined, 'the orphaned backend to end');
    } finally {
      await blocker.end();
    }
  }

  async function campaign(name: string, capacity: number): Promise<string> {
    const c = await ok(coking.hr, '/campaigns', {
      name, occupationCode: WELDER, standardVersionId: versionId, levels: [{ rank: 'L4', capacity }],
      registrationOpensOn: TODAY, registrationClosesOn: '2026-09-04', assessmentStartsOn: '2026-09-07', assessmentEndsOn: '2026-09-08',
    });
    await ok(coking.hr, `/campaigns/${c.id}/file`);
    await ok(lvliang.officer, `/campaigns/${c.id}/acknowledge`);
    await ok(coking.hr, `/campaigns/${c.id}/open-registration`);
    return c.id;
  }

  beforeAll(async () => {
    mkdirSync(join(ROOT, '.data'), { recursive: true });
    build = mkdtempSync(join(ROOT, '.data', 'fault-api-'));
    execFileSync(process.execPath, [require.resolve('@swc/cli/bin/swc.js'), 'apps/api', 'libs', 'config', 'migrations', '-d', build, '--config-file', '.swcrc', '--ignore', '**/*.spec.ts', '--quiet'], { cwd: ROOT });
    t = await createTestApp({ ...secrets, CLOCK_NOW: `${TODAY}T09:00:00+08:00` });
    s = new Scenario(t);
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    lvliang = await s.bureau('141100', '吕梁市人力资源和社会保障局');
    coking = await s.organization(lvliang.officer, 'enterprise', '141102', '山西吕梁焦化集团');
    await s.post(lvliang.officer, '/api/v1/users', { username: HR_USERNAME, password: PASSWORD, displayName: 'HR', organizationId: coking.org.id, roles: ['hr_admin'] });
    const filing = await s.post(coking.hr, '/api/v1/evaluation-bodies', { scope: [{ occupationCode: WELDER, ranks: ['L4'] }] });
    await s.post(lvliang.officer, `/api/v1/evaluation-bodies/${filing.id}/approve`, { institutionCode: '0000', stationSerial: '000123' });
    const standards = await t.http().get(`/api/v1/standards?occupationCode=${WELDER}&source=national`).set(coking.hr.auth).expect(200);
    versionId = standards.body.items[0].inForce.id;
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
    if (build) rmSync(build, { recursive: true, force: true });
  });

  it('XLSX import of applications: killed after inserting its rows, nothing is kept; after a restart the same file imports whole', async () => {
    const campaignId = await campaign('批量报名中断测试', 60);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('报名');
    sheet.addRow(['身份证号码', '姓名', '申报等级']);
    for (let i = 0; i < 40; i++) {
      const worker = await s.worker(coking.hr, { fullName: `职工导入${i}` });
      sheet.addRow([worker.idNumber, `职工导入${i}`, '四级/中级工']);
    }
    const workbook = Buffer.from(await book.xlsx.writeBuffer());
    const counts = async () =>
      (await db.query(`SELECT (SELECT count(*)::int FROM applications WHERE campaign_id = $1) AS applications,
         (SELECT seats_taken FROM campaign_levels WHERE campaign_id = $1) AS seats, (SELECT count(*)::int FROM audit_events) AS audit`, [campaignId])).rows[0];
    const before = await counts();
    expect(before).toMatchObject({ applications: 0, seats: 0 });

    let api = await startApi(`${TODAY}T10:00:00+08:00`);
    const token = await api.token(HR_USERNAME);
    const importSheet = (base: string, bearer: string) =>
      fetch(`${base}/campaigns/${campaignId}/applications/import`, { method: 'POST', headers: { authorization: `Bearer ${bearer}`, 'content-type': XLSX }, body: workbook });
    // The import audits last, under the body's audit-chain lock: holding it stops the import after its inserts.
    await killWhileWaiting(api, { sql: 'SELECT pg_advisory_xact_lock(hashtextextended($1, 7))', params: [`audit:${coking.org.id}`] }, 'applications', () =>
      importSheet(api.base, token),
    );

    expect(await counts()).toEqual(before);
    await auditIntact();

    api = await startApi(`${TODAY}T10:30:00+08:00`);
    try {
      const res = await importSheet(api.base, await api.token(HR_USERNAME));
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ rows: 40, created: 40, badRows: [] });
      expect(await counts()).toMatchObject({ applications: 40, seats: 40, audit: before.audit + 1 });
      await auditIntact();
    } finally {
      api.child.kill('SIGKILL');
    }
  });

  it('finalization: killed after issuing a certificate, the campaign is still in publicity with none; after a restart it finalizes whole', async () => {
    const campaignId = await campaign('定稿中断测试', 30);
    const candidates: { id: string; name: string; ticket?: string }[] = [];
    for (const name of ['王建国', '李秀英', '张伟']) candidates.push({ id: (await s.worker(coking.hr, { fullName: name })).id, name });
    for (const c of candidates) {
      const application = await ok(coking.hr, `/campaigns/${campaignId}/applications`, { rank: 'L4', personId: c.id });
      c.ticket = (await ok(coking.hr, `/applications/${application.id}/approve`)).ticketNumber;
    }
    const evaluators: Session[] = [];
    for (const [i, name] of ['考评员甲', '考评员乙', '考评员丙'].entries()) {
      const username = `fault.evaluator${i}`;
      const user = await s.post(coking.hr, '/api/v1/users', { username, password: PASSWORD, displayName: name, roles: ['evaluator'] });
      const person = await s.worker(coking.hr, { fullName: name });
      await s.post(coking.hr, '/api/v1/evaluators', {
        userId: user.id, personId: person.id, occupations: [WELDER], highestRank: 'L1',
        qualificationCertificateNumber: `KPY-1411-${String(7000 + i)}`, validFrom: '2024-01-01', validUntil: '2029-12-31',
      });
      const session = await t.http().post('/api/v1/auth/login').send({ username, password: PASSWORD }).expect(200);
      evaluators.push({ token: session.body.accessToken, refreshToken: session.body.refreshToken, auth: { Authorization: `Bearer ${session.body.accessToken}` } });
    }
    await ok(coking.hr, `/campaigns/${campaignId}/close-registration`);
    await ok(coking.hr, `/campaigns/${campaignId}/start-assessment`);
    await ok(coking.hr, `/campaigns/${campaignId}/draws`, { rank: 'L4', component: 'practical' });
    await ok(coking.hr, `/campaigns/${campaignId}/start-scoring`);
    for (const [i, e] of evaluators.entries()) {
      const sheets = await t.http().get(`/api/v1/score-sheets?campaignId=${campaignId}`).set(e.auth).expect(200);
      for (const sheet of sheets.body) await ok(e, `/score-sheets/${sheet.id}/submit`, { score: 84 + i * 2 });
    }
    const book = new ExcelJS.Workbook();
    const theory = book.addWorksheet('理论成绩');
    theory.addRow(['准考证号', '姓名', '成绩']);
    for (const c of candidates) theory.addRow([c.ticket as string, c.name, 88]);
    await t.http().post(`/api/v1/campaigns/${campaignId}/theory-scores/import`).set(coking.hr.auth).set('Content-Type', XLSX)
      .send(Buffer.from(await book.xlsx.writeBuffer())).expect(200);
    await ok(coking.hr, `/campaigns/${campaignId}/publish-results`);

    const state = async () =>
      (await db.query(`SELECT (SELECT status FROM campaigns WHERE id = $1) AS status, (SELECT count(*)::int FROM certificates WHERE campaign_id = $1) AS certificates,
         (SELECT count(*)::int FROM audit_events) AS audit`, [campaignId])).rows[0];
    const before = await state();
    expect(before).toMatchObject({ status: 'publicity', certificates: 0 });

    const afterPublicity = '2026-09-15T09:00:00+08:00';
    let api = await startApi(afterPublicity);
    const finalize = async (base: string, bearer: string) => fetch(`${base}/campaigns/${campaignId}/finalize`, { method: 'POST', headers: { authorization: `Bearer ${bearer}` } });
    const token = await api.token(HR_USERNAME);
    // Each issued certificate is then marked on its result row: holding those rows stops finalization after the first certificate.
    await killWhileWaiting(api, { sql: 'SELECT 1 FROM campaign_results WHERE campaign_id = $1 FOR UPDATE', params: [campaignId] }, 'certificates', () =>
      finalize(api.base, token),
    );

    expect(await state()).toEqual(before);
    await auditIntact();

    api = await startApi(afterPublicity);
    try {
      const res = await finalize(api.base, await api.token(HR_USERNAME));
      expect(res.status).toBe(200);
      expect(((await res.json()) as { certificates: unknown[] }).certificates).toHaveLength(3);
      expect(await state()).toMatchObject({ status: 'finalized', certificates: 3 });
      await auditIntact();
    } finally {
      api.child.kill('SIGKILL');
    }
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(20);
  }
}
