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

  /**
   * OWASP API4 (unrestricted resource consumption): every string and array a client may send has
   * a maximum. The document's bounds come from the DTOs' validation (documentValidationBounds), so
   * a missing maximum here is a missing @MaxLength / @Length / @ArrayMaxSize there.
   */
  it('every string and array of a request body has a maximum (maxLength, maxItems, or an enum)', () => {
    type Node = { $ref?: string; type?: string; enum?: unknown[]; const?: unknown; maxLength?: number; maxItems?: number; items?: Node; properties?: Record<string, Node>; allOf?: Node[]; oneOf?: Node[]; anyOf?: Node[] };
    const document = buildOpenApiDocument(t.app);
    const schemas = (document.components?.schemas ?? {}) as Record<string, Node>;
    const unbounded = new Set<string>();
    const visited = new Set<string>();
    let strings = 0;
    const walk = (node: Node | undefined, path: string): void => {
      if (!node) return;
      if (node.$ref) {
        const name = node.$ref.split('/').pop() as string;
        if (visited.has(name)) return;
        visited.add(name);
        return walk(schemas[name], name);
      }
      for (const part of [...(node.allOf ?? []), ...(node.oneOf ?? []), ...(node.anyOf ?? [])]) walk(part, path);
      if (node.type === 'string' && node.enum === undefined && node.const === undefined) {
        strings++;
        if (node.maxLength === undefined) unbounded.add(`${path}: string without maxLength`);
      }
      if (node.type === 'array') {
        if (node.maxItems === undefined) unbounded.add(`${path}: array without maxItems`);
        walk(node.items, `${path}[]`);
      }
      for (const [name, property] of Object.entries(node.properties ?? {})) walk(property, `${path}.${name}`);
    };
    for (const [route, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations as Record<string, { requestBody?: { content?: Record<string, { schema?: Node }> } }>)) {
        const json = operation.requestBody?.content?.['application/json'];
        if (json) walk(json.schema, `${method.toUpperCase()} ${route}`);
      }
    }
    expect([...unbounded]).toEqual([]);
    expect(strings).toBeGreaterThan(100);
  });
});
