import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityClasses, LIB_ORDER, libOf, migratedTables, ownedTables, ownership, READER_OF, ROOT, sourceFiles, sqlTables, tablesNamedIn } from './architecture';

const BASELINE_FILE = 'libs/platform/src/architecture/table-ownership.baseline.json';

/**
 * Each lib owns its tables (issue 13): only the owner names them, in SQL or entities; every
 * other lib reads them through the owner's readers. The files that still name a foreign table
 * are listed in the baseline, which can only shrink: a new foreign table fails, and so does an
 * entry that no longer occurs (remove it).
 */
describe('table ownership', () => {
  const owners = ownership();

  it('every table the migrations create is owned by exactly one lib', () => {
    const declared = LIB_ORDER.flatMap((lib) => ownedTables(lib).map((table) => ({ lib, table })));
    const twice = declared.filter((d, i) => declared.findIndex((e) => e.table === d.table) !== i).map((d) => `${d.table} (also in libs/${d.lib}/src/tables.ts)`);
    expect(twice).toEqual([]);
    const migrated = migratedTables();
    const unowned = migrated.filter((t) => !owners.has(t));
    const unknown = [...owners.keys()].filter((t) => !migrated.includes(t));
    expect({ unowned, unknown }).toEqual({ unowned: [], unknown: [] });
  });

  it('reads table names from SQL strings, FROM lists and quoted names', () => {
    expect(sqlTables(`SELECT 1 FROM persons p, employments AS e JOIN "organizations" o ON o.id = e.org_id WHERE x IN (SELECT id FROM users)`)).toEqual([
      'persons',
      'employments',
      'organizations',
      'users',
    ]);
    expect(sqlTables('INSERT INTO audit_events (a) VALUES (1) ON CONFLICT DO UPDATE SET a = 1')).toEqual(['audit_events', 'SET']);
    expect(sqlTables('UPDATE ONLY campaigns SET x = 1; DELETE FROM certificates WHERE id = $1 FOR UPDATE OF c')).toEqual(['campaigns', 'certificates', 'OF']);
    expect(sqlTables('person_id uuid NOT NULL REFERENCES persons(id)')).toEqual(['persons']);
  });

  it('no lib names another lib’s table beyond the baseline, and the baseline only shrinks', () => {
    const baseline = JSON.parse(readFileSync(join(ROOT, BASELINE_FILE), 'utf8')) as Record<string, string[]>;
    const entities = entityClasses();
    const known = new Set(owners.keys());
    const failures: string[] = [];
    const seen = new Set<string>();
    for (const lib of LIB_ORDER) {
      for (const file of sourceFiles(lib)) {
        for (const table of [...tablesNamedIn(file, entities, known)].sort()) {
          const owner = owners.get(table) as string;
          if (owner === lib) continue;
          seen.add(`${file}|${table}`);
          if (baseline[file]?.includes(table)) continue;
          const reader = READER_OF[owner as keyof typeof READER_OF];
          failures.push(
            `${file} names the table "${table}", which ${owner} owns (libs/${owner}/src/tables.ts). ` +
              (reader
                ? `Read it through ${reader} from @skill-ladder/${owner} (add a narrow, batched method there if none fits).`
                : `Ask a service or reader that @skill-ladder/${owner} exports (add a narrow, batched one to libs/${owner} if none fits).`) +
              ` Do not add it to ${BASELINE_FILE}: that list only shrinks.`,
          );
        }
      }
    }
    for (const [file, tables] of Object.entries(baseline)) {
      for (const table of tables) {
        if (!seen.has(`${file}|${table}`)) {
          failures.push(`${file} no longer names "${table}" outside its lib${libOf(file) ? '' : ' (or the file is gone)'}: remove it from ${BASELINE_FILE} so it cannot come back.`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
