import { RequestMethod } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_KEY, AccessRule } from '@skill-ladder/platform';
import { buildOpenApiDocument } from '../../apps/api/src/configure-app';
import { createTestApp, TestApp } from '../harness/test-app';

/**
 * Every route with who may call it. A change in access shows up as a snapshot diff to review;
 * a route without a declaration fails the test (and is refused at run time).
 */
describe('route access declarations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  function routes(): { route: string; access: string }[] {
    const reflector = t.app.get(Reflector);
    const controllers = [...t.app.get(ModulesContainer).values()].flatMap((m) => [...m.controllers.values()]);
    const out: { route: string; access: string }[] = [];
    for (const { metatype } of controllers) {
      if (!metatype) continue;
      const base = (Reflect.getMetadata('path', metatype) as string) ?? '';
      const proto = (metatype as { prototype: Record<string, unknown> }).prototype;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name] as object;
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata('path', handler) as string | undefined;
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata('method', handler) as number];
        const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [handler, metatype]);
        const full = `/${[base, path].map((p) => p.replace(/^\/|\/$/g, '')).filter(Boolean).join('/')}`;
        const access = !rule ? 'UNDECLARED' : rule.public ? 'public' : rule.roles.join(',');
        out.push({ route: `${method} ${full}`, access });
      }
    }
    return out.sort((a, b) => a.route.localeCompare(b.route));
  }

  it('every route declares its access', () => {
    expect(routes().filter((r) => r.access === 'UNDECLARED')).toEqual([]);
  });

  it('matches the reviewed access table', () => {
    expect(routes().map((r) => `${r.route} → ${r.access}`).join('\n')).toMatchSnapshot();
  });

  it('documents every operation in OpenAPI with its access rule', () => {
    const doc = buildOpenApiDocument(t.app);
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { 'x-access'?: unknown; summary?: string }>).map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBe(routes().length);
    expect(operations.filter(({ op }) => !op['x-access'] || !op.summary).map(({ method, path }) => `${method} ${path}`)).toEqual([]);
  });

  it('serves the OpenAPI UI and JSON', async () => {
    await t.http().get('/api/docs').expect(200);
    const json = await t.http().get('/api/docs-json').expect(200);
    expect(json.body.paths['/api/v1/workers']).toBeDefined();
  });
});
