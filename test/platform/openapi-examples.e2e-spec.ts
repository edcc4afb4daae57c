import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from '../../apps/api/src/configure-app';
import { createTestApp, TestApp } from '../harness/test-app';

type Schema = { properties?: Record<string, { example?: unknown }> };

/** Examples in the API description must pass the API's own validation: clients copy them. */
describe('OpenAPI examples', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** Every class exported by a DTO file, by name (the schema names of the document). */
  async function dtoClasses(): Promise<Map<string, new () => object>> {
    const root = join(__dirname, '../..');
    const classes = new Map<string, new () => object>();
    const files = (readdirSync(join(root, 'libs'), { recursive: true }) as string[]).filter((f) => /(\/dto\/[^/]+|\/dto|\.dto)\.ts$/.test(f) && !f.endsWith('.spec.ts'));
    for (const file of files) {
      for (const value of Object.values((await import(join(root, 'libs', file))) as Record<string, unknown>)) {
        if (typeof value === 'function' && value.prototype) classes.set(value.name, value as new () => object);
      }
    }
    return classes;
  }

  it('every property example of a request or response schema passes its DTO validation', async () => {
    const schemas = (buildOpenApiDocument(t.app).components?.schemas ?? {}) as Record<string, Schema>;
    const classes = await dtoClasses();
    const failures: string[] = [];
    let checked = 0;
    for (const [name, schema] of Object.entries(schemas)) {
      const dto = classes.get(name);
      if (!dto) continue;
      for (const [property, { example }] of Object.entries(schema.properties ?? {})) {
        if (example === undefined) continue;
        checked++;
        const errors = await validate(plainToInstance(dto, { [property]: example }), { skipMissingProperties: true, forbidUnknownValues: false });
        const own = errors.filter((e) => e.property === property);
        if (own.length) failures.push(`${name}.${property} = ${JSON.stringify(example)}: ${own.flatMap((e) => Object.values(e.constraints ?? {})).join('; ')}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });
});
