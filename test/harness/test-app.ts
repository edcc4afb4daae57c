import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@skill-ladder/config';
import { AppLogger, Clock } from '@skill-ladder/platform';
import { AppModule } from '../../apps/api/src/app.module';
import { ensurePlatformAdmin } from '../../apps/api/src/bootstrap-admin';
import { configureApp } from '../../apps/api/src/configure-app';
import { createFastifyAdapter } from '../../apps/api/src/fastify-adapter';
import { withDatabase } from './global-setup';

export const ADMIN = { username: 'admin', password: 'admin-password-for-tests' };

export interface TestApp {
  app: NestFastifyApplication;
  http: () => request.Agent;
  dataSource: DataSource;
  clock: Clock;
  config: AppConfig;
  databaseUrl: string;
  close(): Promise<void>;
}

let counter = 0;

export interface TestAppOptions {
  /** The URL the application connects with, given its database's own (e.g. through a proxy that a test can cut). */
  connectVia?: (databaseUrl: string) => string;
  /** Runs on the application before it starts (Fastify hooks can only be added then). */
  beforeInit?: (app: NestFastifyApplication) => void;
  /**
   * A second replica: another application instance (its own Nest container, pool, clock and
   * timers) on this one's database, with the same secrets, as a second API process would be.
   */
  replicaOf?: TestApp;
}

/** The real application on its own copy of the migrated template database. */
export async function createTestApp(overrides: Partial<Record<string, string>> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const { config, databaseUrl } = options.replicaOf
    ? { config: loadConfig({ ...configSource(options.replicaOf.config), ...overrides }), databaseUrl: options.replicaOf.databaseUrl }
    : await freshDatabase(overrides, options);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(), { logger: new AppLogger('debug', config.LOG_FILE) });
  configureApp(app, config);
  options.beforeInit?.(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  await ensurePlatformAdmin(app, config);
  const server = app.getHttpServer();
  return {
    app,
    http: () => request.agent(server),
    dataSource: app.get<DataSource>(getDataSourceToken()),
    clock: app.get(Clock),
    config,
    databaseUrl,
    close: () => app.close(),
  };
}

/** Creates the file's database from the migrated template and the configuration of an application on it. */
async function freshDatabase(overrides: Partial<Record<string, string>>, options: TestAppOptions): Promise<{ config: AppConfig; databaseUrl: string }> {
  const adminUrl = process.env.TEST_DB_ADMIN_URL as string;
  // Jest gives each test file its own module registry, so `counter` restarts at 1 for every file a
  // worker runs: the random part alone must keep two files of one worker apart (2 bytes collided).
  const database = `sl_test_${process.env.TEST_RUN_ID}_${process.pid}_${++counter}_${randomBytes(8).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${database} TEMPLATE ${process.env.TEST_DB_TEMPLATE}`);
  } finally {
    await admin.end();
  }
  const databaseUrl = withDatabase(adminUrl, database);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: options.connectVia?.(databaseUrl) ?? databaseUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PII_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    PII_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    LOG_LEVEL: 'debug',
    LOG_FILE: process.env.TEST_LOG_FILE,
    FILES_DIR: join(tmpdir(), `skill-ladder-files-${database}`),
    ...overrides,
  });
  return { config, databaseUrl };
}

/** A loaded configuration as the environment it came from (for a replica with the same settings). */
function configSource(config: AppConfig): Record<string, string> {
  return Object.fromEntries(Object.entries(config).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => [k, String(v)]));
}
