import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIB_ORDER, ROOT, sourceFiles } from './architecture';
import { DATA_ACCESS, dataAccessIn, SQL_HOMES } from './data-access';

const BASELINE_FILE = 'libs/platform/src/architecture/data-access.baseline.json';
/** The scanner itself names the calls it looks for. */
const SCANNERS = new Set(['libs/platform/src/architecture/architecture.ts', 'libs/platform/src/architecture/data-access.ts']);

/** Each file's calls that break its lib's style, with the way out. */
function strayUses(): Map<string, string[]> {
  const stray = new Map<string, string[]>();
  for (const lib of LIB_ORDER) {
    const style = DATA_ACCESS[lib];
    for (const file of sourceFiles(lib)) {
      if (SCANNERS.has(file)) continue;
      const found: string[] = [];
      for (const use of dataAccessIn(file)) {
        if (style === 'none') found.push(`${file}:${use.line}: ${use.text} — ${lib} has no tables`);
        else if (style === 'sql' && use.kind === 'entities') found.push(`${file}:${use.line}: ${use.text} — ${lib} writes SQL: send a query, not a repository call`);
        else if (style === 'entities' && use.kind === 'sql' && !SQL_HOMES.test(file)) {
          found.push(`${file}:${use.line}: ${use.text} — ${lib} uses repositories: move this SQL into its reader or repository`);
        }
      }
      if (found.length) stray.set(file, found);
    }
  }
  return stray;
}

/**
 * One data-access style per lib (issue 13), declared in `DATA_ACCESS` (data-access.ts) and in
 * docs/ARCHITECTURE.md. Files still mixing styles are counted in the baseline, which can only
 * shrink: a new stray call fails, and so does a count that went down (lower it).
 */
describe('one data-access style per lib', () => {
  it('no file reaches its tables in another style than its lib’s, beyond the baseline, and the baseline only shrinks', () => {
    const baseline = JSON.parse(readFileSync(join(ROOT, BASELINE_FILE), 'utf8')) as Record<string, number>;
    const stray = strayUses();
    const failures: string[] = [];
    for (const [file, uses] of stray) {
      const allowed = baseline[file] ?? 0;
      if (uses.length > allowed) failures.push(...uses, `(${file}: ${uses.length} such calls, the baseline allows ${allowed})`);
    }
    for (const [file, allowed] of Object.entries(baseline)) {
      const now = stray.get(file)?.length ?? 0;
      if (now < allowed) failures.push(`${file} now has ${now} calls outside its lib's style: lower its entry in ${BASELINE_FILE} to ${now}${now === 0 ? ' (remove it)' : ''}`);
    }
    expect(failures).toEqual([]);
  });

  it('tells SQL from entity access', () => {
    const audit = dataAccessIn('libs/platform/src/audit/audit.service.ts');
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.every((u) => u.kind === 'sql')).toBe(true);
    expect(dataAccessIn('libs/promotions/src/competitions/competitions.service.ts').map((u) => u.kind)).toContain('entities');
    expect(SQL_HOMES.test('libs/standards/src/readers/standards.reader.ts')).toBe(true);
    expect(SQL_HOMES.test('libs/standards/src/standards/standards.service.ts')).toBe(false);
  });
});
