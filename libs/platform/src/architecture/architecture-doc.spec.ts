import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderTablesSection, ROOT, TABLES_END, TABLES_START } from './architecture';

/** docs/ARCHITECTURE.md lists the tables each lib owns exactly as libs/<lib>/src/tables.ts declares them. */
describe('docs/ARCHITECTURE.md', () => {
  it('lists each lib’s tables as tables.ts declares them', () => {
    const doc = readFileSync(join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8');
    const start = doc.indexOf(TABLES_START);
    const end = doc.indexOf(TABLES_END);
    const expected = renderTablesSection();
    const actual = start === -1 || end === -1 ? '(no generated table list)' : doc.slice(start, end + TABLES_END.length);
    if (actual !== expected) {
      throw new Error(`docs/ARCHITECTURE.md and libs/<lib>/src/tables.ts disagree on who owns which table. Replace the block between the two markers with:\n\n${expected}\n`);
    }
  });
});
