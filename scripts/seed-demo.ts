import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../apps/api/src/app.module';
import { configureApp } from '../apps/api/src/configure-app';
import { createFastifyAdapter } from '../apps/api/src/fastify-adapter';
import { runWithDatabase } from './cli-runtime';
import { seedDemo } from './seed-demo-scenario';

/** `npm run seed:demo [-- --workers N]`: the Lüliang demo scenario (see seed-demo-scenario.ts), all or nothing. */
function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} must be a whole number`);
  return v;
}

void runWithDatabase(async (config) => {
  const workerCount = argValue('workers', 300);
  // A whole (not listening) HTTP app: the web app's journeys at the end go through the API as its users would.
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), createFastifyAdapter(), { logger: ['warn', 'error'] });
  configureApp(app, { ...config, OPENAPI_ENABLED: false, WEB_DIR: '' });
  await app.init();
  try {
    return await seedDemo(app, config, workerCount, (text) => process.stdout.write(`${text}\n`));
  } finally {
    await app.close();
  }
});
