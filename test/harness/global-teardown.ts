import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { Client } from 'pg';
import { validateResidentId } from '../../libs/platform/src/validation/resident-id';

/**
 * Drops this run's databases, stops the embedded server, and fails the run if anything that
 * looks like a real resident ID number (valid check digit) reached the application log.
 */
export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.TEST_DB_ADMIN_URL as string;
  const runId = process.env.TEST_RUN_ID as string;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`sl_test_${runId}_%`]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  const embedded = globalThis.__EMBEDDED_PG__;
  if (embedded) {
    await embedded.stop();
    rmSync(dirname(embedded.dataDir), { recursive: true, force: true });
  }
  const logFile = process.env.TEST_LOG_FILE;
  if (logFile && existsSync(logFile)) {
    const leaked = (readFileSync(logFile, 'utf8').match(/\d{17}[\dXx]/g) ?? []).filter((m) => validateResidentId(m).valid);
    if (leaked.length > 0) throw new Error(`${leaked.length} resident ID number(s) appeared in the application log`);
  }
}
