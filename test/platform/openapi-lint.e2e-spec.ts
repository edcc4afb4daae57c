import { Document, Ruleset, RulesetDefinition, Spectral } from '@stoplight/spectral-core';
import * as functions from '@stoplight/spectral-functions';
import * as owaspModule from '@stoplight/spectral-owasp-ruleset';
import { Json, Yaml } from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from '../../apps/api/src/configure-app';
import { createTestApp, TestApp } from '../harness/test-app';

const ROOT = join(__dirname, '../..');
const RULESET = join(ROOT, '.spectral.yaml');

/**
 * .spectral.yaml as a ruleset object. The CLI bundles it with rollup, which under Jest resolves
 * the OWASP package to its CommonJS build and fails; the YAML is plain data, so the extended
 * rulesets and the core functions it names are put in by hand.
 */
function loadRuleset(): Ruleset {
  type Then = { function: string | unknown };
  type Definition = { extends: string[]; rules?: Record<string, string | { then: Then | Then[] }>; overrides?: unknown[] };
  const definition = Yaml.parse(readFileSync(RULESET, 'utf8')).data as Definition;
  const owasp = (owaspModule as { default?: unknown }).default ?? owaspModule;
  const extended: Record<string, unknown> = { 'spectral:oas': oas, '@stoplight/spectral-owasp-ruleset': owasp };
  const rules = Object.fromEntries(
    Object.entries(definition.rules ?? {}).map(([name, rule]) => [
      name,
      typeof rule === 'string' ? rule : { ...rule, then: [rule.then].flat().map((then) => ({ ...then, function: (functions as Record<string, unknown>)[then.function as string] })) },
    ]),
  );
  for (const name of definition.extends) expect(extended[name]).toBeDefined();
  return new Ruleset({ extends: definition.extends.map((name) => extended[name]), rules, overrides: definition.overrides } as RulesetDefinition, { source: RULESET });
}

type Operation = { responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }>; 'x-access'?: { public?: boolean; roles?: string[] }; 'x-rate-limit'?: unknown };

/**
 * The API description passes Spectral's OpenAPI rules and the OWASP API Security Top 10 rules
 * (.spectral.yaml, the same ruleset `npm run lint:openapi` runs) with no error, and the answers
 * it documents are the ones the API gives.
 */
describe('OpenAPI lint (Spectral oas + OWASP)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '2' });
  });
  afterAll(() => t.close());

  it('the document has no Spectral error', async () => {
    const spectral = new Spectral();
    spectral.setRuleset(loadRuleset());
    const results = await spectral.run(new Document(JSON.stringify(buildOpenApiDocument(t.app)), Json, join(ROOT, '.data/openapi.json')));
    const errors = results.filter((r) => r.severity === 0).map((r) => `${r.code} at ${r.path.join('.')}: ${r.message}`);
    expect(errors).toEqual([]);
  }, 180_000); // Spectral walks some 2 MB of resolved document: tens of seconds on a loaded machine

  it('every operation documents its success, 500, and for a signed-in route 401, each error as problem+json', () => {
    const document = buildOpenApiDocument(t.app);
    const missing: string[] = [];
    let operations = 0;
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item as Record<string, Operation>)) {
        operations++;
        const codes = Object.keys(operation.responses);
        const expected = ['500', ...(operation['x-access']?.public ? [] : ['401']), ...(path.includes('{') ? ['404'] : [])];
        if (!codes.some((c) => c.startsWith('2'))) missing.push(`${method} ${path}: no success answer`);
        for (const code of expected.filter((c) => !codes.includes(c))) missing.push(`${method} ${path}: no ${code}`);
        for (const code of codes.filter((c) => /^[45]/.test(c) && !operation.responses[c].content?.['application/problem+json'])) missing.push(`${method} ${path}: ${code} not problem+json`);
      }
    }
    expect(missing).toEqual([]);
    expect(operations).toBeGreaterThan(150);
  });

  it('a rate-limited route sends the headers its description promises, on the 429 too', async () => {
    const refresh = buildOpenApiDocument(t.app).paths['/api/v1/auth/refresh'].post as unknown as Operation;
    expect(refresh['x-rate-limit']).toBeDefined();
    const documented = Object.keys(refresh.responses['429'].headers ?? {}).map((h) => h.toLowerCase());
    expect(documented).toEqual(expect.arrayContaining(['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'retry-after']));

    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await t.http().post('/api/v1/auth/refresh').send({}));
    expect(answers.map((a) => a.status)).toEqual([401, 401, 429]);
    expect(answers[0].headers['x-ratelimit-limit']).toBe('2');
    expect(answers[1].headers['x-ratelimit-remaining']).toBe('0');
    const refused = answers[2];
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    for (const header of documented) expect(refused.headers[header]).toBeDefined();
  });
});
