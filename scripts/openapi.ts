import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../apps/api/src/app.module';
import { buildOpenApiDocument, configureApp } from '../apps/api/src/configure-app';
import { createFastifyAdapter } from '../apps/api/src/fastify-adapter';
import { runWithDatabase } from './cli-runtime';

/** `npm run openapi [-- file]`: writes the OpenAPI document (default openapi.json). */
void runWithDatabase(async (config) => {
  const file = process.argv[2] ?? 'openapi.json';
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), createFastifyAdapter(), { logger: ['warn', 'error'] });
  try {
    configureApp(app, { ...config, OPENAPI_ENABLED: false });
    await app.init();
    const doc = buildOpenApiDocument(app);
    writeFileSync(file, JSON.stringify(doc, null, 2) + '\n');
    process.stdout.write(`Wrote ${file}: ${Object.keys(doc.paths).length} paths\n`);
  } finally {
    await app.close();
  }
});
