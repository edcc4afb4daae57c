import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { AppConfig } from '@skill-ladder/config';
import { AppLogger, ensureDatabase, loadOrCreateDevSecrets, startEmbeddedPostgres } from '@skill-ladder/platform';
import { migrateDatabase } from './database/migrate';

export interface Runtime {
  config: AppConfig;
  stop(): Promise<void>;
}

/**
 * Everything the API needs before Nest starts: secrets (generated under DATA_DIR outside
 * production), the database (embedded PostgreSQL unless DATABASE_URL is set), and the schema.
 */
export async function prepareRuntime(input: AppConfig, logger: AppLogger, mark: (step: string) => void = () => undefined): Promise<Runtime> {
  const config = Object.assign(new AppConfig(), input);
  if (config.NODE_ENV !== 'production' && (!config.JWT_SECRET || !config.PII_ENCRYPTION_KEY || !config.PII_BLIND_INDEX_KEY || !config.DATABASE_URL)) {
    const { secrets, created } = loadOrCreateDevSecrets(config.DATA_DIR);
    if (created) logger.warn({ msg: `Generated development secrets in ${join(config.DATA_DIR, 'dev-secrets.json')}. Set JWT_SECRET, PII_ENCRYPTION_KEY and PII_BLIND_INDEX_KEY for production.` });
    config.JWT_SECRET ??= secrets.jwtSecret;
    config.PII_ENCRYPTION_KEY ??= secrets.piiEncryptionKey;
    config.PII_BLIND_INDEX_KEY ??= secrets.piiBlindIndexKey;
    if (!config.DATABASE_URL) return withEmbedded(config, secrets.postgresPassword, logger, mark);
  }
  await migrateDatabase(config.DATABASE_URL as string, (line) => logger.log({ msg: line }), mark);
  mark('schemaReady');
  return { config, stop: async () => undefined };
}

async function withEmbedded(config: AppConfig, password: string, logger: AppLogger, mark: (step: string) => void): Promise<Runtime> {
  const started = Date.now();
  const pg = await startEmbeddedPostgres({
    dataDir: join(config.DATA_DIR, 'postgres'),
    password,
    port: config.EMBEDDED_PG_PORT,
    onLog: () => undefined,
    onNotice: (line) => logger.warn({ msg: line }),
  });
  logger.log({ msg: `embedded PostgreSQL ready in ${Date.now() - started} ms`, dataDir: pg.dataDir });
  mark('postgresReady');
  try {
    await ensureDatabase(pg.adminUrl, 'skill_ladder');
    config.DATABASE_URL = pg.urlFor('skill_ladder');
    await migrateDatabase(config.DATABASE_URL, (line) => logger.log({ msg: line }), mark);
    mark('schemaReady');
  } catch (error) {
    await pg.stop();
    throw error;
  }
  return { config, stop: () => pg.stop() };
}

export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
