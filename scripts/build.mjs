// Builds everything `npm run build` promises: dist/cdn, dist/npm (+ .d.ts), the content JSON
// Schema, custom-elements.json and the README reference generated from it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { build, runnerImport } from 'vite';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

// Lit's exports pick its production build only when NODE_ENV says so.
process.env.NODE_ENV = 'production';

rmSync('dist', { recursive: true, force: true });

const { module: config } = await runnerImport('./vite.config.ts');
for (const name of Object.keys(config.cdnEntries)) await build(config.cdnBuild(name));
await build(config.npmBuild());
run('npx', ['tsc', '-p', 'tsconfig.build.json']);

const { module: schema } = await runnerImport('./scripts/content-json-schema.ts');
mkdirSync('dist/schema', { recursive: true });
writeFileSync('dist/schema/content.schema.json', `${JSON.stringify(schema.contentJsonSchema(), null, 2)}\n`);

run('npm', ['run', '--silent', 'analyze']);
console.log('build: dist/cdn, dist/npm, dist/schema, custom-elements.json');
