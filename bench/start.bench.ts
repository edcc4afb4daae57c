import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run bench:start` (`-- --runs 5`, `-- --rebuild`): `npm start` to a healthy /api/v1/health,
 * run after run on one scratch DATA_DIR with its own embedded PostgreSQL. Run 1 meets an empty
 * data directory (initdb, every migration, the reference data), later runs the start after a
 * restart with nothing changed. With --rebuild, run 1 also finds no build stamps, as after a
 * fresh clone and `npm ci` (both builds run). Each run is broken down by the steps the API logs
 * (ms since its process started) and npm + build check before it. Baselines in the same run:
 * loading @nestjs/core, and a bare Fastify hello-world from spawn to its first answer, so the
 * figures read as ratios on a shared machine. Writes one Markdown table to bench/results/.
 */
const ROOT = join(__dirname, '..', '..');
const RUNS = Number(argValue('--runs') ?? 4);
const REBUILD = process.argv.includes('--rebuild');

interface Run {
  totalMs: number;
  /** Spawn of npm to the start of the API's own process: npm, the build check (or the builds). */
  beforeApiMs: number;
  /** Steps in the order they finished, ms since the API process started. */
  marks: [string, number][];
  built: string[];
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync('/var/tmp/skill-ladder-start-bench-');
  const rows: string[] = [];
  const baselines: { core: number; fastify: number }[] = [];
  try {
    for (let i = 1; i <= RUNS; i++) {
      if (REBUILD && i === 1) {
        for (const stamp of ['dist/.sources-hash', 'apps/web/dist/.sources-hash']) rmSync(join(ROOT, stamp), { force: true });
      }
      const baseline = { core: await timeExit(['-e', "require('@nestjs/core')"]), fastify: await fastifyHello() };
      baselines.push(baseline);
      const run = await npmStart(dataDir);
      const steps = run.marks.map(([step, at], k) => `${step} +${at - (k === 0 ? 0 : run.marks[k - 1][1])}`).join(' · ');
      const row =
        `| ${i}${i === 1 ? ' (empty data dir' + (REBUILD ? ', no build stamps)' : ')') : ''} | ${s(run.totalMs)} | ${s(run.beforeApiMs)}${run.built.length ? ` (built ${run.built.join(', ')})` : ''} | ` +
        `${steps} | ${s(baseline.core)} | ${s(baseline.fastify)} | ${(run.totalMs / baseline.fastify).toFixed(1)} |`;
      rows.push(row);
      process.stdout.write(`${row}\n`);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const report = [
    `# npm start to health, ${new Date().toISOString()}`,
    '',
    `Load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(', ')} on ${cpus().length} CPUs. Shared machine: read the ratio column.`,
    '',
    'Steps: ms since the API process started at which each finished, shown as the time since the step before ' +
      '(mainStarted: Node booted and the few modules main needs first; postgresLaunched: the embedded PostgreSQL, or initdb, runs; ' +
      'modulesLoaded: the app\'s modules; postgresReady: PostgreSQL accepts connections; migrationsChecked: the schema; ' +
      'schemaReady: reference data; nestReady: Nest modules and routes; adminChecked: the platform admin; listening: the port is open).',
    '',
    '| run | npm start → healthy (s) | npm + build check (s) | API process steps (ms) | baseline: require @nestjs/core (s) | baseline: Fastify hello-world spawn → answer (s) | ratio to Fastify |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `start-${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
  writeFileSync(file, report);
  process.stdout.write(`\n${report}\nwritten to ${file}\n`);
}

/** One `npm start`, timed to the first healthy answer, then stopped with SIGTERM (its PostgreSQL too). */
async function npmStart(dataDir: string): Promise<Run> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', ADMIN_PASSWORD: 'bench-password-not-secret' };
  for (const key of ['DATABASE_URL', 'EMBEDDED_PG_PORT', 'LOG_FILE', 'NODE_ENV', 'JWT_SECRET', 'PII_ENCRYPTION_KEY', 'PII_BLIND_INDEX_KEY']) delete env[key];
  const spawnedAt = Date.now();
  // Its own process group, so that SIGTERM reaches npm and the API behind it.
  const child = spawn('npm', ['start', '--silent'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise((r) => child.once('exit', r));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${out}`);
      if (Date.now() - spawnedAt > 300_000) throw new Error(`npm start did not answer its health check in 300 s:\n${out}`);
      if (await fetch(`http://127.0.0.1:${port}/api/v1/health`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const totalMs = Date.now() - spawnedAt;
    const line = await waitFor(() => out.split('\n').find((l) => l.includes('"startup"')));
    const { startedAt, startup } = JSON.parse(line) as { startedAt: number; startup: Record<string, number> };
    const marks = Object.entries(startup).sort((a, b) => a[1] - b[1]);
    const built = ['api', 'web'].filter((t) => out.includes(`${t}: unchanged`) === false);
    return { totalMs, beforeApiMs: startedAt - spawnedAt, marks, built };
  } finally {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    await exited;
    // The API stops its PostgreSQL on SIGTERM; the next run must not find this one still running.
    await waitFor(() => !existsSync(join(dataDir, 'postgres', 'postmaster.pid')) || undefined);
  }
}

/** Spawn of `node args` to its exit. */
async function timeExit(args: string[]): Promise<number> {
  const started = Date.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  const code = await new Promise((r) => child.once('exit', r));
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${String(code)}`);
  return Date.now() - started;
}

/** A bare Fastify server in its own process: spawn to its first answer. */
async function fastifyHello(): Promise<number> {
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, ['-e', `require('fastify')().get('/', async () => ({ ok: true })).listen({ port: ${port}, host: '127.0.0.1' })`], { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise((r) => child.once('exit', r));
  try {
    await waitFor(() => fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok || undefined, () => undefined));
    return Date.now() - started;
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
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

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const s = (ms: number) => (ms / 1000).toFixed(1);

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
