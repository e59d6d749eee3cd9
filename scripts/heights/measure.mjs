// Renders each element of the CDN build in a column of each width, in each language and state, in
// headless Chromium, and returns its rendered height in CSS px. Used by scripts/measure-heights.mjs.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { serve } from '../static-server.mjs';

// A page of a docs site reduced to what changes an element's height: a column of a given width,
// the root font size every rem in the snippet assumes, and a sans-serif text face.
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<style>html { font-size: 16px; } body { margin: 0; font-family: system-ui, sans-serif; }
skill-mapper, path-recommender, transition-checklist { display: block; }</style>
<script type="module" src="/dist/cdn/ml-transition-kit.js"></script></head>
<body><div id="column"></div></body></html>`;

/** In the page: renders one element, waits until it has fully rendered, measures it per width. */
async function measureInPage(tag, attributes, lang, widths) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  localStorage.clear(); // a saved profile would change what the element shows
  const column = document.getElementById('column');
  column.lang = lang;
  column.style.width = `${widths[0]}px`;
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  column.replaceChildren(element);
  await customElements.whenDefined(tag);
  const deadline = Date.now() + 30_000;
  while (element.matches(':state(loading)') || !element.shadowRoot?.querySelector('[aria-busy="false"]')) {
    if (Date.now() > deadline) throw new Error(`${tag} never finished rendering`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const heights = {};
  for (const width of widths) {
    column.style.width = `${width}px`;
    await frame(); // parts that fit themselves to their width (the diagram) run after layout
    await frame();
    heights[width] = element.getBoundingClientRect().height;
  }
  return heights;
}

/**
 * @param {{ tag: string, name: string, attributes: Record<string, string> }[]} cases
 * @returns {Promise<{ tag: string, name: string, lang: string, heights: Record<number, number> }[]>}
 */
export async function measureHeights(root, cases, langs, widths) {
  const server = await serve(root);
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: Math.max(...widths) + 100, height: 900 });
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      new URL(request.url()).pathname === '/heights.html'
        ? request.respond({ contentType: 'text/html; charset=utf-8', body: PAGE })
        : request.continue(),
    );
    await page.goto(`${server.url}/heights.html`);
    const results = [];
    for (const { tag, name, attributes } of cases) {
      for (const lang of langs) {
        const heights = await page.evaluate(measureInPage, tag, attributes, lang, widths);
        results.push({ tag, name, lang, heights });
        process.stdout.write('.');
      }
    }
    process.stdout.write('\n');
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}
