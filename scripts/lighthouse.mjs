// `npm run lighthouse`: Lighthouse 12 on the demo blog page (the page a blogger's readers get), desktop
// and mobile, against the built site/. Prints a table per form factor, writes docs/lighthouse.json,
// and exits non-zero when a target is missed. Build first: `npm run build && npm run build:site`.
// Full reports go to the temp folder (path printed) so a miss can be traced to its audits.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serve } from './static-server.mjs';

const started = performance.now();
const loadAtStart = os.loadavg().map((n) => Math.round(n * 100) / 100);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SITE = join(ROOT, 'site');
const PAGE = '/demo/blog/';
if (!existsSync(join(SITE, PAGE, 'index.html')) || !existsSync(join(SITE, 'dist/cdn/ml-transition-kit.js'))) {
  console.error('lighthouse: site/ is missing or incomplete; run `npm run build && npm run build:site` first.');
  process.exit(1);
}

// The chrome-launcher that lighthouse itself depends on: the top-level one may be another major
// (web-test-runner brings 0.15).
const requireFromLighthouse = createRequire(import.meta.resolve('lighthouse'));
const chromeLauncher = await import(pathToFileURL(requireFromLighthouse.resolve('chrome-launcher')).href);
const chromePath = CHROMIUM_PATH;
const chromeFlags = ['--headless=new', ...CHROMIUM_ARGS];

// Mobile keeps Lighthouse's defaults (simulated slow 4G + 4x CPU slowdown): the honest numbers.
const FORM_FACTORS = { desktop: desktopConfig, mobile: undefined };
// Scores compare as Lighthouse shows them (0-100, rounded); CLS as measured; TBT in whole ms.
const TARGETS = {
  performance: { label: 'Performance', text: '>= 98', ok: (v) => v >= 98 },
  accessibility: { label: 'Accessibility', text: '= 100', ok: (v) => v === 100 },
  bestPractices: { label: 'Best Practices', text: '= 100', ok: (v) => v === 100 },
  cls: { label: 'CLS', text: '<= 0.02', ok: (v) => v <= 0.02, show: (v) => v.toFixed(3) },
  tbt: { label: 'TBT', text: '= 0 ms', ok: (v) => Math.round(v) === 0, show: (v) => `${Math.round(v)} ms` },
  lcp: { label: 'LCP', text: '', show: (v) => `${(v / 1000).toFixed(2)} s` },
};
// Where to look when a metric misses (a category miss lists its own failing audits instead).
const CAUSES = {
  performance: ['render-blocking-resources', 'unused-javascript', 'bootup-time', 'largest-contentful-paint-element'],
  cls: ['layout-shifts'],
  tbt: ['long-tasks', 'bootup-time'],
};
// `--timing-advisory` (CI): Performance and TBT come from simulated throttling scaled by how fast the
// machine is at that moment, so on a shared CI runner they are reported and explained but do not
// fail the run; the deterministic targets (accessibility, best practices, CLS) still do.
const ADVISORY = new Set(process.argv.includes('--timing-advisory') ? ['performance', 'tbt'] : []);
const CATEGORY_OF = { performance: 'performance', accessibility: 'accessibility', bestPractices: 'best-practices' };

const reportDir = join(os.tmpdir(), 'ml-transition-kit-lighthouse');
mkdirSync(reportDir, { recursive: true });
const server = await serve(SITE);
const results = {};
let chromium;
let missed = false;
try {
  // One Chrome at a time, each with a fresh profile: parallel runs would compete for the
  // 2 cores and skew both the measured and the simulated timings.
  for (const [formFactor, config] of Object.entries(FORM_FACTORS)) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags, logLevel: 'silent' });
    try {
      chromium ??= (await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()).Browser;
      const { lhr } = await lighthouse(
        server.url + PAGE,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.values(CATEGORY_OF) },
        config,
      );
      if (lhr.runtimeError) throw new Error(`${formFactor}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const reportFile = join(reportDir, `${formFactor}.report.json`);
      writeFileSync(reportFile, JSON.stringify(lhr));
      results[formFactor] = { lhr, reportFile, values: values(lhr) };
    } finally {
      await chrome.kill();
    }
  }
} finally {
  await server.close();
}

for (const [formFactor, { lhr, reportFile, values: v }] of Object.entries(results)) {
  console.log(`\n${formFactor} — ${lhr.finalDisplayedUrl}`);
  console.log(`  ${'metric'.padEnd(15)} ${'value'.padStart(8)}  ${'target'.padEnd(8)}`);
  const misses = [];
  for (const [key, t] of Object.entries(TARGETS)) {
    const ok = t.ok ? t.ok(v[key]) : undefined;
    if (ok === false) misses.push(key);
    const shown = (t.show ?? String)(v[key]);
    const verdict = ok === undefined ? '' : ok ? 'ok' : ADVISORY.has(key) ? 'MISSED (advisory here)' : 'MISSED';
    console.log(`  ${t.label.padEnd(15)} ${shown.padStart(8)}  ${t.text.padEnd(8)} ${verdict}`);
  }
  if (misses.length) {
    if (misses.some((key) => !ADVISORY.has(key))) missed = true;
    console.log(`  why (full report: ${reportFile}):`);
    for (const key of misses) explain(lhr, key);
  }
}

const elapsed = Math.round((performance.now() - started) / 1000);
mkdirSync(join(ROOT, 'docs'), { recursive: true });
writeFileSync(
  join(ROOT, 'docs/lighthouse.json'),
  `${JSON.stringify(
    {
      page: PAGE,
      date: new Date().toISOString(),
      lighthouse: Object.values(results)[0].lhr.lighthouseVersion,
      chromium,
      node: process.version,
      machine: {
        os: `${os.type()} ${os.release()} ${os.arch()}`,
        cpu: os.cpus()[0]?.model,
        cores: os.cpus().length,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        // Mobile TBT is observed task time x4, so a busy machine inflates it: keep the load on record.
        loadAverageAtStart: loadAtStart,
        debian: existsSync('/etc/debian_version') ? readFileSync('/etc/debian_version', 'utf8').trim() : undefined,
      },
      throttling: { desktop: 'Lighthouse desktop preset (simulated)', mobile: 'Lighthouse default (simulated slow 4G, 4x CPU)' },
      targets: Object.fromEntries(Object.entries(TARGETS).filter(([, t]) => t.ok).map(([k, t]) => [k, t.text])),
      results: Object.fromEntries(
        Object.entries(results).map(([formFactor, { lhr, values: v }]) => [
          formFactor,
          { ...v, benchmarkIndex: lhr.environment.benchmarkIndex, runWarnings: lhr.runWarnings },
        ]),
      ),
      pass: !missed,
      runSeconds: elapsed,
    },
    null,
    2,
  )}\n`,
);
if (process.argv.includes('--write')) writeReadme();
console.log(`\n${missed ? 'lighthouse: target(s) MISSED' : 'lighthouse: all targets hold'} · ${chromium} · Lighthouse ${Object.values(results)[0].lhr.lighthouseVersion} · ${elapsed} s · docs/lighthouse.json written`);
process.exit(missed ? 1 : 0);

/** `npm run lighthouse -- --write`: the README keeps the latest scores and where they were measured. */
function writeReadme() {
  const row = (label, pick, target = '') => `| ${label} | ${Object.values(results).map(({ values: v }) => pick(v)).join(' | ')} | ${target} |`;
  const table = [
    `Lighthouse ${Object.values(results)[0].lhr.lighthouseVersion} on the demo blog post (\`npm run lighthouse\`), ${new Date().toISOString().slice(0, 10)}, ${chromium}, ${os.cpus()[0]?.model} × ${os.cpus().length} cores:`,
    '',
    `| | ${Object.keys(results).join(' | ')} | target |`,
    `| --- | ${Object.keys(results).map(() => '---:').join(' | ')} | --- |`,
    row('Performance', (v) => v.performance, '≥ 98'),
    row('Accessibility', (v) => v.accessibility, '100'),
    row('Best Practices', (v) => v.bestPractices, '100'),
    row('CLS', (v) => v.cls.toFixed(3), '≤ 0.02'),
    row('TBT', (v) => `${Math.round(v.tbt)} ms`, '0 ms'),
    row('LCP', (v) => `${(v.lcp / 1000).toFixed(2)} s`),
  ].join('\n');
  const file = join(ROOT, 'README.md');
  const readme = readFileSync(file, 'utf8');
  writeFileSync(file, readme.replace(/(<!-- lighthouse:start -->)[\s\S]*?(<!-- lighthouse:end -->)/, `$1\n${table}\n$2`));
}

function values(lhr) {
  const score = (id) => Math.round(lhr.categories[id].score * 100);
  const metric = (id) => lhr.audits[id].numericValue;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    cls: metric('cumulative-layout-shift'),
    tbt: metric('total-blocking-time'),
    lcp: metric('largest-contentful-paint'),
    fcp: metric('first-contentful-paint'),
    speedIndex: metric('speed-index'),
  };
}

/** Prints the audits behind a missed target, with the first few items of each. */
function explain(lhr, key) {
  const category = lhr.categories[CATEGORY_OF[key]];
  // A category's own weighted audits count only when they fail; the metric causes are
  // diagnostics that often "pass" while still holding the culprit (e.g. the one long task).
  const failing = (key === 'performance' || !category ? [] : category.auditRefs.filter((r) => r.weight > 0))
    .map((r) => r.id)
    .filter((id) => lhr.audits[id].score !== null && lhr.audits[id].score < 1);
  if (key === 'tbt') {
    const fcp = Math.round(lhr.audits['first-contentful-paint'].numericValue);
    console.log(`    [TBT] counts the time over 50 ms of each long task after FCP (${fcp} ms), simulated:`);
  }
  for (const id of new Set([...failing, ...(CAUSES[key] ?? [])])) {
    const audit = lhr.audits[id];
    if (!audit || (!failing.includes(id) && !audit.details?.items?.length)) continue;
    console.log(`    [${TARGETS[key].label}] ${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    for (const item of (audit.details?.items ?? []).slice(0, 5)) console.log(`      - ${describe(item)}`);
  }
}

function describe(item) {
  const node = item.node ?? (item.type === 'node' ? item : undefined);
  const parts = [
    node && `${node.selector ?? ''} ${node.snippet ?? ''}`.trim(),
    node?.explanation?.replace(/\s+/g, ' '),
    item.url ?? item.source?.url ?? item.sourceLocation?.url,
    typeof item.description === 'string' && item.description,
    typeof item.source === 'string' && item.source,
    ...Object.entries(item)
      .filter(([, value]) => typeof value === 'number')
      .map(([k, value]) => `${k}=${Math.round(value * 1000) / 1000}`),
  ];
  return parts.filter(Boolean).join(' · ').slice(0, 400);
}
