import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildOpenApiDocument } from '../../apps/api/src/configure-app';
import { createTestApp, TestApp } from '../harness/test-app';

const ROOT = resolve(__dirname, '../..');
const COMMITTED = join(ROOT, 'apps/web/src/api/schema.d.ts');

/** The web app's API types are generated from the live OpenAPI document; an API change that would break the UI shows here. */
describe('the web app’s generated API client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('matches the API’s OpenAPI document (regenerate with `npm run api:generate`)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skill-ladder-openapi-'));
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(buildOpenApiDocument(t.app)));
    execFileSync(process.execPath, [join(ROOT, 'apps/web/scripts/generate-api.mjs'), join(dir, 'openapi.json'), join(dir, 'schema.d.ts')], { cwd: ROOT });
    const generated = readFileSync(join(dir, 'schema.d.ts'), 'utf8');
    const committed = readFileSync(COMMITTED, 'utf8');
    if (generated !== committed) {
      const a = generated.split('\n');
      const b = committed.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      throw new Error(
        `apps/web/src/api/schema.d.ts is out of date with the API (first difference at line ${line + 1}: ` +
          `generated ${JSON.stringify(a[line])}, committed ${JSON.stringify(b[line])}). Run \`npm run api:generate\` and commit the result.`,
      );
    }
  });
});
