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

/**
 * One static page per element for hosts that only allow iframes (see README, "Hosts that run no
 * scripts"). EMBED_CONTENT_ORIGINS lists the origins besides their own they may load content from.
 */
function writeEmbedPages(policy) {
  const template = readFileSync('src/embed/page.html', 'utf8');
  for (const [tag, title] of Object.entries(EMBED_TITLES)) {
    const page = template.replaceAll('{{tag}}', tag).replaceAll('{{title}}', `${title} · ml-transition-kit`).replaceAll('{{policy}}', policy);
    writeFileSync(`dist/embed/${tag}.html`, page);
  }
  copyFileSync('src/embed/embed.css', 'dist/embed/embed.css');
}

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

// Lit's exports pick its production build only when NODE_ENV says so.
process.env.NODE_ENV = 'production';

// Checked first: a mistyped origin should stop the build before anything is replaced.
const { module: embed } = await runnerImport('./src/embed/embed-policy.ts');
const embedPolicy = embed.embedPolicy(embed.contentOrigins(process.env.EMBED_CONTENT_ORIGINS));

rmSync('dist', { recursive: true, force: true });

const { module: config } = await runnerImport('./vite.config.ts');
await build(config.cdnBuild());
await build(config.npmBuild());
for (const name of ['embed', 'host']) await build(config.embedBuild(name));
writeEmbedPages(embedPolicy);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);

const { module: schema } = await runnerImport('./scripts/content-json-schema.ts');
mkdirSync('dist/schema', { recursive: true });
for (const [file, json] of Object.entries(schema.contentJsonSchemas())) {
  writeFileSync(`dist/schema/${file}`, `${JSON.stringify(json, null, 2)}\n`);
}
const { module: record } = await runnerImport('./scripts/kit-record-json-schema.ts');
writeFileSync('dist/schema/kit-record.schema.json', `${JSON.stringify(record.recordJsonSchema(), null, 2)}\n`);

run('npm', ['run', '--silent', 'analyze']);
console.log('build: dist/cdn, dist/npm, dist/schema, custom-elements.json');
