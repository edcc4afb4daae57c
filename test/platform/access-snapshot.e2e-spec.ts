import { buildOpenApiDocument } from '../../apps/api/src/configure-app';
import { routeTable } from '../harness/route-table';
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

  const routes = () => routeTable(t.app).map(({ method, path, access }) => ({ route: `${method} ${path}`, access }));

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
