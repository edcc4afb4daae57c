#!/usr/bin/env node
// `npm start` builds only what changed: the API (swc) and the web app (vite) are each rebuilt
// when a hash of their sources differs from the stamp the last successful build left beside its
// output, or when the output is missing. `npm run build` still builds everything.
const { createHash } = require('node:crypto');
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const SKIP = new Set(['node_modules', 'dist', '.data', 'coverage', 'test-results']);
// Output that lives among the inputs (by path: libs/evaluations/src/results is source). Without
// this, every `npm run bench` result file made the next `npm start` rebuild the API.
const SKIP_PATHS = new Set(['bench/results']);

const targets = [
  {
    name: 'api',
    command: 'npm run build:api --silent',
    inputs: ['apps/api', 'libs', 'config', 'migrations', 'scripts', 'bench', '.swcrc', 'package-lock.json'],
    output: 'dist/apps/api/src/main.js',
    stamp: 'dist/.sources-hash',
  },
  {
    name: 'web',
    command: 'npm run build:web --silent',
    inputs: ['apps/web/src', 'apps/web/public', 'apps/web/index.html', 'apps/web/vite.config.ts', 'apps/web/tsconfig.json', 'apps/web/package.json', 'package-lock.json',
      'apps/web/.env', 'apps/web/.env.local', 'apps/web/.env.production', 'apps/web/.env.production.local'],
    // Vite reads VITE_* variables at build time.
    env: (env) => Object.keys(env).filter((k) => k.startsWith('VITE_')).sort().map((k) => `${k}=${env[k]}`),
    output: 'apps/web/dist/index.html',
    stamp: 'apps/web/dist/.sources-hash',
  },
];

function files(path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .filter((e) => !SKIP.has(e.name) && !SKIP_PATHS.has(relative(root, join(full, e.name))))
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
    .flatMap((e) => files(relative(root, join(full, e.name))));
}

function sourcesHash(target) {
  const hash = createHash('sha256');
  for (const file of target.inputs.flatMap(files)) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  for (const line of target.env?.(process.env) ?? []) hash.update(`${line}\0`);
  return hash.digest('hex');
}

for (const target of targets) {
  const hash = sourcesHash(target);
  const stampPath = join(root, target.stamp);
  const current = existsSync(join(root, target.output)) && existsSync(stampPath) && readFileSync(stampPath, 'utf8').trim() === hash;
  if (current) {
    console.log(`${target.name}: unchanged since the last build, not rebuilt`);
    continue;
  }
  execSync(target.command, { cwd: root, stdio: 'inherit' });
  // Hashed again: a source edited during the build must not be stamped as built.
  if (sourcesHash(target) === hash) writeFileSync(stampPath, `${hash}\n`);
}
