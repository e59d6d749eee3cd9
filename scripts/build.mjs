// Builds everything `npm run build` promises: dist/cdn, dist/npm (+ .d.ts), the content JSON
// Schema, custom-elements.json and the README reference generated from it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { copyFileSync, readFileSync } from 'node:fs';
import { build, runnerImport } from 'vite';

const EMBED_TITLES = {
  'skill-mapper': 'Map your skills to machine learning',
  'path-recommender': 'Your learning path into machine learning',
  'transition-checklist': 'Your transition plan into ML engineering',
};

/** One static page per element for hosts that only allow iframes (see README, "Embedding recipes"). */
function writeEmbedPages() {
  const template = readFileSync('src/embed/page.html', 'utf8');
  for (const [tag, title] of Object.entries(EMBED_TITLES)) {
    writeFileSync(`dist/embed/${tag}.html`, template.replaceAll('{{tag}}', tag).replaceAll('{{title}}', `${title} · ml-transition-kit`));
  }
  copyFileSync('src/embed/embed.css', 'dist/embed/embed.css');
}

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

// Lit's exports pick its production build only when NODE_ENV says so.
process.env.NODE_ENV = 'production';

rmSync('dist', { recursive: true, force: true });

const { module: config } = await runnerImport('./vite.config.ts');
await build(config.cdnBuild());
await build(config.npmBuild());
for (const name of ['embed', 'host']) await build(config.embedBuild(name));
writeEmbedPages();
run('npx', ['tsc', '-p', 'tsconfig.build.json']);

const { module: schema } = await runnerImport('./scripts/content-json-schema.ts');
mkdirSync('dist/schema', { recursive: true });
for (const [file, json] of Object.entries(schema.contentJsonSchemas())) {
  writeFileSync(`dist/schema/${file}`, `${JSON.stringify(json, null, 2)}\n`);
}

run('npm', ['run', '--silent', 'analyze']);
console.log('build: dist/cdn, dist/npm, dist/schema, custom-elements.json');
