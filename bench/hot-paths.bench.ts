import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import fastify from 'fastify';
import { Client, Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { loadConfig } from '@skill-ladder/config';
import { CertificatesService } from '@skill-ladder/evaluations';
import { generateCreditCode, generateResidentId } from '@skill-ladder/platform';
import { AppModule } from '../apps/api/src/app.module';
import { ensurePlatformAdmin } from '../apps/api/src/bootstrap-admin';
import { configureApp } from '../apps/api/src/configure-app';
import { createFastifyAdapter } from '../apps/api/src/fastify-adapter';
import { runWithDatabase } from '../scripts/cli-runtime';
import { DEMO_PASSWORD, seedDemo } from '../scripts/seed-demo-scenario';
import { copyCandidates, DemoHttp, scoreDemoCampaign } from './demo-world';

/**
 * `npm run bench` (100k workers) or `npm run bench -- --quick` (10k, a few seconds per scenario):
 * the hot read paths of issue 12 against a raw Fastify + pg server that replays the very
 * statements the API sent for the same request, interleaved in one run on one scratch database,
 * so the ratio shows what the framework and the code around the SQL cost. The machine is shared:
 * read ratios, not absolute figures. Writes one Markdown table to bench/results/.
 *
 * The database holds the demo world (`seedDemo`, its bureau for 141100 and its officer are the
 * bench's too), an enterprise of the bench's workers, and the demo's campaign in scoring, scored
 * by its evaluators and grown to CANDIDATES candidates: the campaign's applications list, a
 * worker's eligibility report, a retried score-sheet submission (POST, answered the same) and the
 * region's analytics are loaded beside the worker paths.
 *
 * Options, for measuring one path in a few minutes on a shared machine:
 * `--only verify,career` (keys: verify, career, list, deep, next, filter, count, apps, apps-deep, eligibility,
 * sheet, analytics), `--rounds N` (each round
 * runs every target once, in a rotated order; medians are reported), `--seconds S` per load,
 * `--compare <dist>` (another build's output, e.g. main's: its API process is loaded beside this
 * build's in every round, for before/after in one run), `--cpu-prof-dir <dir>` (the API processes
 * write V8 CPU profiles there), `--no-process` (skip the API processes: no cold start, RSS or
 * CPU per request), `--show-sql` (print the statements captured for each scenario). For each API process it reports CPU ms per request from /proc, which depends
 * far less on the machine's load than req/s does.
 */
const QUICK = process.argv.includes('--quick');
const WORKERS = QUICK ? 10_000 : 100_000;
const CERTIFICATES = QUICK ? 100 : 1_000;
/** Candidates of the demo's campaign in scoring, for the applications list. */
const CANDIDATES = QUICK ? 2_000 : 10_000;
const DURATION_SECONDS = Number(option('--seconds') ?? (QUICK ? 3 : 15));
const ROUNDS = Number(option('--rounds') ?? 1);
/** Scenario keys to run (`--only verify,career`); all when absent. */
const ONLY = option('--only')?.split(',').map((k) => k.trim());
/** A second build's `dist` (e.g. main's): its API process is loaded beside this build's, interleaved with the baseline. */
const COMPARE_DIST = option('--compare');
/** Where the API processes write V8 CPU profiles (`--cpu-prof`) of their load, if given. */
const PROFILE_DIR = option('--cpu-prof-dir');
const SKIP_PROCESS = process.argv.includes('--no-process');
/** Print each scenario's captured statements (`--show-sql`), to see what the raw server replays. */
const SHOW_SQL = process.argv.includes('--show-sql');
const CONNECTIONS = 50;
/**
 * The region's analytics reads every worker of the region (hundreds of ms alone, most of it in
 * PostgreSQL): at 50 connections, or in a 2 s run, a load would complete next to nothing.
 */
const ANALYTICS_CONNECTIONS = 2;
const ANALYTICS_MIN_SECONDS = 10;
const WELDER = '6-18-02-04';
const PASSWORD = 'bench-password-not-secret';

interface Statement {
  text: string;
  values: unknown[];
  /** Which of the API's pg connections sent it (numbered in the order first seen): a transaction's statements share one. */
  connection: number;
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}

interface Scenario {
  key: string;
  name: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  /** A JSON body (POST): sent to the API and, with its content type, to the raw server too. */
  body?: unknown;
  statements: Statement[];
  /** The replay keeps the API's connections apart: the API ran some statements in a transaction (a cursor lives on its connection). */
  transactional: boolean;
  /** Statements that write (INSERT, UPDATE, DELETE), reported: a retried write should have none. */
  writes: number;
  /** The captured request's time, alone on the server (ms). */
  aloneMs: number;
  /** Concurrent connections of its loads, when not CONNECTIONS (a heavy read would complete nothing in a short run). */
  connections?: number;
  /** Its loads last at least this long, whatever --seconds says. */
  minSeconds?: number;
}

interface ScenarioSpec {
  key: string;
  name: string;
  path: string;
  headers: Record<string, string>;
  method?: 'GET' | 'POST';
  body?: unknown;
  connections?: number;
  minSeconds?: number;
}

void runWithDatabase(async (baseConfig) => {
  const scratch = `sl_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: baseConfig.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  const url = new URL(baseConfig.DATABASE_URL as string);
  url.pathname = `/${scratch}`;
  const databaseUrl = url.toString();
  let app: NestFastifyApplication | undefined;
  const raw = new Pool({ connectionString: databaseUrl, max: 10 });
  const rawServer = fastify({ logger: false });
  const processes: ApiProcess[] = [];
  try {
    const { migrateDatabase } = await import('../apps/api/src/database/migrate');
    await migrateDatabase(databaseUrl);
    const config = {
      ...loadConfig({ ...process.env, DATABASE_URL: databaseUrl, ADMIN_PASSWORD: PASSWORD, AUTH_RATE_LIMIT_PER_MINUTE: '100000000', LOG_LEVEL: 'error' }),
      JWT_SECRET: baseConfig.JWT_SECRET,
      PII_ENCRYPTION_KEY: baseConfig.PII_ENCRYPTION_KEY,
      PII_BLIND_INDEX_KEY: baseConfig.PII_BLIND_INDEX_KEY,
      DATABASE_URL: databaseUrl,
    };
    app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), createFastifyAdapter(), { logger: ['error'] });
    configureApp(app, config);
    await ensurePlatformAdmin(app, config);
    await app.listen(0, '127.0.0.1');
    const base = await app.getUrl();
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const api = new Api(base.replace('[::1]', '127.0.0.1'));

    const started = Date.now();
    // The demo world first: it refuses a database that already holds a bureau for 141100, and the bench's enterprise uses the demo's.
    if ((await seedDemo(app, config, 0, (text) => process.stderr.write(`${text}\n`))) !== 0) throw new Error('seedDemo did not seed the demo world');
    const data = await buildDataset(api, app, dataSource, config.ADMIN_USERNAME);
    process.stdout.write(
      `dataset: demo world, ${WORKERS} workers, ${CERTIFICATES} certificates, ${CANDIDATES} candidates in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );

    const capture = new StatementCapture(dataSource);
    const deepPage = Math.floor((WORKERS * 0.7) / 50);
    const scenarios: Scenario[] = [];
    const appsDeepPage = Math.floor((CANDIDATES * 0.7) / 50);
    const campaign = data.campaign;
    // The worker the page before the deep page ends with: the web app's next-page click names it (`after`).
    const beforeDeep = (await api.get(`/api/v1/workers?page=${deepPage - 1}`, data.hr)) as { items: { id: string }[] };
    const anchor = beforeDeep.items.at(-1)?.id;
    if (!anchor) throw new Error(`worker list page ${deepPage - 1} is empty`);
    const all: ScenarioSpec[] = [
      { key: 'verify', name: 'public verify', path: `/api/v1/public/certificates/${data.certificate.number}?name=${encodeURIComponent(data.certificate.holder)}`, headers: {} },
      { key: 'career', name: 'career path', path: `/api/v1/workers/${data.workerId}/career-path`, headers: data.worker },
      // The worker list as the web app asks for it: pages without their count, the count once per filter.
      { key: 'list', name: 'worker list, page 1', path: '/api/v1/workers?withTotal=false', headers: data.hr },
      { key: 'deep', name: `worker list, page ${deepPage} (a jump)`, path: `/api/v1/workers?page=${deepPage}&withTotal=false`, headers: data.hr },
      { key: 'next', name: `worker list, page ${deepPage} (next page, after=)`, path: `/api/v1/workers?page=${deepPage}&after=${anchor}&withTotal=false`, headers: data.hr },
      { key: 'filter', name: 'worker list, name filter', path: `/api/v1/workers?name=${encodeURIComponent('职工12')}&withTotal=false`, headers: data.hr },
      { key: 'count', name: 'worker count (once per filter)', path: '/api/v1/workers/count', headers: data.hr },
      { key: 'apps', name: `applications of a campaign (${CANDIDATES}), page 1`, path: `/api/v1/campaigns/${campaign.id}/applications`, headers: campaign.hr },
      {
        key: 'apps-deep',
        name: `applications of a campaign (${CANDIDATES}), page ${appsDeepPage}`,
        path: `/api/v1/campaigns/${campaign.id}/applications?page=${appsDeepPage}`,
        headers: campaign.hr,
      },
      {
        key: 'eligibility',
        name: 'eligibility report of a worker',
        method: 'POST',
        path: `/api/v1/standards/${data.eligibility.standardId}/versions/${data.eligibility.version}/eligibility`,
        headers: data.hr,
        body: { personId: data.workerId, rank: 'L3' },
      },
      { key: 'sheet', name: 'score sheet, retried submit', method: 'POST', path: `/api/v1/score-sheets/${campaign.retry.sheetId}/submit`, headers: campaign.retry.headers, body: campaign.retry.body },
      {
        key: 'analytics',
        name: `region analytics (141100), ${ANALYTICS_CONNECTIONS} connections, ≥ ${ANALYTICS_MIN_SECONDS} s`,
        path: '/api/v1/analytics/region?regionCode=141100',
        headers: data.officer,
        connections: ANALYTICS_CONNECTIONS,
        minSeconds: ANALYTICS_MIN_SECONDS,
      },
    ];
    const unknown = ONLY?.filter((k) => !all.some(({ key }) => key === k));
    if (unknown?.length) throw new Error(`--only: unknown scenario ${unknown.join(', ')} (known: ${all.map(({ key }) => key).join(', ')})`);
    for (const spec of all.filter(({ key }) => !ONLY || ONLY.includes(key))) {
      const method = spec.method ?? 'GET';
      // Api.send throws on any answer but 2xx: a scenario whose request fails is never loaded.
      const sent = Date.now();
      const statements = await capture.during(() => api.send(method, spec.path, spec.headers, spec.body));
      const aloneMs = Date.now() - sent;
      if (statements.length === 0) throw new Error(`${spec.key}: the API sent no statement for ${method} ${spec.path}`);
      const transactional = statements.some((s) => /^\s*(START TRANSACTION|BEGIN)\b/i.test(s.text));
      const writes = statements.filter((s) => /^\s*(WITH\b[\s\S]*\b)?(INSERT|UPDATE|DELETE)\b/i.test(s.text)).length;
      scenarios.push({ ...spec, method, statements, transactional, writes, aloneMs });
      if (SHOW_SQL) process.stdout.write(`\n${spec.key}: ${method} ${spec.path} (${aloneMs} ms alone)\n${statements.map((s) => `  ${s.text.replace(/\s+/g, ' ').slice(0, 300)}`).join('\n')}\n`);
    }
    capture.stop();

    // The baseline: the same statements, in order, on a plain pool, answered as JSON. Where the API
    // ran a transaction, each of its connections is replayed on a connection of its own, in the
    // order sent: a statement that another transaction sent meanwhile (a scheduled job) cannot end
    // the request's transaction or close its cursor.
    rawServer.route<{ Params: { i: string } }>({
      method: ['GET', 'POST'],
      url: '/raw/:i',
      handler: async (request) => {
        const scenario = scenarios[Number(request.params.i)];
        const results: unknown[] = [];
        if (!scenario.transactional) {
          for (const s of scenario.statements) results.push((await raw.query(s.text, s.values)).rows);
          return results;
        }
        const clients = new Map<number, PoolClient>();
        try {
          for (const s of scenario.statements) {
            let client = clients.get(s.connection);
            if (!client) clients.set(s.connection, (client = await raw.connect()));
            results.push((await client.query(s.text, s.values)).rows);
          }
        } catch (error) {
          await Promise.all([...clients.values()].map((c) => c.query('ROLLBACK').catch(() => undefined)));
          throw error;
        } finally {
          for (const client of clients.values()) client.release();
        }
        return results;
      },
    });
    const rawBase = await rawServer.listen({ port: 0, host: '127.0.0.1' });
    // Each replay once before any load: an error there (a 500) would make the baseline meaningless.
    for (const [i, s] of scenarios.entries()) {
      const res = await fetch(`${rawBase}/raw/${i}`, { method: s.method, ...bodyOf(s) });
      if (!res.ok) throw new Error(`${s.key}: the raw replay failed, ${res.status} ${await res.text()}`);
    }

    // The API as deployed, each build as its own Node process on the same database: this build,
    // and with --compare another build's dist (main's, say), for before/after in one run.
    if (!SKIP_PROCESS) {
      processes.push(await startApi('this build', join(__dirname, '..'), databaseUrl, config));
      if (COMPARE_DIST) processes.push(await startApi(`--compare ${COMPARE_DIST}`, COMPARE_DIST, databaseUrl, config));
    }
    const targets: { label: string; url: (s: Scenario, i: number) => string; cpuMs?: () => number }[] = [
      { label: 'project (in the bench process)', url: (s) => `${api.base}${s.path}` },
      { label: 'raw same SQL', url: (_s, i) => `${rawBase}/raw/${i}` },
      ...processes.map((p) => ({ label: `API process, ${p.label}`, url: (s: Scenario) => `${p.base}${s.path}`, cpuMs: p.cpuMs })),
    ];
    // results[scenario][target][round]; each round runs the targets in a rotated order so that
    // none is always first or last while the shared machine's load drifts.
    const results: Load[][][] = scenarios.map(() => targets.map(() => []));
    const rows: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, s] of scenarios.entries()) {
        for (let k = 0; k < targets.length; k++) {
          const t = (k + round) % targets.length;
          const headers = { ...(t === 1 ? {} : s.headers), ...bodyOf(s).headers };
          const cpuBefore = targets[t].cpuMs?.();
          const result = await load(targets[t].url(s, i), s.method, headers, bodyOf(s).body, s.connections, Math.max(DURATION_SECONDS, s.minSeconds ?? 0));
          if (cpuBefore !== undefined) result.cpuMsPerRequest = (targets[t].cpuMs!() - cpuBefore) / result.requests;
          results[i][t][round] = result;
        }
        const [project, baseline, ...others] = results[i].map((r) => r[round]);
        rows.push(
          `| ${s.name} | ${round + 1} | ${s.statements.length} | ${fmt(project)} | ${fmt(baseline)} | **${ratio(project, baseline)}** |` +
            others.map((o) => ` ${fmt(o)} · ${ratio(o, baseline)} · ${o.cpuMsPerRequest?.toFixed(2)} |`).join(''),
        );
        process.stdout.write(`${rows[rows.length - 1]}  (load ${loadavg()[0].toFixed(1)})\n`);
      }
    }
    const summary = scenarios.map((s, i) => {
      const ratios = targets.slice(2).map((_t, k) => median(results[i][k + 2].map((l, r) => l.rps / results[i][1][r].rps)));
      const p99s = targets.map((_t, k) => median(results[i][k].map((l) => l.p99)));
      const cpu = targets.slice(2).map((_t, k) => median(results[i][k + 2].map((l) => l.cpuMsPerRequest ?? NaN)));
      return (
        `| ${s.name} | ${s.statements.length}${s.writes ? ` (${s.writes} writing)` : ''} | ${s.aloneMs} | ${median(results[i][0].map((l, r) => l.rps / results[i][1][r].rps)).toFixed(2)} | ${p99s[0]} | ${p99s[1]} |` +
        ratios.map((x, k) => ` ${x.toFixed(2)} · ${p99s[k + 2]} · ${cpu[k].toFixed(2)} |`).join('')
      );
    });
    const memory = processes.map((p) => p.memory());
    const failures = scenarios.flatMap((s, i) =>
      targets.flatMap((t, k) => {
        const failed = results[i][k].reduce((n, l) => n + l.failures, 0);
        return failed ? [`${s.name}, ${t.label}: ${failed}`] : [];
      }),
    );
    const targetHeads = targets.slice(2).map((t) => ` ${t.label}: req/s · p50 · p99 (ms) · ÷ raw · CPU ms per request |`).join('');
    const report = [
      `# Hot paths, ${new Date().toISOString()}`,
      '',
      `${WORKERS} workers (one enterprise) beside the demo world, ${CERTIFICATES} certificates, ${CANDIDATES} candidates in the demo's campaign in scoring; ${CONNECTIONS} connections, ${DURATION_SECONDS} s per run, ${ROUNDS} round(s); ` +
        'raw = Fastify + pg replaying the statements the API sent for that request, in the bench process like autocannon. Shared machine: compare ratios.',
      '',
      `Load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(', ')} on ${cpus().length} CPUs (above the CPU count, every figure is inflated).`,
      '',
      `| scenario | round | SQL / request | project req/s · p50 · p99 (ms) | raw same SQL req/s · p50 · p99 (ms) | ratio |${targetHeads}`,
      `|---|---|---|---|---|---|${targets.slice(2).map(() => '---|').join('')}`,
      ...rows,
      '',
      `Medians over the rounds: the ratio to raw of the same round, and p99 (ms).`,
      '',
      `| scenario | SQL / request | one request alone (ms) | project ÷ raw | project p99 | raw p99 |${targets.slice(2).map((t) => ` ${t.label}: ÷ raw · p99 · CPU ms per request |`).join('')}`,
      `|---|---|---|---|---|---|${targets.slice(2).map(() => '---|').join('')}`,
      ...summary,
      '',
      ...scenarios
        .filter((s) => s.writes)
        .map((s) => `${s.name}: ${s.writes} of its ${s.statements.length} statements write (INSERT, UPDATE or DELETE); the raw replay runs them too.`),
      ...(failures.length ? [`**Failed requests (non-2xx or errors) under load:** ${failures.join('; ')}.`, ''] : []),
      'Cold start and RSS: the API as its own process (`node dist/apps/api/src/main.js` on the same database, schema migrated, build not included). ' +
        'Issuing: in the bench process, through the CertificatesService that finalization calls.',
      '',
      '| measure | value |',
      '|---|---|',
      ...processes.map((p) => `| ${p.label}: cold start, spawn to /api/v1/health answering | ${(p.coldStartMs / 1000).toFixed(1)} s |`),
      `| issuing ${data.issuing.count} certificates in one transaction, one by one as finalization does: time · per second · serial gaps | ` +
        `${(data.issuing.ms / 1000).toFixed(1)} s · ${Math.round((data.issuing.count * 1000) / data.issuing.ms)} · ${data.issuing.gaps} |`,
      ...processes.map((p, k) => `| ${p.label}: RSS after the load (VmRSS) · peak (VmHWM) | ${memory[k].rssMb} MB · ${memory[k].peakMb} MB |`),
      '',
    ].join('\n');
    const dir = join(process.cwd(), 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `hot-paths-${QUICK ? 'quick-' : ''}${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
    writeFileSync(file, report);
    process.stdout.write(`\n${report}\nwritten to ${file}\n`);
    if (failures.length) process.stderr.write(`FAILED: requests failed under load: ${failures.join('; ')}\n`);
    return failures.length ? 1 : 0;
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await rawServer.close();
    await raw.end();
    await app?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
  }
});

interface ApiProcess {
  label: string;
  base: string;
  coldStartMs: number;
  /** CPU time the process has used (user + system), from /proc: per request it hardly depends on the machine's load, unlike req/s. */
  cpuMs(): number;
  memory(): { rssMb: number; peakMb: number };
  stop(): Promise<void>;
}

/**
 * The API as deployed: `<dist>/apps/api/src/main.js` as its own Node process on the bench
 * database, timed from spawn to the health check answering. Its resident memory is read from
 * /proc (Linux); with --cpu-prof-dir it writes a V8 CPU profile when stopped.
 */
async function startApi(
  label: string,
  dist: string,
  databaseUrl: string,
  config: { JWT_SECRET?: string; PII_ENCRYPTION_KEY?: string; PII_BLIND_INDEX_KEY?: string },
): Promise<ApiProcess> {
  const port = await freePort();
  const started = Date.now();
  const flags = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...flags, join(dist, 'apps', 'api', 'src', 'main.js')], {
    env: {
      ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error', ADMIN_PASSWORD: PASSWORD,
      AUTH_RATE_LIMIT_PER_MINUTE: '100000000', JWT_SECRET: config.JWT_SECRET, PII_ENCRYPTION_KEY: config.PII_ENCRYPTION_KEY, PII_BLIND_INDEX_KEY: config.PII_BLIND_INDEX_KEY,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  };
  try {
    const base = `http://127.0.0.1:${port}`;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the API process (${label}) exited with ${child.exitCode}`);
      if (Date.now() - started > 120_000) throw new Error(`the API process (${label}) did not answer its health check in 120 s`);
      if (await fetch(`${base}/api/v1/health`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const coldStartMs = Date.now() - started;
    const memory = () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
    };
    const cpuMs = () => {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 a second on Linux).
      return (Number(fields[11]) + Number(fields[12])) * 10;
    };
    return { label, base, coldStartMs, memory, cpuMs, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function ratio(a: Load, b: Load): string {
  return (a.rps / b.rps).toFixed(2);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Load {
  rps: number;
  requests: number;
  /** API processes only. */
  cpuMsPerRequest?: number;
  p50: number;
  p99: number;
  failures: number;
}

/** The body of a scenario's requests with its content type, for every target alike. */
function bodyOf(s: Scenario): { body?: string; headers: Record<string, string> } {
  return s.body === undefined ? { headers: {} } : { body: JSON.stringify(s.body), headers: { 'content-type': 'application/json' } };
}

async function load(url: string, method: 'GET' | 'POST', headers: Record<string, string>, body?: string, connections = CONNECTIONS, duration = DURATION_SECONDS): Promise<Load> {
  const result = await autocannon({ url, method, headers, body, connections, duration });
  return {
    rps: result.requests.average, requests: result.requests.total, p50: result.latency.p50, p99: result.latency.p99,
    // A run that completed no request at all counts as failed: its figures would read as 0 and NaN.
    failures: result.non2xx + result.errors + (result.requests.total === 0 ? 1 : 0),
  };
}

function fmt(l: Load): string {
  return `${Math.round(l.rps)} · ${l.p50} · ${l.p99}${l.failures ? ` (${l.failures} failed)` : ''}`;
}

/** The statements the API sends to PostgreSQL while one request runs alone. */
class StatementCapture {
  private current: Statement[] | null = null;
  private readonly restore: () => void;

  constructor(dataSource: DataSource) {
    const proto = ((dataSource.driver as PostgresDriver).postgres as { Client: typeof Client }).Client.prototype as { query: (...args: unknown[]) => unknown };
    const original = proto.query;
    const capture = () => this.current;
    const connections = new WeakMap<object, number>();
    let seen = 0;
    proto.query = function (this: object, ...args: unknown[]) {
      const [query, values] = args as [string | { text: string; values?: unknown[] }, unknown];
      const list = capture();
      if (list) {
        let connection = connections.get(this);
        if (connection === undefined) connections.set(this, (connection = ++seen));
        list.push(typeof query === 'string' ? { text: query, values: Array.isArray(values) ? values : [], connection } : { text: query.text, values: query.values ?? [], connection });
      }
      return original.apply(this, args);
    };
    this.restore = () => {
      proto.query = original;
    };
  }

  async during(request: () => Promise<unknown>): Promise<Statement[]> {
    this.current = [];
    try {
      await request();
      return this.current;
    } finally {
      this.current = null;
    }
  }

  stop(): void {
    this.restore();
  }
}

class Api {
  constructor(readonly base: string) {}

  async login(username: string, password: string): Promise<Record<string, string>> {
    const { accessToken } = await this.send<{ accessToken: string }>('POST', '/api/v1/auth/login', {}, { username, password });
    return { authorization: `Bearer ${accessToken}` };
  }

  get(path: string, headers: Record<string, string>): Promise<unknown> {
    return this.send('GET', path, headers);
  }

  async send<T = { id: string }>(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }
}

/**
 * On top of the demo world (seeded first): through the API what a user would set up (with the
 * demo's bureau officer, an enterprise, its evaluation body, a worker with an account and a tier
 * policy); the bulk of workers and their credentials in SQL, and certificates through the service
 * finalization uses. Then the demo's campaign in scoring is scored by its evaluators and grown to
 * CANDIDATES candidates in SQL.
 */
async function buildDataset(api: Api, app: NestFastifyApplication, dataSource: DataSource, adminUsername: string) {
  await api.login(adminUsername, PASSWORD);
  const officer = await api.login('lvliang.officer', DEMO_PASSWORD);
  // Not one of the demo's names, and a credit-code sequence far from the demo's (1001 onwards).
  const enterprise = await api.send('POST', '/api/v1/organizations', officer, {
    kind: 'enterprise', name: '山西吕梁焦化集团（压测）', regionCode: '141102', creditCode: generateCreditCode({ regionCode: '141102', sequence: 1 }),
  });
  await api.send('POST', '/api/v1/users', officer, { username: 'bench.hr', password: PASSWORD, displayName: 'HR', organizationId: enterprise.id, roles: ['hr_admin'] });
  const hr = await api.login('bench.hr', PASSWORD);
  const filing = await api.send('POST', '/api/v1/evaluation-bodies', hr, { scope: [{ occupationCode: WELDER, ranks: ['L5', 'L4', 'L3', 'L2'] }] });
  await api.send('POST', `/api/v1/evaluation-bodies/${filing.id}/approve`, officer, { institutionCode: '0000', stationSerial: '000123' });
  const worker = await api.send('POST', '/api/v1/workers', hr, {
    fullName: '王建国',
    idNumber: generateResidentId({ regionCode: '141102', birthDate: '1991-05-29', sequence: 1 }),
    employment: { employmentType: 'regular', occupationCode: WELDER, occupationStartedOn: '2012-07-01', hiredOn: '2012-07-01' },
  });
  await api.send('POST', `/api/v1/workers/${worker.id}/credentials`, hr, { occupationCode: WELDER, rank: 'L4', issuedOn: '2018-05-20', issuerName: '山西省职业技能鉴定指导中心' });
  await api.send('POST', `/api/v1/organizations/${enterprise.id}/tier-policies`, hr, { nationalRank: 'L2', monthlyAllowance: 800 });
  await api.send('POST', `/api/v1/workers/${worker.id}/account`, hr, { username: 'bench.worker', password: PASSWORD });
  const workerSession = await api.login('bench.worker', PASSWORD);

  await dataSource.query(
    `WITH p AS (
       INSERT INTO persons (organization_id, full_name, id_number_cipher, id_number_index, id_number_masked, birth_date, sex)
       SELECT $1, '职工' || i, decode(md5('c' || i), 'hex'), decode(md5('i' || i), 'hex'), '141102********0000',
              date '1970-01-01' + (i % 12000), CASE WHEN i % 2 = 0 THEN 'male' ELSE 'female' END
         FROM generate_series(1, $2::int) i RETURNING id),
     e AS (INSERT INTO employments (person_id, employer_org_id, work_org_id, employment_type, occupation_code, hired_on)
           SELECT id, $1, $1, 'regular', $3, '2015-01-01' FROM p)
     INSERT INTO person_credentials (person_id, organization_id, occupation_code, rank, issued_on, issuer_name, source)
     SELECT id, $1, $3, (ARRAY['L5', 'L4', 'L3'])[1 + (random() * 2)::int], '2019-06-01', '山西省职业技能鉴定指导中心', 'external' FROM p`,
    [enterprise.id, WORKERS, WELDER],
  );
  const holders = (await dataSource.query(`SELECT id, full_name FROM persons WHERE full_name LIKE '职工%' ORDER BY id LIMIT $1`, [CERTIFICATES])) as { id: string; full_name: string }[];
  const certificates = app.get(CertificatesService);
  let certificate = { number: '', holder: '' };
  // In one transaction, one certificate after another, as finalization issues them.
  const issuingStarted = Date.now();
  await dataSource.transaction(async (em) => {
    for (const h of holders) {
      const issued = await certificates.issue(em, { userId: null, username: 'campaign-finalization', requestId: null }, {
        bodyOrganizationId: enterprise.id, personId: h.id, occupationCode: WELDER, rank: 'L2', issuedOn: '2026-06-30', route: 'campaign',
      });
      certificate = { number: issued.certificateNumber, holder: h.full_name };
    }
  });
  const issuingMs = Date.now() - issuingStarted;
  const [{ gaps }] = (await dataSource.query(
    'SELECT (max(serial) - min(serial) + 1 - count(*))::int AS gaps FROM certificates WHERE organization_id = $1',
    [enterprise.id],
  )) as { gaps: number }[];

  // The demo's campaign in scoring: every sheet submitted (the first one's retry is loaded), then grown to CANDIDATES.
  const http: DemoHttp = {
    login: async (username, password) => (await api.login(username, password)).authorization.slice('Bearer '.length),
    call: (token, method, path, body) => api.send(method, `/api/v1${path}`, token ? { authorization: `Bearer ${token}` } : {}, body),
  };
  const scored = await scoreDemoCampaign(dataSource, http, DEMO_PASSWORD);
  const [{ count: approved }] = (await dataSource.query(`SELECT count(*)::int AS count FROM applications WHERE campaign_id = $1 AND status = 'approved'`, [
    scored.campaignId,
  ])) as { count: number }[];
  await copyCandidates(dataSource, scored.campaignId, CANDIDATES - approved);
  const campaign = {
    id: scored.campaignId,
    hr: await api.login('coking.hr', DEMO_PASSWORD),
    retry: { headers: await api.login(scored.retry.username, DEMO_PASSWORD), sheetId: scored.retry.sheetId, body: scored.retry.body },
  };
  // The national standard for 焊工 in force, for the bench worker's eligibility report.
  const [standard] = (await dataSource.query(
    `SELECT s.id, v.version FROM standard_versions v JOIN standards s ON s.id = v.standard_id JOIN occupations oc ON oc.id = s.occupation_id
      WHERE oc.code = $1 AND s.organization_id IS NULL AND v.status = 'published' ORDER BY v.version DESC LIMIT 1`,
    [WELDER],
  )) as { id: string; version: number }[];
  if (!standard) throw new Error(`No published national standard for ${WELDER}`);

  // As autovacuum leaves a database between bulk loads: statistics, and the visibility map that lets
  // an index-only scan skip the table (the worker list's scope test reads employments' index alone).
  await dataSource.query('VACUUM ANALYZE');
  return {
    hr, officer, worker: workerSession, workerId: worker.id, certificate, issuing: { count: holders.length, ms: issuingMs, gaps },
    campaign, eligibility: { standardId: standard.id, version: standard.version },
  };
}
