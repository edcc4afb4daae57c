import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@skill-ladder/config';
import { generateCreditCode } from '@skill-ladder/platform';
import { AppModule } from '../apps/api/src/app.module';
import { ensurePlatformAdmin } from '../apps/api/src/bootstrap-admin';
import { configureApp } from '../apps/api/src/configure-app';
import { createFastifyAdapter } from '../apps/api/src/fastify-adapter';
import { runWithDatabase } from '../scripts/cli-runtime';
import { DEMO_PASSWORD, seedDemo } from '../scripts/seed-demo-scenario';

/**
 * `npm run bench:analytics-memory -- [--workers 100000] [--database sl_analytics_memory] [--dist a,b]
 * [--node-flags "--max-old-space-size=200"] [--requests 6] [--concurrency 2]`: the resident memory
 * of an API process (peak and after) while it answers the bureau's region analytics
 * (GET /analytics/region?regionCode=141100), with the time and CPU per request. The database (the
 * demo world and one enterprise of `--workers` workers, as `npm run bench` builds it) is kept
 * between runs under its name, so builds and V8 flags can be compared in a few minutes each;
 * `--fresh` rebuilds it. Each `--dist` (default this build's) runs as its own process, one after
 * the other, with its memory sampled every 20 ms from /proc; `--body-out <prefix>` writes each
 * build's last answer to `<prefix>.<i>.json`, to compare them.
 */
const WORKERS = Number(option('--workers') ?? 100_000);
const DATABASE = option('--database') ?? `sl_analytics_memory_${WORKERS}`;
const DISTS = (option('--dist') ?? join(__dirname, '..')).split(',');
const NODE_FLAGS = (option('--node-flags') ?? '').split(' ').filter(Boolean);
const REQUESTS = Number(option('--requests') ?? 6);
const CONCURRENCY = Number(option('--concurrency') ?? 2);
const PASSWORD = 'bench-password-not-secret';
const WELDER = '6-18-02-04';
const PATH = '/api/v1/analytics/region?regionCode=141100';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

void runWithDatabase(async (baseConfig) => {
  const admin = new Client({ connectionString: baseConfig.DATABASE_URL });
  await admin.connect();
  const url = new URL(baseConfig.DATABASE_URL as string);
  url.pathname = `/${DATABASE}`;
  const databaseUrl = url.toString();
  const config = {
    ...loadConfig({ ...process.env, DATABASE_URL: databaseUrl, ADMIN_PASSWORD: PASSWORD, AUTH_RATE_LIMIT_PER_MINUTE: '100000000', LOG_LEVEL: 'error' }),
    JWT_SECRET: baseConfig.JWT_SECRET,
    PII_ENCRYPTION_KEY: baseConfig.PII_ENCRYPTION_KEY,
    PII_BLIND_INDEX_KEY: baseConfig.PII_BLIND_INDEX_KEY,
    DATABASE_URL: databaseUrl,
  };
  try {
    const exists = ((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE])).rowCount ?? 0) > 0;
    if (!exists || process.argv.includes('--fresh')) {
      await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${DATABASE}`);
      const started = Date.now();
      await build(config, databaseUrl);
      process.stdout.write(`dataset ${DATABASE}: demo world and ${WORKERS} workers in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }
    for (const dist of DISTS) process.stdout.write(`${await measure(dist, databaseUrl, config)}\n`);
  } finally {
    await admin.end();
  }
});

/** The demo world, then an enterprise of 141102 with WORKERS welders holding L5–L3 (the hot-paths bench's workers). */
async function build(config: AppConfig, databaseUrl: string): Promise<void> {
  const { migrateDatabase } = await import('../apps/api/src/database/migrate');
  await migrateDatabase(databaseUrl);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), createFastifyAdapter(), { logger: ['error'] });
  try {
    configureApp(app, config);
    await ensurePlatformAdmin(app, config);
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    if ((await seedDemo(app, config, 0, () => undefined)) !== 0) throw new Error('seedDemo did not seed the demo world');
    const officer = await login(base, 'lvliang.officer', DEMO_PASSWORD);
    const enterprise = await send<{ id: string }>(base, 'POST', '/api/v1/organizations', officer, {
      kind: 'enterprise', name: '山西吕梁焦化集团（压测）', regionCode: '141102', creditCode: generateCreditCode({ regionCode: '141102', sequence: 1 }),
    });
    const dataSource = app.get<DataSource>(getDataSourceToken());
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
    await dataSource.query('ANALYZE');
  } finally {
    await app.close();
  }
}

async function measure(dist: string, databaseUrl: string, config: AppConfig): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, [...NODE_FLAGS, join(dist, 'apps', 'api', 'src', 'main.js')], {
    env: {
      ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error', ADMIN_PASSWORD: PASSWORD,
      AUTH_RATE_LIMIT_PER_MINUTE: '100000000', JWT_SECRET: config.JWT_SECRET, PII_ENCRYPTION_KEY: config.PII_ENCRYPTION_KEY, PII_BLIND_INDEX_KEY: config.PII_BLIND_INDEX_KEY,
    },
    // The API's banner is left out; with --node-flags (--trace-gc, say) its output is V8's.
    stdio: ['ignore', NODE_FLAGS.length ? 'inherit' : 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const started = Date.now();
    while (!(await fetch(`${base}/api/v1/health`).then((r) => r.ok, () => false))) {
      if (child.exitCode !== null) throw new Error(`${dist}: the API exited with ${child.exitCode}`);
      if (Date.now() - started > 120_000) throw new Error(`${dist}: no health check in 120 s`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const status = () => readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = (text: string, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
    const cpuMs = () => {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    };
    const officer = await login(base, 'lvliang.officer', DEMO_PASSWORD);
    const idleMb = kb(status(), 'VmRSS') / 1024;
    let peakMb = idleMb;
    const sampler = setInterval(() => (peakMb = Math.max(peakMb, kb(status(), 'VmRSS') / 1024)), 20);
    const cpuBefore = cpuMs();
    const loadStarted = Date.now();
    let next = 0;
    let body = '';
    const worker = async () => {
      while (next < REQUESTS) {
        next++;
        const res = await fetch(`${base}${PATH}`, { headers: officer });
        body = await res.text();
        if (!res.ok) throw new Error(`${dist}: ${res.status} ${body.slice(0, 300)}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const wallMs = Date.now() - loadStarted;
    clearInterval(sampler);
    const cpuPerRequest = (cpuMs() - cpuBefore) / REQUESTS;
    const after = status();
    const out = option('--body-out');
    if (out) writeFileSync(`${out}.${DISTS.indexOf(dist)}.json`, body);
    const pipeline = (JSON.parse(body) as { totals: { workers: number }; pipeline: { now: number; within12Months: number } });
    return (
      `${dist} ${NODE_FLAGS.join(' ')}: ${REQUESTS} requests, ${CONCURRENCY} at a time; RSS idle ${Math.round(idleMb)} MB, peak ${Math.round(peakMb)} MB ` +
      `(VmHWM ${Math.round(kb(after, 'VmHWM') / 1024)}), after ${Math.round(kb(after, 'VmRSS') / 1024)} MB; ${Math.round((wallMs * CONCURRENCY) / REQUESTS)} ms a request, ` +
      `${Math.round(cpuPerRequest)} CPU ms a request; totals.workers ${pipeline.totals.workers}, pipeline now ${pipeline.pipeline.now}, within 12 months ${pipeline.pipeline.within12Months}`
    );
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }
}

async function login(base: string, username: string, password: string): Promise<Record<string, string>> {
  const { accessToken } = await send<{ accessToken: string }>(base, 'POST', '/api/v1/auth/login', {}, { username, password });
  return { authorization: `Bearer ${accessToken}` };
}

async function send<T>(base: string, method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
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
