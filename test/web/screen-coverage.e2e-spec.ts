import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildOpenApiDocument } from '../../apps/api/src/configure-app';
import { routeTable } from '../harness/route-table';
import { createTestApp, TestApp } from '../harness/test-app';

/**
 * "Every operation these roles may call in the API is reachable from a screen" (issue 11): each
 * route of the running app must be called somewhere in apps/web/src, by method and path, or be
 * listed below with the reason it has no screen. The lists are a ratchet both ways: a new route
 * without a screen fails, and so does a listed route that a screen now calls (take it off the list).
 */

/** Routes that are not for a person at a screen, and why. */
const NOT_FOR_A_SCREEN: Record<string, string> = {
  'GET /health': 'probe for load balancers and `npm start`',
  'GET /public/evaluation-bodies/:organizationId/jwks.json': 'the keys relying parties use to verify credentials offline',
  'GET /public/evaluation-bodies/:organizationId/status-list': 'the revocation list verifiers of a credential read, not people',
  'GET /public/evaluation-bodies/:organizationId': 'the issuer profile named in signed credentials, read by verifiers',
  'GET /certificates/:id/credential': 'the signed credential (JSON) for machine verification; people use the PDF and 证书查验',
};

/**
 * Routes a role may call that have no screen yet: planned work, not a decision. Empty since issue 11
 * gave every route its screen; a route added without one must be put here on purpose.
 */
const NOT_ON_A_SCREEN_YET: string[] = [];

const WEB_SRC = resolve(__dirname, '../../apps/web/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) && entry.name !== 'schema.d.ts' ? [path] : [];
  });
}

/** `/campaigns/{id}/file` and `/campaigns/:id/file` both become `/campaigns/{}/file`. */
const shape = (path: string) => path.replace(/\$\{[^}]+\}|\{[^}]+\}|:[A-Za-z]+/g, '{}').replace(/\/$/, '');

/**
 * What the web app calls: `METHOD /path` for calls through the typed client (`api.POST('/api/v1/…')`),
 * helpers that only read (`downloadBinary`, `openBinary`, `new URL`), `postJson`, and `fetch` with
 * its method; `* /path` for a literal kept in a variable whose method the scan cannot see.
 */
export function webCalls(): Set<string> {
  const calls = new Set<string>();
  // A path literal up to its query or end; `${…}` counts as a parameter only as a whole segment.
  const literal = /(['`"])(\/api\/v1(?:\/(?:\$\{[^}]*\}|[\w\-.{}:]+))*)/g;
  for (const file of sourceFiles(WEB_SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(literal)) {
      const path = shape(match[2].slice('/api/v1'.length));
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      const after = text.slice(match.index, match.index + 200);
      const typed = /api\.(GET|POST|PUT|PATCH|DELETE)\(\s*$/.exec(before);
      let method = '*';
      if (typed) method = typed[1];
      else if (/postJson\(\s*$/.test(before)) method = 'POST';
      else if (/(fetch|URL)\(\s*$/.test(before)) method = /method:\s*'(\w+)'/.exec(after)?.[1] ?? 'GET';
      else if (/(downloadBinary|openBinary)\(\s*$/.test(before)) method = 'GET';
      calls.add(`${method} ${path}`);
    }
  }
  return calls;
}

describe('every operation of a signed-in role is on a screen', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** The JSON schema of a GET's success answer in the OpenAPI document. */
  function answerOf(doc: ReturnType<typeof buildOpenApiDocument>, path: string): { $ref?: string; properties?: { items?: { items?: { $ref?: string } } } } | undefined {
    const operation = (doc.paths[`/api/v1${path.replace(/:(\w+)/g, '{$1}')}`] as Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }> | undefined)?.get;
    return operation?.responses?.['200']?.content?.['application/json']?.schema as never;
  }

  /**
   * `GET /things/:id` is on a screen when the screen lists `GET /things` and the list's rows are the
   * very record the single read answers (the same schema): the screen shows it from the list.
   */
  function readFromItsList(route: string, calls: Set<string>, doc: ReturnType<typeof buildOpenApiDocument>): boolean {
    const [method, path] = route.split(' ');
    const list = /^(.*)\/:\w+$/.exec(path)?.[1];
    if (method !== 'GET' || !list || !(calls.has(`GET ${shape(list)}`) || calls.has(`* ${shape(list)}`))) return false;
    const one = answerOf(doc, path)?.$ref;
    return !!one && answerOf(doc, list)?.properties?.items?.items?.$ref === one;
  }

  function uncovered(): string[] {
    const calls = webCalls();
    const doc = buildOpenApiDocument(t.app);
    return routeTable(t.app)
      .map(({ method, path }) => `${method} ${path}`)
      .filter((route) => !(route in NOT_FOR_A_SCREEN))
      .filter((route) => {
        const [method, path] = route.split(' ');
        return !calls.has(`${method} ${shape(path)}`) && !calls.has(`* ${shape(path)}`) && !readFromItsList(route, calls, doc);
      });
  }

  it('the web app calls each route, or the route is listed with its reason', () => {
    expect(uncovered().filter((route) => !NOT_ON_A_SCREEN_YET.includes(route))).toEqual([]);
  });

  it('no route is listed as missing once a screen calls it', () => {
    const missing = new Set(uncovered());
    expect(NOT_ON_A_SCREEN_YET.filter((route) => !missing.has(route))).toEqual([]);
  });

  it('the reasons name real routes', () => {
    const routes = new Set(routeTable(t.app).map(({ method, path }) => `${method} ${path}`));
    expect(Object.keys(NOT_FOR_A_SCREEN).filter((route) => !routes.has(route))).toEqual([]);
  });
});
