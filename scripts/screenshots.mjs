// Screenshots of every element, light and dark, English and Chinese, for the README.
//
//   npm run screenshots      (runs `npm run build` first when dist/cdn/ is missing)
//
// Needs:
// - Chromium (headless): /usr/bin/chromium, or set CHROME_PATH. Nothing is downloaded.
// - A CJK font, or the Chinese screenshots show boxes instead of characters. On Debian:
//     apt-get install -y fonts-noto-cjk
//   The script checks with `fc-list :lang=zh` and stops with a message when none is installed.
//
// Writes docs/screenshots/<tag>-<lang>-<theme>.png (3 elements × 2 languages × 2 themes, plus the
// three elements in zh-TW, light), plus <tag>-<lang>-light-390.png (3 elements × 2 languages: the
// first screen of a 390 × 844 phone), plus <tag>-en-print.png (3 elements as the page prints), and
// rewrites the block between <!-- screenshots:start --> and <!-- screenshots:end --> in README.md.
// Each desktop image is the element's bounding box at 800 CSS px viewport width, deviceScaleFactor
// 1, cut off after MAX_HEIGHT px so the files stay small.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT_DIR = join(ROOT, 'docs', 'screenshots');
const CDN_BUNDLE = join(ROOT, 'dist', 'cdn', 'ml-transition-kit.js');
const PAGE = '/scripts/screenshot-page.html';
const VIEWPORT_WIDTH = 800;
const MAX_HEIGHT = 1400;
/** A common phone screen in CSS px; shot at twice the pixels, as a phone shows it. */
const PHONE = { width: 390, height: 844, deviceScaleFactor: 2 };
const CHROME_PATH = CHROMIUM_PATH;
const CHECKLIST_STORAGE_KEY = 'ml-transition-kit:checklist';
const PATH_STORAGE_KEY = 'ml-transition-kit:path';

const fail = (message) => {
  console.error(`screenshots: ${message}`);
  process.exit(1);
};

// --- Preconditions -------------------------------------------------------------------------------

function checkCjkFont() {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (result.error) {
    fail('cannot run `fc-list` to look for a Chinese font (is fontconfig installed?).\n'
      + '  On Debian: apt-get install -y fontconfig fonts-noto-cjk');
  }
  if (!result.stdout.trim()) {
    fail('no CJK font is installed, so the Chinese screenshots would show empty boxes.\n'
      + '  On Debian: apt-get install -y fonts-noto-cjk   (then run `npm run screenshots` again)');
  }
}

function checkChromium() {
  if (!existsSync(CHROME_PATH)) {
    fail(`Chromium not found at ${CHROME_PATH}. Install it (apt-get install -y chromium) or set CHROME_PATH.`);
  }
}

function ensureBuild() {
  if (existsSync(CDN_BUNDLE)) return;
  console.log('dist/cdn/ is missing; running `npm run build` first.');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (!existsSync(CDN_BUNDLE)) fail(`the build did not write ${relative(ROOT, CDN_BUNDLE)}.`);
}

// --- A tiny static server for the project folder ------------------------------------------------

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function startServer() {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = normalize(join(ROOT, decodeURIComponent(pathname)));
    if (file !== ROOT && !file.startsWith(ROOT + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    let body;
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      body = readFileSync(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(body);
  });
  return new Promise((resolveServer, rejectServer) => {
    server.once('error', rejectServer);
    server.listen(0, '127.0.0.1', () => resolveServer(server));
  });
}

// --- What to shoot -------------------------------------------------------------------------------

const checklistContent = JSON.parse(readFileSync(join(ROOT, 'src/content/checklist/en.json'), 'utf8'));
const firstItems = checklistContent.sections.flatMap((section) => section.items ?? []).slice(0, 2).map((item) => item.id);
if (firstItems.length < 2) fail('src/content/checklist/en.json has fewer than two checklist items.');

/** The ISO week (YYYY-Www) `weeksAgo` weeks before today, as the path's tracker keys logged hours. */
function isoWeek(weeksAgo) {
  const now = new Date();
  const day = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() - weeksAgo * 7));
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * 86_400_000);
  const week = 1 + Math.floor((thursday - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 86_400_000 / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
const stamped = (value) => ({ value, at: Date.now() });
// A senior backend engineer, code first, a few weeks in: two phases done, one resource started, three weeks logged.
const pathInProgress = {
  marks: {
    'phase:first-model': stamped('done'),
    'milestone:first-model': stamped('done'),
    'phase:python-ml-stack': stamped('done'),
    'resource:math-core/essence-linear-algebra': stamped('started'),
  },
  hours: { [isoWeek(3)]: stamped(7), [isoWeek(2)]: stamped(5), [isoWeek(1)]: stamped(6) },
};

const ELEMENTS = [
  {
    tag: 'skill-mapper',
    attributes: { specialization: 'backend' },
    state: 'backend selected',
  },
  {
    tag: 'path-recommender',
    attributes: { level: 'senior', direction: 'backend', 'hours-per-week': '8' },
    state: 'senior backend engineer, 8 hours a week',
  },
  {
    tag: 'path-recommender',
    variant: 'progress',
    attributes: { level: 'senior', direction: 'backend', 'hours-per-week': '8' },
    storage: { [PATH_STORAGE_KEY]: JSON.stringify({ version: 1, data: pathInProgress }) },
    state: 'a path in progress: two phases done, three weeks of hours logged',
    // The part that shows the progress: the tracker and the phases below it, not the form above.
    from: '.tracker',
  },
  {
    tag: 'transition-checklist',
    attributes: {},
    storage: { [CHECKLIST_STORAGE_KEY]: JSON.stringify({ version: 1, data: { checked: firstItems, notes: {} } }) },
    state: 'two actions checked',
  },
];
const LANGS = [
  { code: 'en', name: 'English', short: 'English' },
  { code: 'zh-CN', name: 'Simplified Chinese', short: '简体中文' },
];
const THEMES = ['light', 'dark'];
/** One more row, light theme only: the same elements on a page in Taiwan. */
const TRADITIONAL = { code: 'zh-TW', name: 'Traditional Chinese (Taiwan)', short: '繁體中文 (zh-TW)' };

const fileName = (element, lang, theme, phone = false, print = false) =>
  `${element.tag}${element.variant ? `-${element.variant}` : ''}-${lang}-${print ? 'print' : theme}${phone ? `-${PHONE.width}` : ''}.png`;

// --- Shooting ------------------------------------------------------------------------------------

/**
 * One element in one language and theme: its box on a desktop page, or the first screen of a phone;
 * with `print`, as the page prints (print media, as "Save as PDF" lays it out).
 */
async function shoot(browser, origin, element, lang, theme, phone = false, print = false) {
  const context = await browser.createBrowserContext(); // fresh storage for every shot
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  try {
    await page.setViewport(phone ? PHONE : { width: VIEWPORT_WIDTH, height: 900, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: theme },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    if (print) await page.emulateMediaType('print');
    if (element.storage) {
      await page.evaluateOnNewDocument((entries) => {
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      }, element.storage);
    }

    const url = new URL(PAGE, origin);
    url.searchParams.set('tag', element.tag);
    url.searchParams.set('lang', lang.code);
    url.searchParams.set('theme', theme);
    for (const [name, value] of Object.entries(element.attributes)) url.searchParams.set(`attr.${name}`, value);
    await page.goto(url.href, { waitUntil: 'load' });

    // Rendered: the language (and any content) has arrived, and the fonts are loaded.
    await page.waitForFunction(
      (tag) => Boolean(document.querySelector(tag)?.shadowRoot?.querySelector('[aria-busy="false"]')),
      { timeout: 15_000 },
      element.tag,
    );
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    });

    const handle = await page.$(element.tag);
    const whole = await handle.boundingBox();
    if (!whole || whole.width === 0 || whole.height === 0) throw new Error('the element has no size');
    // From a part of the element down to its end, when the variant names one.
    const top = element.from && !phone && !print ? await handle.evaluate((host, selector) => host.shadowRoot.querySelector(selector).getBoundingClientRect().top + scrollY, element.from) : whole.y;
    const box = { ...whole, y: top, height: whole.y + whole.height - top };
    const clip = phone
      ? { x: 0, y: 0, width: PHONE.width, height: PHONE.height }
      : {
          x: Math.floor(box.x),
          y: Math.floor(box.y),
          width: Math.ceil(box.width),
          height: Math.min(Math.ceil(box.height), MAX_HEIGHT),
        };
    const path = join(OUT_DIR, fileName(element, lang.code, theme, phone, print));
    await page.screenshot({ path, clip, type: 'png', captureBeyondViewport: true });
    if (problems.length) throw new Error(problems.join('\n  '));
    return { path, fullHeight: phone ? 0 : Math.ceil(box.height), clip };
  } finally {
    await context.close();
  }
}

// --- README --------------------------------------------------------------------------------------

function altText(element, lang, theme) {
  return `<${element.tag}> in ${lang.name}, ${theme} theme, ${element.state}`;
}

// Escape for markdown alt text and table cells: `<` would start raw HTML, `|` would end the cell.
const md = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('|', '\\|');

function readmeBlock(shots) {
  const columns = LANGS.flatMap((lang) => THEMES.map((theme) => ({ lang, theme })));
  const header = `| | ${columns.map(({ lang, theme }) => `${lang.short}, ${theme}`).join(' | ')} |`;
  const divider = `| --- | ${columns.map(() => '---').join(' | ')} |`;
  const rows = ELEMENTS.map((element) => {
    const cells = columns.map(({ lang, theme }) => {
      const src = `docs/screenshots/${fileName(element, lang.code, theme)}`;
      return `[![${md(altText(element, lang, theme))}](${src})](${src})`;
    });
    return `| \`<${element.tag}>\`${element.variant ? ` (${element.state.split(':')[0]})` : ''} | ${cells.join(' | ')} |`;
  });
  const plain = ELEMENTS.filter((element) => !element.variant);
  const traditional = [
    `| | ${plain.map((element) => `\`<${element.tag}>\``).join(' | ')} |`,
    `| --- | ${plain.map(() => '---').join(' | ')} |`,
    `| ${TRADITIONAL.short}, light | ${plain.map((element) => {
      const src = `docs/screenshots/${fileName(element, TRADITIONAL.code, 'light')}`;
      return `[![${md(altText(element, TRADITIONAL, 'light'))}](${src})](${src})`;
    }).join(' | ')} |`,
  ];
  const clipped = shots.some((shot) => shot.fullHeight > MAX_HEIGHT);
  const note = `<!-- Written by scripts/screenshots.mjs (npm run screenshots); do not edit by hand. -->`;
  const caption = `Taken in an 800 px wide page${clipped ? `; tall elements are cut off after ${MAX_HEIGHT} px` : ''}. Click one for full size.`;
  const phoneHeader = `| | ${plain.map((element) => `\`<${element.tag}>\``).join(' | ')} |`;
  const phoneDivider = `| --- | ${plain.map(() => '---').join(' | ')} |`;
  const phoneRows = LANGS.map((lang) => {
    const cells = plain.map((element) => {
      const src = `docs/screenshots/${fileName(element, lang.code, 'light', true)}`;
      return `[![${md(`${altText(element, lang, 'light')}, on a ${PHONE.width} px phone`)}](${src})](${src})`;
    });
    return `| ${lang.short} | ${cells.join(' | ')} |`;
  });
  const phoneCaption = `On a phone: the first screen at ${PHONE.width} × ${PHONE.height} CSS px.`;
  const printRow = `| Printed ("Save as PDF"), English | ${plain.map((element) => {
    const src = `docs/screenshots/${fileName(element, 'en', 'light', false, true)}`;
    return `[![${md(`${altText(element, LANGS[0], 'light')}, as printed`)}](${src})](${src})`;
  }).join(' | ')} |`;
  const printCaption = 'Printed: choices as text, no controls, steps open, link URLs written out.';
  return [note, '', header, divider, ...rows, '', ...traditional, '', caption, '', phoneHeader, phoneDivider, ...phoneRows, '', phoneCaption, '', phoneHeader, phoneDivider, printRow, '', printCaption].join('\n');
}

function writeReadme(block) {
  const readmePath = join(ROOT, 'README.md');
  const pattern = /(<!-- screenshots:start -->)[\s\S]*?(<!-- screenshots:end -->)/;
  const readme = readFileSync(readmePath, 'utf8'); // read fresh: others edit README.md too
  if (!pattern.test(readme)) fail('README.md has no <!-- screenshots:start --> ... <!-- screenshots:end --> block.');
  writeFileSync(readmePath, readme.replace(pattern, (_, start, end) => `${start}\n${block}\n${end}`));
}

// --- Main ----------------------------------------------------------------------------------------

checkCjkFont();
checkChromium();
ensureBuild();
mkdirSync(OUT_DIR, { recursive: true });

const server = await startServer();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: CHROME_PATH,
  headless: true, // puppeteer passes --headless=new
  args: [...CHROMIUM_ARGS, '--font-render-hinting=none'],
});

const shots = [];
let failed = false;
try {
  const runs = [...LANGS.flatMap((lang) => THEMES.map((theme) => ({ lang, theme }))), { lang: TRADITIONAL, theme: 'light' }];
  // The Traditional, phone and print rows show each element once, without the progress variant.
  const plain = ELEMENTS.filter((element) => !element.variant);
  const desktopShots = ELEMENTS.flatMap((element) =>
    runs.filter(({ lang }) => !element.variant || lang !== TRADITIONAL).map(({ lang, theme }) => ({ element, lang, theme, phone: false })),
  );
  const phoneShots = plain.flatMap((element) => LANGS.map((lang) => ({ element, lang, theme: 'light', phone: true })));
  const printShots = plain.map((element) => ({ element, lang: LANGS[0], theme: 'light', phone: false, print: true }));
  for (const { element, lang, theme, phone, print = false } of [...desktopShots, ...phoneShots, ...printShots]) {
    const name = fileName(element, lang.code, theme, phone, print);
    try {
      const shot = await shoot(browser, origin, element, lang, theme, phone, print);
      shots.push(shot);
      const kb = (statSync(shot.path).size / 1000).toFixed(1);
      const cut = shot.fullHeight > MAX_HEIGHT ? ` (cut from ${shot.fullHeight} px)` : '';
      console.log(`  ${name}  ${shot.clip.width}×${shot.clip.height}${cut}  ${kb} kB`);
    } catch (error) {
      failed = true;
      console.error(`  ${name}  FAILED: ${error.message}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

if (failed) fail('some screenshots failed; README.md was not changed.');
writeReadme(readmeBlock(shots));
console.log(`Wrote ${shots.length} screenshots to ${relative(ROOT, OUT_DIR)}/ and updated README.md.`);
