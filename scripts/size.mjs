// Measures every dist/cdn file (gzip -9 and brotli), then what a page loading one CDN entry
// downloads: the entry and everything it imports statically (the release's one Lit chunk), split
// into Lit, the English content it carries and the kit's own code. Fails when an entry's kit code
// is over its budget. `npm run size -- --write` also refreshes the tables in README.md.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Budgets for the kit's own code per entry, in bytes gzip: what a page downloads minus Lit and content. */
const KIT_CODE_BUDGETS = {
  // 13 kB, + 1.5 kB measured for the path engine of issue 12, + 0.1 kB for diagram labels that
  // fit their boxes, + 0.1 kB for the zh-Hant locale of issue 17, + 0.55 kB for issue 15's host
  // dark-mode markers and text resets (0.44) and `fallback` (0.10) (measured 14,695 → 15,243 B),
  // + 0.5 kB for the page preset and the reader's answer of issues 14 and 15 (measured
  // 14,695 → 15,186 B on its own), + 0.8 kB for phone-first reading and embedding details of
  // issue 14 (measured 14,586 → 15,324 B on its own), + 1.55 kB for the 1:1 plan's buttons, "More"
  // and print of issue 14 (measured 14,695 → 16,226 B on its own), + 3.56 kB for following the path
  // of issue 16 (progress, folding, hours and the forecast; measured 14,586 → 18,146 B on its own;
  // the kit record loads on demand): main measured 18,022 B, all together 21,746 B (README, "Size"),
  // + 0.35 kB for issue 16's lighter first render (lists and days written without Intl, which cost
  // 120 ms of locale data in the first render; the direction list's options directive; the
  // timeline as one gradient; text as properties) and the element split into files with one job:
  // measured 21.8 → 22.1 kB, + 0.45 kB for issue 16's 600-node path: folds as disclosure buttons
  // instead of <details>, lists and radio groups built without Lit's two markers per item, and
  // compact-html's tag-aware whitespace pass (measured 22.1 → 22.56 kB), + 0.05 kB for the type
  // scale's input font rule and the date picker's icon drawn in CSS, which save the first layout
  // font lookups and an SVG document (measured 22,572 → 22,627 B), + 0.05 kB for source titles
  // marked with their language (WCAG 3.1.2; measured 22,627 → 22,651 B), + 0.1 kB for the
  // checklist's section in a file of its own, its view and actions passed as objects (measured
  // 22,679 → 22,753 B).
  'ml-transition-kit.js': 22_800,
  // 8.5 kB, + 1.0 kB for the 1:1 plan's buttons and print of issue 14 (measured 6,877 → 7,848 B on
  // its own), which with issue 15's and issue 14's other additions no longer fit, + 0.05 kB for
  // the sources list built without Lit's per-item markers (issue 16; measured 9.3 → 9.51 kB),
  // + 0.05 kB for the type scale and source titles marked with their language (WCAG 3.1.2;
  // measured 9,532 → 9,569 B).
  'skill-mapper.js': 9_600,
  // 8.5 kB, + 1.5 kB measured for the path engine of issue 12, + 0.58 kB for issue 15's host
  // dark-mode markers, text resets and `fallback` (measured 9,647 → 10,225 B), + 0.44 kB for the
  // page preset and the reader's answer of issues 14 and 15 (measured 9,647 → 10,089 B on its own),
  // + 0.5 kB for issue 14's hours field, resource renderer and heading levels (9,647 → 10,166 B),
  // + 1.05 kB for the plan's buttons, the calendar group and print of issue 14 (9,647 → 10,692 B),
  // + 3.8 kB for following the path of issue 16 (measured 9.6 → 13.4 kB on its own): main measured
  // 12,304 B, all together 16,112 B, + 0.45 kB for the same lighter first render and split of
  // issue 16 as above (measured 16,112 → 16,559 B), + 0.45 kB for the 600-node path as above
  // (measured 16.6 → 17.02 kB), + 0.05 kB for the type scale and the drawn date icon as above
  // (measured 17,019 → 17,060 B), + 0.05 kB for source titles marked with their language and one
  // PluralRules per language instead of one per phrase (measured 17,060 → 17,129 B).
  'path-recommender.js': 17_150,
  // 8.5 kB, + 0.57 kB for issue 15's host dark-mode markers, text resets and `fallback`
  // (measured 8,174 → 8,737 B), + 0.4 kB for issue 14's phone layout, growing notes and heading
  // levels (measured 8,174 → 8,608 B on its own), + 1.25 kB for the plan's buttons, "More" and
  // print of issue 14 (measured 8,174 → 9,411 B on its own), + 0.14 kB for issue 16's disclosure
  // buttons and sources list (measured 10.6 → 10.8 kB), + 0.05 kB for the type scale and source
  // titles marked with their language (WCAG 3.1.2; measured 10,828 → 10,876 B), + 0.05 kB for the
  // section in a file of its own as above (measured 10,884 → 10,935 B).
  'transition-checklist.js': 10_950,
};

/** The English content and strings each entry carries (the advice itself, not code). */
const CONTENT = {
  'skill-mapper.js': ['skill-mapper/en.json', 'skill-mapper/ui.en.json'],
  'path-recommender.js': ['path/en.json', 'path/ui.en.json'],
  'transition-checklist.js': ['checklist/en.json', 'checklist/ui.en.json'],
};
CONTENT['ml-transition-kit.js'] = Object.values(CONTENT).flat();

const LIT_CHUNK = /^chunks\/lit-[\w-]+\.js$/;
const dir = 'dist/cdn';
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const read = (file) => readFileSync(join(dir, file));

/** The files a module imports statically, found in the import statements a bundle starts with. */
function staticImports(file) {
  const code = read(file).toString('utf8');
  const statement = /\s*import\s*(?:[\w$*{}\s,]+from\s*)?(["'])(.+?)\1;?/y;
  const found = [];
  for (let match = statement.exec(code); match; match = statement.exec(code)) {
    found.push(normalize(join(dirname(file), match[2])));
  }
  return found;
}

/** The entry and everything it pulls in before it runs, each file once. */
function download(entry) {
  const files = new Set([entry]);
  for (const file of files) for (const imported of staticImports(file)) files.add(imported);
  return [...files];
}

const files = readdirSync(dir, { recursive: true })
  .filter((file) => file.endsWith('.js'))
  .sort((a, b) => Number(a.includes('/')) - Number(b.includes('/')) || a.localeCompare(b));
const entries = files.filter((file) => KIT_CODE_BUDGETS[file] !== undefined);
const everyPage = new Set(entries.flatMap(download).filter((file) => !entries.includes(file)));

const table = [
  '| file | minified | gzip | brotli | loaded |',
  '| --- | ---: | ---: | ---: | --- |',
  ...files.map((file) => {
    const bytes = read(file);
    const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const loaded = entries.includes(file) ? 'entry' : everyPage.has(file) ? 'by every entry' : 'on demand';
    return `| \`${file.replace(/-[\w-]{8}\.js$/, '-[hash].js')}\` | ${kB(bytes.length)} | ${kB(gzip(bytes))} | ${kB(brotli)} | ${loaded} |`;
  }),
].join('\n');
console.log(table);

const contentGzip = (entry) => {
  // As the files ship it: a JSON text inside a JavaScript string (see contentAsJsonParse in vite.config.ts).
  const json = [...CONTENT[entry], 'common/ui.en.json'].map((file) =>
    JSON.stringify(JSON.stringify(JSON.parse(readFileSync(`src/content/${file}`, 'utf8')))),
  );
  return gzip(Buffer.from(json.join('')));
};
const pages = entries.map((entry) => {
  const downloaded = download(entry);
  const lit = downloaded.filter((file) => LIT_CHUNK.test(file));
  if (lit.length !== 1) throw new Error(`size: ${entry} should import the release's one Lit chunk, and imports ${lit.length}`);
  const total = downloaded.reduce((sum, file) => sum + gzip(read(file)), 0);
  const litBytes = gzip(read(lit[0]));
  const content = contentGzip(entry);
  return { entry, total, lit: litBytes, content, code: total - litBytes - content, budget: KIT_CODE_BUDGETS[entry] };
});
const pageTable = [
  '| file | a page downloads (gzip) | Lit | English content | kit code | kit code budget |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...pages.map((p) => `| \`${p.entry}\` | ${kB(p.total)} | ${kB(p.lit)} | ${kB(p.content)} | ${kB(p.code)} | ${kB(p.budget)} |`),
].join('\n');
console.log(`\n${pageTable}`);

if (process.argv.includes('--write')) {
  const readme = readFileSync('README.md', 'utf8');
  const updated = readme.replace(/(<!-- size:start -->)[\s\S]*?(<!-- size:end -->)/, `$1\n${table}\n\n${pageTable}\n$2`);
  writeFileSync('README.md', updated);
}

const over = pages.filter((p) => p.code > p.budget);
for (const p of over) console.error(`size: ${p.entry} carries ${p.code} B gzip of kit code, over its ${p.budget} B budget`);
process.exit(over.length ? 1 : 0);
