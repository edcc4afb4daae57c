import { Client } from 'pg';
import { BINARY_UPLOAD_TYPES, verifyAuditChains } from '@skill-ladder/platform';
import { buildOpenApiDocument } from '../../apps/api/src/configure-app';
import { login, Session } from '../harness/auth';
import { PASSWORD, Scenario } from '../harness/scenario';
import { createTestApp, TestApp } from '../harness/test-app';

type SchemaObject = { $ref?: string; type?: string; format?: string; properties?: Record<string, SchemaObject>; items?: SchemaObject; allOf?: SchemaObject[] };
type Operation = {
  parameters?: { in: string; name: string; schema?: SchemaObject }[];
  requestBody?: { content: Record<string, { schema?: SchemaObject }> };
  'x-access'?: { public?: boolean; roles?: string[] };
};
interface Attempt {
  label: string;
  contentType: string;
  body: string | Buffer;
}

const RANDOM_ID = '3f1c2b7e-9d4a-4e21-8c55-0a6b1f2e3d4c';
const ROLE_ORDER = ['hr_admin', 'bureau_officer', 'platform_admin', 'evaluator', 'worker'];

/**
 * Every write route of the OpenAPI document, called by a role it admits, with input an attacker
 * would send: wrong types, missing and extra fields, 1 MB strings, deep nesting, NUL, lone
 * surrogates, impossible dates, overflowing numbers, __proto__ keys, non-UUID ids. The payloads
 * are fixed, so a failure replays exactly. Nothing may answer 5xx or leave the audit chain broken.
 */
describe('fuzzing every write route', () => {
  let t: TestApp;
  const sessions: Record<string, Session> = {};
  const realIds: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const s = new Scenario(t);
    sessions.platform_admin = await s.admin();
    const bureau = await s.bureau('141100');
    sessions.bureau_officer = bureau.officer;
    const { org, hr } = await s.organization(bureau.officer, 'enterprise', '141102');
    sessions.hr_admin = hr;
    const worker = await s.worker(hr);
    sessions.worker = await s.workerLogin(hr, worker.id);
    await s.post(hr, '/api/v1/users', { username: 'fuzz.evaluator', password: PASSWORD, displayName: '考评员', organizationId: org.id, roles: ['evaluator'] });
    sessions.evaluator = await login(t, 'fuzz.evaluator', PASSWORD);
    realIds['/api/v1/workers/{id}'] = worker.id;
    realIds['/api/v1/organizations/{id}'] = org.id;
  });
  afterAll(() => t.close());

  function resolve(schema: SchemaObject | undefined, schemas: Record<string, SchemaObject>, depth = 0): SchemaObject {
    if (!schema || depth > 5) return {};
    if (schema.$ref) return resolve(schemas[schema.$ref.split('/').pop() as string], schemas, depth + 1);
    if (schema.allOf) return { type: 'object', properties: Object.assign({}, ...schema.allOf.map((s) => resolve(s, schemas, depth + 1).properties)) };
    return schema;
  }

  /** The body with every top-level property set by `value`. */
  function fill(schema: SchemaObject, value: (name: string, property: SchemaObject) => unknown): Record<string, unknown> {
    return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, property]) => [name, value(name, property)]));
  }

  function attempts(operation: Operation, schemas: Record<string, SchemaObject>): Attempt[] {
    const content = operation.requestBody?.content ?? { 'application/json': {} };
    const out: Attempt[] = [];
    for (const [contentType, { schema }] of Object.entries(content)) {
      if ((BINARY_UPLOAD_TYPES as readonly string[]).includes(contentType) || contentType.startsWith('multipart/')) {
        out.push({ label: 'garbage bytes', contentType, body: Buffer.from('PK\u0003\u0004 not really a zip \u0000\u00ff', 'latin1') });
        out.push({ label: 'JSON to a binary route', contentType: 'application/json', body: '{"a":1}' });
        continue;
      }
      const body = resolve(schema, schemas);
      const json = (label: string, value: unknown) => out.push({ label, contentType: 'application/json', body: JSON.stringify(value) });
      const raw = (label: string, text: string) => out.push({ label, contentType: 'application/json', body: text });
      const isText = (p: SchemaObject) => resolve(p, schemas).type === 'string';
      json('empty object', {});
      raw('null', 'null');
      raw('array', '[1,2,3]');
      json('NUL in every string', fill(body, (_n, p) => (isText(p) ? '王\u0000测试' : undefined)));
      json('lone surrogate in every string', fill(body, (_n, p) => (isText(p) ? 'x\ud800' : undefined)));
      json('1 MB strings', fill(body, (_n, p) => (isText(p) ? 'x'.repeat(1024 * 1024 / 2) : undefined)));
      json('wrong types', fill(body, (_n, p) => (isText(p) ? { nested: ['x'] } : 'text')));
      json('impossible dates', fill(body, (name, p) => (resolve(p, schemas).format === 'date' || /On$|Date$|From$|To$/.test(name) ? '2026-02-30' : undefined)));
      raw('overflowing numbers', JSON.stringify(fill(body, (_n, p) => (['integer', 'number'].includes(resolve(p, schemas).type ?? '') ? 'OVERFLOW' : undefined))).replace(/"OVERFLOW"/g, '1e400'));
      raw('__proto__ key', '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}');
      raw('deep nesting', `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`);
      json('extra field', { ...fill(body, () => undefined), unexpectedField: 'x' });
    }
    return out;
  }

  it('answers no 5xx, always problem+json for errors, and the audit chain still verifies', async () => {
    const document = buildOpenApiDocument(t.app);
    const schemas = (document.components?.schemas ?? {}) as Record<string, SchemaObject>;
    const failures: string[] = [];
    let calls = 0;
    let routes = 0;
    let unauthenticated = 0;
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of ['post', 'put', 'patch', 'delete'] as const) {
        const operation = (item as Record<string, Operation | undefined>)[method];
        if (!operation) continue;
        routes++;
        const access = operation['x-access'] ?? {};
        const role = access.public ? null : (ROLE_ORDER.find((r) => access.roles?.includes(r) || access.roles?.includes('authenticated')) ?? 'platform_admin');
        const pathParams = (operation.parameters ?? []).filter((p) => p.in === 'path');
        const urlWith = (badId: boolean) =>
          pathParams.reduce((url, p) => {
            const isId = p.schema?.format === 'uuid' || /id$/i.test(p.name);
            const value = isId ? (badId ? 'not-a-uuid%00' : (realIds[path] ?? RANDOM_ID)) : p.schema?.type === 'integer' ? '1' : 'x';
            return url.replace(`{${p.name}}`, value);
          }, path);
        const tries = attempts(operation, schemas).map((a) => ({ ...a, url: urlWith(false) }));
        if (pathParams.length) tries.push({ label: 'non-UUID id', contentType: 'application/json', body: '{}', url: urlWith(true) });
        for (const attempt of tries) {
          calls++;
          let req = t.http()[method](attempt.url).set('content-type', attempt.contentType);
          // Signing out ends the session it is called with: that route gets a session of its own each time.
          if (role) req = req.set((path.endsWith('/auth/logout') ? await login(t, 'fuzz.evaluator', PASSWORD) : sessions[role]).auth);
          const res = await req.send(attempt.body);
          if (res.status === 401 && role) unauthenticated++;
          const problem = res.status < 400 || String(res.headers['content-type']).startsWith('application/problem+json');
          if (res.status >= 500 || !problem) failures.push(`${method.toUpperCase()} ${path} [${attempt.label}] → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(routes).toBeGreaterThan(100);
    expect(calls).toBeGreaterThan(1000);
    // A signed-in call refused for its session would test nothing past the guard.
    expect(unauthenticated).toBe(0);

    const client = new Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      expect((await verifyAuditChains(async (sql, params) => (await client.query(sql, params)).rows)).firstBreak).toBeNull();
    } finally {
      await client.end();
    }
  }, 240_000);
});
