// Measures every dist/cdn file (gzip -9 and brotli) and fails when one is over its budget.
// `npm run size -- --write` also refreshes the table in README.md.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

/**
 * Budgets in bytes, gzip, for the kit's own code only: a file minus Lit minus the bundled advice
 * (issue 11). The advice has no byte cap and is never trimmed to fit.
 */
const BUDGETS = {
  'ml-transition-kit.js': 13_000,
  'skill-mapper.js': 8_500,
  'path-recommender.js': 8_500,
  'transition-checklist.js': 8_500,
};

const dir = 'dist/cdn';
const files = readdirSync(dir, { recursive: true })
  .filter((file) => file.endsWith('.js'))
  .sort((a, b) => Number(a.includes('/')) - Number(b.includes('/')) || a.localeCompare(b));

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const rows = files.map((file) => {
  const bytes = readFileSync(join(dir, file));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const budget = BUDGETS[file];
  return { file, raw: bytes.length, gzip, brotli, budget };
});

const table = [
  '| file | minified | gzip | brotli | kit-code budget (gzip) |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| \`${r.file.replace(/-[\w-]{8}\.js$/, '-[hash].js')}\` | ${kB(r.raw)} | ${kB(r.gzip)} | ${kB(r.brotli)} | ${r.budget ? kB(r.budget) : 'loaded on demand'} |`,
  ),
].join('\n');
console.log(table);

/**
 * Where the bytes of each CDN file go: Lit (the floor every Lit element pays), the English content
 * and strings it carries (gzipped on their own), and the kit's own element and platform code (the
 * rest), which is what the budgets hold.
 */
const CONTENT = {
  'skill-mapper': ['skill-mapper/en.json', 'skill-mapper/ui.en.json'],
  'path-recommender': ['path/en.json', 'path/ui.en.json'],
  'transition-checklist': ['checklist/en.json', 'checklist/ui.en.json'],
};
CONTENT['ml-transition-kit'] = Object.values(CONTENT).flat();

async function litFloor() {
  await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    build: {
      outDir: 'dist/.floor',
      target: 'es2022',
      lib: { entry: 'scripts/lit-floor.ts', formats: ['es'], fileName: () => 'lit-floor.js' },
      rollupOptions: { output: { minify: true } },
    },
  });
  return gzipSync(readFileSync('dist/.floor/lit-floor.js'), { level: 9 }).length;
}

const lit = await litFloor();
const contentGzip = (name) => {
  const json = [...CONTENT[name], 'common/ui.en.json'].map((file) => JSON.stringify(JSON.parse(readFileSync(`src/content/${file}`, 'utf8'))));
  return gzipSync(json.join(''), { level: 9 }).length;
};
const shares = rows
  .filter((r) => !r.file.includes('/'))
  .map((r) => {
    const content = contentGzip(r.file.replace(/\.js$/, ''));
    const code = r.gzip - lit - content;
    return { file: r.file, content, code, budget: r.budget };
  });
const shareTable = [
  '| file | Lit | English content | kit code | kit-code budget |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...shares.map((s) => `| \`${s.file}\` | ${kB(lit)} | ${kB(s.content)} | ${kB(s.code)} | ${kB(s.budget)} |`),
].join('\n');
console.log(`\n${shareTable}`);

if (process.argv.includes('--write')) {
  const readme = readFileSync('README.md', 'utf8');
  const updated = readme.replace(/(<!-- size:start -->)[\s\S]*?(<!-- size:end -->)/, `$1\n${table}\n\n${shareTable}\n$2`);
  writeFileSync('README.md', updated);
}

const over = shares.filter((s) => s.code > s.budget);
for (const s of over) console.error(`size: ${s.file} carries ${kB(s.code)} gzip of kit code, over its ${kB(s.budget)} budget`);
process.exit(over.length ? 1 : 0);
