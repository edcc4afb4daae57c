import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig, AppConfig } from '@skill-ladder/config';
import { AppLogger } from '@skill-ladder/platform';
import { prepareRuntime } from '../apps/api/src/runtime';

/**
 * For command-line tools: the same configuration, database and migrations as `npm start`
 * (embedded PostgreSQL unless DATABASE_URL is set; a server already running on .data is reused).
 */
export async function runWithDatabase(task: (config: AppConfig, logger: AppLogger) => Promise<number | void>): Promise<void> {
  try {
    if (existsSync('.env')) process.loadEnvFile('.env');
    const config = loadConfig();
    const logger = new AppLogger('warn', config.LOG_FILE);
    const runtime = await prepareRuntime(config, logger);
    let code = 0;
    try {
      code = (await task(runtime.config, logger)) ?? 0;
    } finally {
      await runtime.stop();
    }
    process.exit(code);
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  }
}
