import fastifyStatic from '@fastify/static';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

const FILE_LIKE = /\.[A-Za-z0-9]{1,8}$/;
/** A file at the top of the build (favicon.svg); anything deeper is a bundle under /assets/. */
const TOP_LEVEL_FILE = /^\/[A-Za-z0-9._-]+\.[A-Za-z0-9]{1,8}$/;

/**
 * Serves the built web app from the API's own server. Vite's content-hashed bundles live under
 * /assets/ and are cached for a year (a new build has new names); the few top-level files and
 * index.html are revalidated each time. Every other GET outside /api answers index.html, so
 * client-side routes survive a reload; the API and missing files keep the API's 404
 * (problem+json). Files are read from disk per request, so a rebuild is served without a
 * restart. No catch-all route is registered: the API's own routing (and its errors, such as
 * 414 for an overlong path parameter) stays as it is.
 * Returns false, and serves nothing, when the directory has no build.
 */
export function serveWebApp(app: NestFastifyApplication, webDir: string): boolean {
  const root = resolve(webDir);
  const indexFile = join(root, 'index.html');
  if (!webDir || !existsSync(indexFile)) return false;
  const assets = join(root, 'assets');
  const fastify = app.getHttpAdapter().getInstance();
  void fastify.register(fastifyStatic, {
    root: assets,
    prefix: '/assets/',
    index: false,
    // The build writes .br and .gz beside each bundle; browsers that accept them get those.
    preCompressed: true,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.header('cache-control', filePath.startsWith(assets + sep) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const path = request.url.split('?')[0];
    if (path === '/api' || path.startsWith('/api/') || path.startsWith('/assets/')) return;
    if (TOP_LEVEL_FILE.test(path) && path !== '/index.html' && existsSync(join(root, path))) {
      return reply.sendFile(path.slice(1), root);
    }
    if (FILE_LIKE.test(path)) return;
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(await readFile(indexFile));
  });
  return true;
}
