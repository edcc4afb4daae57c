import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { Lib, LIB_ORDER, moduleReferences, ROOT, sourceFiles } from './architecture';

/**
 * The libs form one chain (vocabulary → platform → identity → workforce → standards →
 * publicity → evaluations → promotions): a lib imports another only through its package index
 * (`@skill-ladder/<lib>`), only one declared before it: downwards only, so the graph cannot
 * hold a cycle.
 */
describe('import graph of the libs', () => {
  const rank = (lib: string): number => (LIB_ORDER as readonly string[]).indexOf(lib);

  it('declares the libs in tsconfig paths in the chain’s order', () => {
    const paths = Object.keys((JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } }).compilerOptions.paths);
    const libs = paths.map((p) => p.replace('@skill-ladder/', '')).filter((p) => rank(p) !== -1);
    expect(libs).toEqual([...LIB_ORDER]);
  });

  it('imports other libs only through their index, only downwards', () => {
    const failures: string[] = [];
    for (const lib of LIB_ORDER) {
      for (const file of sourceFiles(lib)) {
        for (const { specifier } of moduleReferences(file)) {
          const failure = check(lib, file, specifier, rank);
          if (failure) failures.push(failure);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

function check(lib: Lib, file: string, specifier: string, rank: (lib: string) => number): string | null {
  const order = LIB_ORDER.join(' → ');
  const pkg = /^@skill-ladder\/([a-z-]+)(\/.*)?$/.exec(specifier);
  if (pkg) {
    const [, target, subpath] = pkg;
    if (target === 'config') return lib === 'vocabulary' ? `${file} imports @skill-ladder/config: vocabulary depends on nothing.` : null;
    if (rank(target) === -1) return `${file} imports ${specifier}, which is not a lib (${order}).`;
    if (subpath) return `${file} imports ${specifier}: import @skill-ladder/${target} (its index) and export what you need from libs/${target}/src/index.ts.`;
    if (target === lib) return `${file} imports its own lib through @skill-ladder/${lib}: use a relative import inside the lib.`;
    if (rank(target) > rank(lib)) {
      return `${file} imports @skill-ladder/${target}, which comes after ${lib} in the chain (${order}): move what both need down into ${lib} or a lower lib, or call it the other way round.`;
    }
    return null;
  }
  if (specifier.startsWith('.')) {
    const target = normalize(join(dirname(file), specifier)).split('\\').join('/');
    if (!target.startsWith(`libs/${lib}/src`)) return `${file} imports ${specifier}, outside libs/${lib}/src: import the other lib through @skill-ladder/<lib>.`;
    return null;
  }
  if (/^(libs|apps|test|migrations|scripts|config)\//.test(specifier)) return `${file} imports ${specifier} by path: import the lib through @skill-ladder/<lib>.`;
  return null;
}
