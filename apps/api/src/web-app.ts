import fastifyStatic from '@fastify/static';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

/** Vite puts content-hashed bundles here: a new build gets new names, so they may be cached for good. */
const HASHED_ASSETS = `${sep}assets${sep}`;
const FILE_LIKE = /\.[A-Za-z0-9]{1,8}$/;

/**
 * Serves the built web app from the API's own server: files as they are on disk (a rebuild is
 * served without a restart), and every other GET outside /api answers index.html so client-side
 * routes survive a reload. index.html is never cached (it names the current bundles); hashed
 * bundles are cached for a year. The API and missing files keep the API's 404 (problem+json).
 * Returns false, and serves nothing, when the directory has no build.
 */
export function serveWebApp(app: NestFastifyApplication, webDir: string): boolean {
  const root = resolve(webDir);
  const indexFile = join(root, 'index.html');
  if (!webDir || !existsSync(indexFile)) return false;
  const fastify = app.getHttpAdapter().getInstance();
  void fastify.register(fastifyStatic, {
    root,
    prefix: '/',
    index: false,
    // The build writes .br and .gz beside each bundle; browsers that accept them get those.
    preCompressed: true,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.header('cache-control', filePath.includes(HASHED_ASSETS) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const path = request.url.split('?')[0];
    if (path === '/api' || path.startsWith('/api/') || FILE_LIKE.test(path)) return;
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(await readFile(indexFile));
  });
  return true;
}
