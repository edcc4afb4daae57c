import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { createTestApp, TestApp } from '../harness/test-app';

/** The web app served by the API's own server: files, client routes, the API untouched, caching, headers. */
describe('serving the web app', () => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'skill-ladder-web-'));
  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="zh-CN"><title>技能等级认定</title><div id="root"></div></html>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("app")');
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await createTestApp({ WEB_DIR: dir });
  });
  afterAll(() => t.close());

  it('answers the app shell at / and at every client route, never cached', async () => {
    for (const path of ['/', '/login', '/worker/career', '/verify?number=Y000014000123261000001&name=%E7%8E%8B']) {
      const res = await t.http().get(path).expect(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.text).toContain('<div id="root">');
    }
  });

  it('serves hashed bundles for a year and other files revalidated', async () => {
    const bundle = await t.http().get('/assets/index-abc123.js').expect(200);
    expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(bundle.headers['content-type']).toContain('javascript');
    const icon = await t.http().get('/favicon.svg').expect(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('sends the precompressed bundle to a browser that accepts it', async () => {
    writeFileSync(join(dir, 'assets', 'index-abc123.js.br'), brotliCompressSync(Buffer.from('console.log("app")')));
    const res = await t.app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe('console.log("app")');
    const plain = await t.app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('console.log("app")');
  });

  it('a rebuild is served without a restart: new bundles and the new index.html', async () => {
    writeFileSync(join(dir, 'assets', 'index-new456.js'), 'console.log("rebuilt")');
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="/assets/index-new456.js"></script><div id="root"></div>');
    await t.http().get('/assets/index-new456.js').expect(200);
    expect((await t.http().get('/worker/career').expect(200)).text).toContain('index-new456.js');
  });

  it('a missing file or API path is a 404 problem, not the app shell', async () => {
    for (const path of ['/assets/missing-000.js', '/api/v1/no-such-route', '/api']) {
      const res = await t.http().get(path).expect(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    await t.http().get('/api/v1/health').expect(200);
    // The app shell registers no catch-all route: the API's own routing errors still stand.
    const long = await t.http().get(`/api/v1/workers/${'a'.repeat(200)}`).expect(414);
    expect(long.headers['content-type']).toContain('application/problem+json');
  });

  it('every answer carries the security headers; API answers are not stored', async () => {
    const page = await t.http().get('/worker/career').expect(200);
    const csp = page.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(page.headers['strict-transport-security']).toBeUndefined();

    const api = await t.http().get('/api/v1/health').expect(200);
    expect(api.headers['cache-control']).toBe('no-store');
    expect(api.headers['x-content-type-options']).toBe('nosniff');
  });

  it('behind TLS the answer asks browsers to keep to HTTPS', async () => {
    const res = await t.app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/api/v1/health', headers: { 'x-forwarded-proto': 'https' } });
    // Without trustProxy a forwarded header is not believed: no HSTS from a spoofable header.
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});
