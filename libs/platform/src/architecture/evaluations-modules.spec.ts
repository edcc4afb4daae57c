import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { EVALUATIONS_ORDER, EVALUATIONS_PURE, moduleReferences, ROOT, sourceFiles } from './architecture';

const SRC = 'libs/evaluations/src';

/** Where a path under libs/evaluations/src sits: its folder and that folder's place in EVALUATIONS_ORDER. */
function placeOf(path: string): { name: string; rank: number } {
  const rel = path.slice(SRC.length + 1).replace(/\.ts$/, '');
  if (rel === 'index' || rel === 'evaluations.module') return { name: 'the lib’s index and module', rank: Infinity };
  const parts = rel.split('/');
  const isFolder = parts.length > 1 || (existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).isDirectory());
  if (!isFolder) return { name: 'the top of src', rank: -1 };
  const rank = (EVALUATIONS_ORDER as readonly string[]).indexOf(parts[0]);
  return { name: parts[0], rank: rank === -1 ? NaN : rank };
}

/**
 * evaluations is split into sub-modules along the certification year (EVALUATIONS_ORDER in
 * architecture.ts): each folder of libs/evaluations/src is one Nest module and imports only its
 * own folder, folders declared before it and the files at the top of src, so the sub-modules
 * cannot hold a cycle and none needs forwardRef.
 */
describe('sub-modules of evaluations', () => {
  it('declares every folder of libs/evaluations/src in the order', () => {
    const folders = readdirSync(join(ROOT, SRC), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.sort()).toEqual([...EVALUATIONS_ORDER].sort());
  });

  it('gives every folder but the pure ones its own Nest module', () => {
    const missing = EVALUATIONS_ORDER.filter((folder) => !(EVALUATIONS_PURE as readonly string[]).includes(folder)).filter(
      (folder) => !readdirSync(join(ROOT, SRC, folder)).some((name) => name.endsWith('.module.ts')),
    );
    expect(missing).toEqual([]);
  });

  it('imports only its own folder and folders before it', () => {
    const order = EVALUATIONS_ORDER.join(' → ');
    const failures: string[] = [];
    for (const file of sourceFiles('evaluations')) {
      const from = placeOf(file);
      for (const { specifier } of moduleReferences(file)) {
        if (!specifier.startsWith('.')) continue;
        const target = normalize(join(dirname(file), specifier)).split('\\').join('/');
        if (!target.startsWith(`${SRC}/`)) continue; // import-graph.spec.ts refuses these
        const to = placeOf(target);
        if (to.name === from.name || to.rank < from.rank) continue;
        failures.push(
          `${file} imports ${specifier} (${to.name}), which is not before ${from.name} in the evaluations order (${order}): ` +
            `move what both need down into a lower folder, or let the lower one call back through a handler the higher one registers (as results does with publicity's registerSubjectHandler).`,
        );
      }
    }
    expect(failures).toEqual([]);
  });
});
