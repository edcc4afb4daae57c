import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as ts from 'typescript';
import { ErrorCatalogue, errorMessage, statusesOf } from '@skill-ladder/platform';
import { composeCatalogues, ERROR_CATALOGUE, LIB_ERROR_CATALOGUES } from './error-catalogue';

/**
 * The error catalogues against the code: every problem code a source raises is declared in its
 * own lib's catalogue or a lower lib's, with the status it is raised with; every declared code is
 * raised somewhere; docs/error-codes.md is generated from them; a status change shows as a diff.
 */

const ROOT = resolve(__dirname, '../../..');
/** Lowest first (docs/ARCHITECTURE.md); `api` stands for apps/api, above every lib. */
const LAYERS = ['vocabulary', 'platform', 'identity', 'workforce', 'standards', 'publicity', 'evaluations', 'promotions', 'api'] as const;
type Layer = (typeof LAYERS)[number];
const CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
/**
 * Maps unique constraints to the 409 of the lib that owns each constraint's table, so it names
 * codes of libs above platform on purpose; they need only be declared somewhere.
 */
const CONSTRAINT_MAP = 'libs/platform/src/database/unique-violation.ts';

/** Where a call carries a problem code: the argument holding it and the status it answers with. */
interface Raiser {
  codeArg: number;
  status: (args: readonly ts.Expression[]) => number | null;
}
const fixed = (status: number) => (): number => status;
const literalStatus = (index: number, fallback: number | null = null) => (args: readonly ts.Expression[]) =>
  args[index] && ts.isNumericLiteral(args[index]) ? Number(args[index].text) : args[index] ? null : fallback;
const RAISERS: Record<string, Raiser> = {
  ConflictError: { codeArg: 0, status: fixed(409) },
  ForbiddenError: { codeArg: 0, status: fixed(403) },
  UnprocessableError: { codeArg: 0, status: fixed(422) },
  DomainError: { codeArg: 1, status: literalStatus(0) },
  httpProblem: { codeArg: 2, status: literalStatus(0) },
};

/**
 * The status a file's own helper answers with. Any function of a file with a parameter typed
 * `ErrorCode` is found by itself (see `helpersOf`) and its calls checked for declaration; those
 * named here are checked for their status too.
 */
const HELPER_STATUS: Record<string, Raiser['status']> = {
  refused: literalStatus(3, 400), // workforce photo-zip
  unauthenticated: fixed(401), // identity auth.service
  fieldError: fixed(422), // evaluations campaign-draws
  fieldProblem: fixed(422), // evaluations exam-sessions
  refuse: fixed(422), // evaluations campaigns.service
  dateError: fixed(422), // standards standard-review
};

/** The functions a file declares with a parameter typed `ErrorCode`: name → where the code goes. */
function helpersOf(source: ts.SourceFile): Map<string, Raiser> {
  const helpers = new Map<string, Raiser>();
  const visit = (node: ts.Node): void => {
    const fn = ts.isFunctionDeclaration(node)
      ? { name: node.name, fn: node }
      : ts.isVariableDeclaration(node) && node.initializer && (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
        ? { name: node.name, fn: node.initializer }
        : null;
    if (fn?.name && ts.isIdentifier(fn.name)) {
      const codeArg = fn.fn.parameters.findIndex((p) => p.type?.getText(source) === 'ErrorCode');
      if (codeArg >= 0) helpers.set(fn.name.text, { codeArg, status: HELPER_STATUS[fn.name.text] ?? (() => null) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return helpers;
}

interface Raise {
  code: string;
  status: number | null;
  layer: Layer;
  at: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function layerOf(file: string): Layer {
  const rel = relative(ROOT, file);
  return rel.startsWith('apps/') ? 'api' : (rel.split('/')[1] as Layer);
}

/** What the sources raise and every code-like string they hold (catalogues aside). */
function scan(): { raises: Raise[]; literals: Map<string, { layer: Layer; at: string }[]> } {
  const raises: Raise[] = [];
  const literals = new Map<string, { layer: Layer; at: string }[]>();
  const files = [...LAYERS.filter((l) => l !== 'api').flatMap((lib) => sourceFiles(join(ROOT, 'libs', lib, 'src'))), ...sourceFiles(join(ROOT, 'apps/api/src'))];
  for (const file of files) {
    const rel = relative(ROOT, file);
    if (rel.endsWith('/error-codes.ts') || rel === 'apps/api/src/error-catalogue.ts' || rel.includes('/architecture/')) continue;
    const layer = layerOf(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const helpers = helpersOf(source);
    const at = (node: ts.Node) => `${rel}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) && CODE.test(node.text)) {
        literals.set(node.text, [...(literals.get(node.text) ?? []), { layer, at: at(node) }]);
      }
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : callee.kind === ts.SyntaxKind.SuperKeyword ? superOf(node) : null;
        const raiser = name ? (RAISERS[name] ?? helpers.get(name)) : undefined;
        const args = node.arguments ?? [];
        const code = args[raiser?.codeArg ?? -1];
        if (raiser && code && ts.isStringLiteral(code) && CODE.test(code.text) && rel !== CONSTRAINT_MAP) {
          raises.push({ code: code.text, status: raiser.status(args), layer, at: at(code) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { raises, literals };
}

/** `super(…)` inside a class that extends DomainError raises like DomainError. */
function superOf(node: ts.Node): string | null {
  let up: ts.Node | undefined = node.parent;
  while (up && !ts.isClassDeclaration(up)) up = up.parent;
  const base = up?.heritageClauses?.[0]?.types[0]?.expression;
  return base && ts.isIdentifier(base) && base.text === 'DomainError' ? 'DomainError' : null;
}

function declaringLayer(code: string): Layer | undefined {
  return (Object.entries(LIB_ERROR_CATALOGUES) as [Layer, ErrorCatalogue][]).find(([, catalogue]) => Object.hasOwn(catalogue, code))?.[0];
}

const DOC_START = '<!-- error codes: generated from libs/<lib>/src/error-codes.ts; apps/api/src/error-catalogue.spec.ts fails when they differ -->';
const DOC_END = '<!-- /error codes -->';

function renderDocSection(): string {
  const rows = (Object.entries(LIB_ERROR_CATALOGUES) as [Layer, ErrorCatalogue][]).flatMap(([lib, catalogue]) =>
    Object.entries(catalogue)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, entry]) => {
        const statuses = statusesOf(entry);
        const message =
          typeof entry.message === 'string' ? entry.message : statuses.map((status) => `${status}：${errorMessage(entry, status)}`).join('；');
        return `| \`${code}\` | ${statuses.join(', ')} | ${lib} | ${message.replace(/\|/g, '\\|')} |`;
      }),
  );
  return [DOC_START, '', '| code | HTTP | lib | 中文说明 |', '| --- | --- | --- | --- |', ...rows, '', DOC_END].join('\n');
}

describe('error catalogues', () => {
  const { raises, literals } = scan();

  it('declare each code once, lowest lib first', () => {
    expect(() => composeCatalogues({ platform: { X: { status: 409, message: '甲' } }, identity: { X: { status: 409, message: '乙' } } })).toThrow(
      'Error code X is declared by both platform and identity',
    );
    const order = Object.keys(LIB_ERROR_CATALOGUES);
    expect(order).toEqual(LAYERS.filter((l) => order.includes(l)));
    expect(Object.keys(ERROR_CATALOGUE).length).toBeGreaterThan(200);
  });

  it('give every code a status and a Chinese message for each status', () => {
    const wrong = Object.entries(ERROR_CATALOGUE).flatMap(([code, entry]) =>
      statusesOf(entry).flatMap((status) => {
        const message = errorMessage(entry, status);
        if (status < 400 || status > 599) return [`${code}: ${status} is not an error status`];
        return message && /[\u3400-\u9fff]/.test(message) && !message.includes(' / ') ? [] : [`${code} at ${status}: "${message}" is not a Chinese message`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('declare every code a lib raises in that lib or a lib below it, with the status it is raised with', () => {
    const wrong = raises.flatMap(({ code, status, layer, at }) => {
      const declared = declaringLayer(code);
      if (!declared) return [`${at}: ${code} is in no catalogue; add it to libs/${layer === 'api' ? 'platform' : layer}/src/error-codes.ts`];
      if (LAYERS.indexOf(declared) > LAYERS.indexOf(layer)) return [`${at}: ${code} is declared by ${declared}, above ${layer}; move it down to ${layer}`];
      const statuses = statusesOf(ERROR_CATALOGUE[code]);
      return status === null || statuses.includes(status) ? [] : [`${at}: ${code} is raised with ${status}, its catalogue entry says ${statuses.join(', ')}`];
    });
    expect(wrong).toEqual([]);
  });

  it('name no code of a lib above the one whose source names it', () => {
    const wrong = [...literals].flatMap(([code, uses]) => {
      const declared = declaringLayer(code);
      if (!declared) return [];
      return uses
        .filter(({ layer, at }) => LAYERS.indexOf(declared) > LAYERS.indexOf(layer) && !at.startsWith(`${CONSTRAINT_MAP}:`))
        .map(({ at, layer }) => `${at}: ${code} is declared by ${declared}, above ${layer}`);
    });
    expect(wrong).toEqual([]);
  });

  it('hold no code that no source raises (the catalogue cannot rot)', () => {
    expect(Object.keys(ERROR_CATALOGUE).filter((code) => !literals.has(code))).toEqual([]);
  });

  it('answer each code with the statuses the snapshot shows', () => {
    const statuses = Object.fromEntries(
      Object.entries(ERROR_CATALOGUE)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, entry]) => [code, statusesOf(entry).join(', ')]),
    );
    expect(statuses).toMatchSnapshot();
  });

  it('are listed in docs/error-codes.md as the catalogues declare them', () => {
    const doc = readFileSync(join(ROOT, 'docs/error-codes.md'), 'utf8');
    const start = doc.indexOf(DOC_START);
    const end = doc.indexOf(DOC_END);
    const expected = renderDocSection();
    const actual = start === -1 || end === -1 ? '(no generated code list)' : doc.slice(start, end + DOC_END.length);
    if (actual !== expected) {
      throw new Error(`docs/error-codes.md and the libs' error-codes.ts disagree. Replace the block between the two markers with:\n\n${expected}\n`);
    }
  });
});
