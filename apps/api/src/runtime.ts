import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { AppConfig } from '@skill-ladder/config';
// The files themselves, not the @skill-ladder/platform index: main.ts starts PostgreSQL before it
// loads the app's modules, and this file must not pull them in.
import { loadOrCreateDevSecrets } from '../../../libs/platform/src/database/dev-secrets';
import { ensureDatabase, startEmbeddedPostgres } from '../../../libs/platform/src/database/embedded-postgres';
import type { AppLogger } from '../../../libs/platform/src/logging/app-logger';

export interface Runtime {
  config: AppConfig;
  stop(): Promise<void>;
}

export interface RuntimeStart {
  /**
   * Resolves once the embedded PostgreSQL (or initdb) runs, or at once with DATABASE_URL: the
   * caller may then load modules, which blocks the event loop, while PostgreSQL starts.
   */
  launched: Promise<void>;
  /** The database reached, migrated and loaded with reference data. */
  ready: Promise<Runtime>;
}

/**
 * Everything the API needs before Nest starts: secrets (generated under DATA_DIR outside
 * production), the database (embedded PostgreSQL unless DATABASE_URL is set), and the schema.
 */
export async function prepareRuntime(input: AppConfig, logger: AppLogger, mark: (step: string) => void = () => undefined): Promise<Runtime> {
  return startRuntime(input, logger, mark).ready;
}

/** prepareRuntime in two steps, see RuntimeStart. `ready` never rejects unobserved. */
export function startRuntime(input: AppConfig, logger: AppLogger, mark: (step: string) => void = () => undefined): RuntimeStart {
  let onLaunched: () => void = () => undefined;
  const launched = new Promise<void>((resolve) => (onLaunched = resolve));
  const ready = prepare(input, logger, mark, onLaunched);
  // With DATABASE_URL, or when preparing fails before PostgreSQL runs, there is nothing to wait for.
  void ready.then(onLaunched, onLaunched);
  return { launched, ready };
}

async function prepare(input: AppConfig, logger: AppLogger, mark: (step: string) => void, onLaunched: () => void): Promise<Runtime> {
  const config = Object.assign(new AppConfig(), input);
  if (config.NODE_ENV !== 'production' && (!config.JWT_SECRET || !config.PII_ENCRYPTION_KEY || !config.PII_BLIND_INDEX_KEY || !config.DATABASE_URL)) {
    const { secrets, created } = loadOrCreateDevSecrets(config.DATA_DIR);
    if (created) logger.warn({ msg: `Generated development secrets in ${join(config.DATA_DIR, 'dev-secrets.json')}. Set JWT_SECRET, PII_ENCRYPTION_KEY and PII_BLIND_INDEX_KEY for production.` });
    config.JWT_SECRET ??= secrets.jwtSecret;
    config.PII_ENCRYPTION_KEY ??= secrets.piiEncryptionKey;
    config.PII_BLIND_INDEX_KEY ??= secrets.piiBlindIndexKey;
    if (!config.DATABASE_URL) return withEmbedded(config, secrets.postgresPassword, logger, mark, onLaunched);
  }
  onLaunched();
  await migrate(config.DATABASE_URL as string, logger, mark);
  return { config, stop: async () => undefined };
}

async function withEmbedded(config: AppConfig, password: string, logger: AppLogger, mark: (step: string) => void, onLaunched: () => void): Promise<Runtime> {
  const started = Date.now();
  const pg = await startEmbeddedPostgres({
    dataDir: join(config.DATA_DIR, 'postgres'),
    password,
    port: config.EMBEDDED_PG_PORT,
    onLog: () => undefined,
    onNotice: (line) => logger.warn({ msg: line }),
    onLaunched: () => {
      mark('postgresLaunched');
      onLaunched();
    },
  });
  logger.log({ msg: `embedded PostgreSQL ready in ${Date.now() - started} ms`, dataDir: pg.dataDir });
  mark('postgresReady');
  try {
    await ensureDatabase(pg.adminUrl, 'skill_ladder');
    config.DATABASE_URL = pg.urlFor('skill_ladder');
    await migrate(config.DATABASE_URL, logger, mark);
  } catch (error) {
    await pg.stop();
    throw error;
  }
  return { config, stop: () => pg.stop() };
}

async function migrate(url: string, logger: AppLogger, mark: (step: string) => void): Promise<void> {
  // Loaded here, not at the top: it brings TypeORM and the migrations (see RuntimeStart).
  const { migrateDatabase } = await import('./database/migrate');
  await migrateDatabase(url, (line) => logger.log({ msg: line }), mark);
  mark('schemaReady');
}

export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
