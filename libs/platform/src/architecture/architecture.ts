import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';

/**
 * What the architecture specs read: the libs in their declared order, the tables each owns
 * (`libs/<lib>/src/tables.ts`), and what every source file names (tables in SQL strings and
 * entities, imports). Used only by the specs beside it; the app never loads it.
 */

export const ROOT = resolve(__dirname, '../../../..');

/** Lower first: a lib may import only libs before it, through their package index. */
export const LIB_ORDER = ['vocabulary', 'platform', 'identity', 'workforce', 'standards', 'publicity', 'evaluations', 'promotions'] as const;
export type Lib = (typeof LIB_ORDER)[number];

/**
 * The sub-modules of evaluations, lowest first: one folder of `libs/evaluations/src` each, and a
 * folder imports (relatively) only itself and folders before it. `rules` and `draw` are pure code
 * under them all; the rest follow the certification year as the code needs it: scoring before
 * exams (the online exam hands its theory scores to scoring), carry-over below draws, scoring and
 * exams (they read what results wrote), and results last (it opens the publicity window and
 * issues the certificates). Files at the top of `src` (error codes, tables, region cover, PDF
 * resources) are below every folder, except `index.ts` and `evaluations.module.ts`, which sit
 * above them all.
 */
export const EVALUATIONS_ORDER = [
  'rules',
  'draw',
  'bodies',
  'evaluators',
  'campaigns',
  'applications',
  'carry-over',
  'campaign-draws',
  'scoring',
  'exams',
  'certificates',
  'results',
] as const;

/** The folders of `libs/evaluations/src` that are pure code, without a Nest module of their own. */
export const EVALUATIONS_PURE = ['rules', 'draw'] as const;

/** The reader to use instead of another lib's table, named in the failure message. */
export const READER_OF: Partial<Record<Lib, string>> = {
  identity: 'OrganizationsReader',
  workforce: 'WorkersReader',
  standards: 'StandardsReader',
};

export function ownedTables(lib: Lib): readonly string[] {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require(join(ROOT, 'libs', lib, 'src', 'tables')) as { OWNED_TABLES: readonly string[] }).OWNED_TABLES;
  } catch {
    return [];
  }
}

/** table → the lib that owns it. */
export function ownership(): Map<string, Lib> {
  const owners = new Map<string, Lib>();
  for (const lib of LIB_ORDER) for (const table of ownedTables(lib)) owners.set(table, lib);
  return owners;
}

/** Tables and views the migrations create and do not drop again. */
export function migratedTables(): string[] {
  const dir = join(ROOT, 'migrations');
  const tables = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => /^\d+-\w+\.ts$/.test(f)).sort()) {
    const up = upOf(readFileSync(join(dir, file), 'utf8'));
    for (const m of up.matchAll(/\bCREATE\s+(?:TABLE|VIEW|MATERIALIZED\s+VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([a-z_][a-z0-9_]*)"?/gi)) tables.add(m[1]);
    for (const m of up.matchAll(/\bDROP\s+(?:TABLE|VIEW)\s+(?:IF\s+EXISTS\s+)?([a-z_][a-z0-9_, ]*)/gi)) {
      for (const name of m[1].split(',')) tables.delete(name.trim());
    }
    for (const m of up.matchAll(/\bALTER\s+TABLE\s+"?([a-z_][a-z0-9_]*)"?\s+RENAME\s+TO\s+"?([a-z_][a-z0-9_]*)"?/gi)) {
      tables.delete(m[1]);
      tables.add(m[2]);
    }
  }
  return [...tables].sort();
}

/** The text of a migration's `up` method: its `down` drops what `up` created. */
function upOf(source: string): string {
  const down = source.search(/\n\s*(?:public\s+)?async\s+down\s*\(/);
  return down === -1 ? source : source.slice(0, down);
}

/** Every non-spec .ts file under `libs/<lib>/src`, as a path relative to the repository. */
export function sourceFiles(lib: Lib): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) out.push(relative(ROOT, path).split(sep).join('/'));
    }
  };
  walk(join(ROOT, 'libs', lib, 'src'));
  return out.sort();
}

export function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2022, true);
}

const TABLE_KEYWORDS = new Set(['FROM', 'JOIN', 'INTO', 'UPDATE', 'REFERENCES', 'TABLE', 'TRUNCATE']);
/** Words that end a FROM item, so they are never read as an alias. */
const CLAUSE_WORDS = new Set(['WHERE', 'JOIN', 'LEFT', 'RIGHT', 'INNER', 'FULL', 'CROSS', 'ON', 'USING', 'GROUP', 'ORDER', 'LIMIT', 'OFFSET', 'FOR', 'UNION', 'EXCEPT', 'INTERSECT', 'RETURNING', 'SET', 'WINDOW', 'HAVING', 'NATURAL', 'LATERAL', 'AS']);

/** Table names an SQL text reads or writes: after FROM (and its comma list), JOIN, INTO, UPDATE, DELETE FROM, REFERENCES, TABLE. */
export function sqlTables(sql: string): string[] {
  const tokens = sql.match(/"[^"]*"|[A-Za-z_][A-Za-z0-9_.]*|[(),]/g) ?? [];
  const word = (i: number): string | null => {
    const t = tokens[i];
    if (t === undefined) return null;
    if (t.startsWith('"')) return t.slice(1, -1);
    return /^[A-Za-z_]/.test(t) ? t : null;
  };
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const keyword = tokens[i].toUpperCase();
    if (!TABLE_KEYWORDS.has(keyword)) continue;
    let j = i + 1;
    if (word(j)?.toUpperCase() === 'ONLY') j++;
    for (;;) {
      const name = word(j);
      if (!name) break;
      found.push(name.replace(/^public\./, ''));
      if (keyword !== 'FROM') break;
      // FROM a x, b AS y: the comma list of tables.
      j++;
      if (word(j)?.toUpperCase() === 'AS') j++;
      if (word(j) && !CLAUSE_WORDS.has((word(j) as string).toUpperCase())) j++;
      if (tokens[j] !== ',') break;
      j++;
    }
  }
  return found;
}

/** Query-builder and repository calls whose first argument names a table. */
const TABLE_ARGUMENT_CALLS = new Set(['Entity', 'from', 'into', 'update', 'delete', 'innerJoin', 'leftJoin', 'innerJoinAndSelect', 'leftJoinAndSelect', 'innerJoinAndMapOne', 'leftJoinAndMapOne', 'innerJoinAndMapMany', 'leftJoinAndMapMany', 'getRepository', 'createQueryBuilder']);

/** `@Entity('table')` classes of every lib: class name → table, and the lib that declares it. */
export function entityClasses(): Map<string, { table: string; lib: Lib }> {
  const out = new Map<string, { table: string; lib: Lib }>();
  for (const lib of LIB_ORDER) {
    for (const file of sourceFiles(lib)) {
      const source = parse(file);
      source.forEachChild(function visit(node) {
        if (ts.isClassDeclaration(node) && node.name) {
          for (const decorator of ts.getDecorators(node) ?? []) {
            const call = decorator.expression;
            if (ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === 'Entity' && call.arguments[0] && ts.isStringLiteral(call.arguments[0])) {
              out.set(node.name.text, { table: call.arguments[0].text, lib });
            }
          }
        }
        node.forEachChild(visit);
      });
    }
  }
  return out;
}

/**
 * The tables a file names: in SQL strings (string and template literals), in `@Entity('x')` and
 * query-builder calls, and through another lib's entity class used as a value
 * (`getRepository(Organization)`, `forFeature([...])`, `Repository<Organization>`).
 */
export function tablesNamedIn(file: string, entities: Map<string, { table: string; lib: Lib }>, known: ReadonlySet<string>): Set<string> {
  const source = parse(file);
  const named = new Set<string>();
  const add = (name: string): void => {
    if (known.has(name)) named.add(name);
  };
  const importedEntities = new Map<string, string>();
  source.forEachChild(function visit(node): void {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text.startsWith('@skill-ladder/')) {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          const entity = entities.get((element.propertyName ?? element.name).text);
          if (entity) importedEntities.set(element.name.text, entity.table);
        }
      }
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) sqlTables(node.text).forEach(add);
    else if (ts.isTemplateExpression(node)) sqlTables([node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ? ')).forEach(add);
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : null;
      const first = node.arguments[0];
      if (name && TABLE_ARGUMENT_CALLS.has(name) && first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) add(first.text);
    }
    if (ts.isIdentifier(node) && importedEntities.has(node.text) && !ts.isImportSpecifier(node.parent) && (!isTypePosition(node) || isRepositoryType(node))) {
      add(importedEntities.get(node.text) as string);
    }
    node.forEachChild(visit);
  });
  return named;
}

function isTypePosition(node: ts.Node): boolean {
  return ts.isTypeReferenceNode(node.parent) || ts.isQualifiedName(node.parent) || ts.isTypeQueryNode(node.parent) || ts.isExpressionWithTypeArguments(node.parent);
}

/** `Repository<Entity>`: a type, but one that reads the entity's table. */
function isRepositoryType(node: ts.Node): boolean {
  const reference = node.parent;
  const outer = reference.parent;
  return ts.isTypeReferenceNode(reference) && ts.isTypeReferenceNode(outer) && ts.isIdentifier(outer.typeName) && /Repository$/.test(outer.typeName.text);
}

export interface ModuleReference {
  file: string;
  specifier: string;
}

/** Every module a file imports or re-exports (static, dynamic and require). */
export function moduleReferences(file: string): ModuleReference[] {
  const source = parse(file);
  const out: ModuleReference[] = [];
  source.forEachChild(function visit(node): void {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push({ file, specifier: node.moduleSpecifier.text });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      out.push({ file, specifier: node.moduleReference.expression.text });
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      out.push({ file, specifier: node.arguments[0].text });
    }
    node.forEachChild(visit);
  });
  return out;
}

export function libOf(file: string): Lib | null {
  const m = /^libs\/([a-z]+)\//.exec(file);
  return m && (LIB_ORDER as readonly string[]).includes(m[1]) ? (m[1] as Lib) : null;
}

export const TABLES_START = '<!-- tables: generated from libs/<lib>/src/tables.ts; the architecture spec fails when they differ -->';
export const TABLES_END = '<!-- /tables -->';

/** The table list of docs/ARCHITECTURE.md, as tables.ts declares it. */
export function renderTablesSection(): string {
  const rows = LIB_ORDER.map((lib) => `| ${lib} | ${ownedTables(lib).length ? ownedTables(lib).map((t) => `\`${t}\``).join(', ') : '—'} |`);
  return [TABLES_START, '', '| lib | owns |', '| --- | --- |', ...rows, '', TABLES_END].join('\n');
}
