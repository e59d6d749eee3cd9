// `npm pack` must ship exactly what a user needs, and the tarball must work once installed:
// this packs it, checks the file list, installs it into a scratch project and imports every export.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const fail = (message) => {
  console.error(`check-pack: ${message}`);
  process.exit(1);
};

const scratch = mkdtempSync(join(tmpdir(), 'mltk-pack-'));
try {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch]));
  const files = packed.files.map((file) => file.path);

  // Only the build, the manifest, the README, the licence and package.json.
  const allowed = /^(dist\/(cdn|npm|schema|embed)\/|custom-elements\.json$|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/;
  const extra = files.filter((file) => !allowed.test(file));
  if (extra.length) fail(`unexpected files in the package: ${extra.slice(0, 10).join(', ')}`);
  for (const needed of ['dist/cdn/ml-transition-kit.js', 'dist/npm/index.js', 'dist/npm/index.d.ts', 'custom-elements.json', 'LICENSE']) {
    if (!files.includes(needed)) fail(`${needed} is missing from the package`);
  }

  // Every path the exports map promises is in the tarball.
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  for (const target of targets.filter((t) => !t.includes('*'))) {
    if (!files.includes(target.replace(/^\.\//, ''))) fail(`exports points at ${target}, which is not packed`);
  }

  // A user's project: install the tarball, import every JavaScript entry in Node.
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', resolve(scratch, packed.filename)], scratch);
  // What a user of the framework subpaths has: react (an optional peer), and the frameworks' types.
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', 'react', '@types/react', 'preact', 'vue'], scratch);
  const entries = Object.entries(pkg.exports)
    .filter(([path, target]) => !path.includes('*') && !path.endsWith('.json') && (typeof target === 'string' || target.default))
    .map(([path]) => `ml-transition-kit${path.slice(1)}`);
  writeFileSync(join(scratch, 'load.mjs'), entries.map((entry) => `await import(${JSON.stringify(entry)});`).join('\n'));
  run('node', ['load.mjs'], scratch);

  // TypeScript with `moduleResolution: node10` ignores "exports": "typesVersions" must map every subpath.
  const typed = Object.keys(pkg.typesVersions['*']);
  const untyped = Object.entries(pkg.exports).filter(([path, target]) => path !== '.' && target.types && !typed.includes(path.slice(2)));
  if (untyped.length) fail(`typesVersions misses ${untyped.map(([path]) => path).join(', ')}`);
  for (const file of ['node10.ts', 'tsconfig.node10.json']) copyFileSync(join('test/types', file), join(scratch, file));
  run('node', [resolve('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.node10.json'], scratch);
  console.log(`check-pack: ${files.length} files, ${(packed.size / 1000).toFixed(0)} kB packed; ${entries.length} entries load from an installed tarball; every subpath type-checks with node10 resolution`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
