import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, EmbeddedPostgresHandle } from '../../libs/platform/src/database/embedded-postgres';
import { migrateDatabase } from '../../apps/api/src/database/migrate';

declare global {
  var __EMBEDDED_PG__: EmbeddedPostgresHandle | undefined;
}

/**
 * Once per run: a PostgreSQL server (the embedded one unless DATABASE_URL is set), a template
 * database migrated with reference data, and a log file every app instance writes to.
 * Each test file then copies the template (CREATE DATABASE … TEMPLATE).
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    stopAbandonedClusters();
    const dir = mkdtempSync(join(tmpdir(), 'skill-ladder-test-'));
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'owner.pid'), String(process.pid));
    const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), password: randomBytes(12).toString('hex'), ephemeral: true });
    globalThis.__EMBEDDED_PG__ = pg;
    adminUrl = pg.adminUrl;
  }
  const template = `sl_test_${runId}_tpl`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${template}`);
  } finally {
    await admin.end();
  }
  await migrateDatabase(withDatabase(adminUrl, template));
  const logFile = join(mkdtempSync(join(tmpdir(), 'skill-ladder-log-')), 'app.log');
  writeFileSync(logFile, '');
  process.env.TEST_DB_ADMIN_URL = adminUrl;
  process.env.TEST_DB_TEMPLATE = template;
  process.env.TEST_RUN_ID = runId;
  process.env.TEST_LOG_FILE = logFile;
}

/**
 * Test clusters of runs that were killed before their teardown (Ctrl-C, a timeout) keep running;
 * stop those whose owning Jest process is gone, and leave concurrent runs alone.
 */
function stopAbandonedClusters(): void {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith('skill-ladder-test-'))) {
    const dir = join(tmpdir(), name);
    try {
      const owner = Number(readFileSync(join(dir, 'owner.pid'), 'utf8'));
      if (isAlive(owner)) continue;
      const postmaster = join(dir, 'pg', 'postmaster.pid');
      if (existsSync(postmaster)) {
        const pid = Number(readFileSync(postmaster, 'utf8').split('\n')[0]);
        if (isAlive(pid)) process.kill(pid, 'SIGINT');
      }
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Not ours to judge (no owner file, or already gone): leave it.
    }
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
