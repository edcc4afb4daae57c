import 'reflect-metadata';
import { existsSync } from 'node:fs';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ConfigError, loadConfig } from '@skill-ladder/config';
// The file, not the @skill-ladder/platform index: the app's modules load only once PostgreSQL is starting.
import { AppLogger } from '../../../libs/platform/src/logging/app-logger';
import { Runtime, startRuntime } from './runtime';

async function main(): Promise<void> {
  // Milliseconds since the process started at each step; logged once listening (npm run bench:start reads them).
  const startup: Record<string, number> = {};
  const mark = (step: string) => (startup[step] = Math.round(performance.now()));
  mark('mainStarted');
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const logger = new AppLogger(config.LOG_LEVEL, config.LOG_FILE);
  // PostgreSQL starts (and on a first run, initdb) while this process loads the app's modules:
  // loading them blocks the event loop for seconds, the database runs in its own processes.
  const starting = startRuntime(config, logger, mark);
  let runtime: Runtime | undefined;
  let app: NestFastifyApplication | undefined;
  const shutdown = async (signal: string) => {
    logger.log({ msg: `${signal} received, shutting down` });
    await app?.close().catch(() => undefined);
    await (runtime ?? (await starting.ready.catch(() => undefined)))?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    await starting.launched;
    const [{ NestFactory }, { AppModule }, { ensurePlatformAdmin }, { configureApp, DOCS_PATH }, { createFastifyAdapter }] = await Promise.all([
      import('@nestjs/core'),
      import('./app.module'),
      import('./bootstrap-admin'),
      import('./configure-app'),
      import('./fastify-adapter'),
    ]);
    mark('modulesLoaded');
    runtime = await starting.ready;
    app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(runtime.config), createFastifyAdapter(), { logger });
    const { webApp } = configureApp(app, runtime.config);
    mark('nestReady');
    const admin = await ensurePlatformAdmin(app, runtime.config);
    mark('adminChecked');
    await app.listen(runtime.config.PORT, runtime.config.HOST);
    mark('listening');
    logger.log({ msg: `listening ${startup.listening} ms after the process started`, startedAt: Math.round(performance.timeOrigin), startup });
    const host = runtime.config.HOST === '0.0.0.0' ? 'localhost' : runtime.config.HOST;
    const base = `http://${host}:${runtime.config.PORT}`;
    const lines = [
      webApp ? `Skill Ladder web app: ${base}/` : `Web app not served: no build in ${runtime.config.WEB_DIR || '(WEB_DIR empty)'} (npm run build:web)`,
      `Skill Ladder API: ${base}/api/v1`,
      `API docs (OpenAPI UI): ${base}/${DOCS_PATH}  ·  JSON: ${base}/${DOCS_PATH}-json`,
    ];
    if (admin.created) {
      lines.push(
        admin.generatedPassword
          ? `Created platform admin '${runtime.config.ADMIN_USERNAME}' with password: ${admin.generatedPassword}  (shown once; set ADMIN_PASSWORD to choose it)`
          : `Created platform admin '${runtime.config.ADMIN_USERNAME}' with the password from ADMIN_PASSWORD`,
      );
    }
    process.stdout.write(`\n${lines.join('\n')}\n\n`);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await (await starting.ready.catch(() => undefined))?.stop();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
