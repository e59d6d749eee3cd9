// The three measurements. Each opens pages in the system Chromium through puppeteer-core (which
// never downloads a browser) and times the work inside the page with performance.now().
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import puppeteer from 'puppeteer-core';

export async function launch() {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Rejects with `message` if `promise` has not settled within `ms`, rather than hanging the run. */
function within(ms, promise, message) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Every page gets a fresh browser context: its own localStorage (the elements save the reader's
 * choices there, and a choice saved by one load would change what the next one renders), its own
 * HTTP cache and, in practice, a new renderer process with a cold V8: each load is a first visit.
 */
async function withFreshPage(browser, fn) {
  const context = await browser.createBrowserContext();
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

/**
 * Injected before the page's own scripts (evaluateOnNewDocument), so the pages stay exactly as a
 * blogger wrote them. Installs `window.bench.settled` for the other measurements and, given a
 * module and tags, `window.bench.load`, the load measurement:
 *
 * - Start: the earliest moment the browser may run the module: its bytes have arrived
 *   (responseEnd of its resource-timing entry) and, as a module script waits for that too, the
 *   HTML has been parsed (domInteractive, a few ms later on some loads here). An inline script
 *   before the module tag would start the clock before the download and mix in network time
 *   (loopback here, a CDN for a reader), which is not the kit's cost and which the kit cannot
 *   change; the size budget covers that side. Both timings are buffered, so they are read
 *   afterwards; no observer needed.
 * - End: every element on the page defined, its updates done with none pending
 *   (updateComplete), no longer busy, and its shadow root showing its heading: the DOM is rendered. A forced
 *   layout right after gives a second figure that includes style and layout.
 */
function probe(moduleName, tags) {
  // Elements may re-render each other (they share the reader's profile), so wait until no element
  // has an update pending, not just for one updateComplete each.
  // Kit elements render their heavy parts a task after the first render and say so with
  // aria-busy, so a busy element is waited for too.
  const busy = (el) => el.isUpdatePending || !el.hasUpdated || el.shadowRoot?.querySelector('[aria-busy="true"]');
  const settled = async (elements) => {
    while (elements.some(busy)) {
      await Promise.all(elements.map((el) => el.updateComplete));
      if (elements.some(busy)) await new Promise((resolve) => setTimeout(resolve));
    }
  };
  window.bench = { settled };
  if (!moduleName) return;
  window.bench.load = (async () => {
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    const elements = [...document.querySelectorAll(tags.join(','))];
    await settled(elements);
    const rendered = performance.now();
    document.body.getBoundingClientRect(); // forces style and layout now rather than at the next frame
    const laidOut = performance.now();
    const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === moduleName);
    const parsed = performance.getEntriesByType('navigation')[0].domInteractive;
    const missing = elements.filter((el) => !el.shadowRoot?.querySelector('h2')?.textContent.trim()).map((el) => el.localName);
    return { start: Math.max(entry.responseEnd, parsed), rendered, laidOut, elements: elements.length, missing };
  })();
}

/** One page load: ms from the module's arrival to all `page.elements` elements rendered (and laid out). */
export async function measureLoad(browser, origin, page) {
  return withFreshPage(browser, async (tab) => {
    await tab.evaluateOnNewDocument(probe, page.module, page.tags);
    await tab.goto(origin + page.url, { waitUntil: 'load' });
    const r = await within(30_000, tab.evaluate(() => window.bench.load), `${page.url}: elements not rendered after 30 s`);
    if (r.missing.length || r.elements !== page.elements) throw new Error(`${page.url}: not rendered: ${JSON.stringify(r)}`);
    return { rendered: r.rendered - r.start, laidOut: r.laidOut - r.start, started: r.start };
  });
}

/**
 * In the page: clicks `count` inputs in `target`'s shadow root, one at a time, each an input that
 * is not yet checked (so every click is a real change), and times each from click() to every
 * element on the page settled. The clock starts at click(), not at the mouse: the browser's input
 * dispatch is the same for any page and is not the element's work. Every element counts because
 * they share the reader's profile: picking a specialization also re-renders <path-recommender>,
 * and the reader sees the page updated only when all of them are. Two animation frames between
 * clicks let the previous change paint, so clicks do not pile up. A checkbox is clicked back
 * afterwards, untimed, so each timed click is "choosing" one. Each time says whether its choice is
 * shown for the first time on the page (`firstVisit`): the browser then shapes its text afresh.
 */
async function interactInPage({ tags, target, inputs, kind, count }) {
  const host = document.querySelector(target);
  const elements = [...document.querySelectorAll(tags.join(','))];
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const times = [];
  const shown = new Set([...host.shadowRoot.querySelectorAll(inputs)].filter((input) => input.checked).map((input) => input.value));
  for (let i = 0; i < count; i++) {
    const candidates = [...host.shadowRoot.querySelectorAll(inputs)].filter((input) => !input.checked);
    const input = candidates[i % candidates.length];
    const before = host.shadowRoot.textContent;
    await nextFrame();
    await nextFrame();
    const t0 = performance.now();
    input.click();
    await window.bench.settled(elements);
    const t1 = performance.now();
    document.body.getBoundingClientRect();
    const t2 = performance.now();
    // Checked after the clock stops: the click must have changed what the element shows.
    if (host.shadowRoot.textContent === before) throw new Error(`${target}: clicking ${input.value} changed nothing`);
    times.push({ dom: t1 - t0, laidOut: t2 - t0, firstVisit: !shown.has(input.value) });
    shown.add(input.value);
    if (kind === 'checkbox') {
      input.click();
      await window.bench.settled(elements);
    }
  }
  return times;
}

export async function measureInteractions(browser, origin, page, interaction, count) {
  return withFreshPage(browser, async (tab) => {
    await tab.evaluateOnNewDocument(probe, page.module, page.tags);
    await tab.goto(origin + page.url, { waitUntil: 'load' });
    await within(30_000, tab.evaluate(() => window.bench.load), `${page.url}: elements not rendered after 30 s`);
    return tab.evaluate(interactInPage, { tags: page.tags, count, ...interaction });
  });
}

/** In the page: parses `n` copies of `markup`, connects them and times until all are rendered. */
async function renderInPage(markup, n) {
  const t0 = performance.now();
  const box = document.createElement('div');
  box.innerHTML = markup.repeat(n);
  document.body.append(box);
  await window.bench.settled([...box.children]);
  const t1 = performance.now();
  document.body.getBoundingClientRect();
  const t2 = performance.now();
  return { dom: t1 - t0, laidOut: t2 - t0 };
}

/**
 * `n` instances on one fresh page that has the module loaded. Heap: V8's used heap after a forced
 * GC (CDP HeapProfiler.collectGarbage), before and after, read through CDP Performance.getMetrics
 * (the same number as performance.memory.usedJSHeapSize, unrounded). The same metrics give the
 * DOM node count and the time spent in style recalculation and layout. Not script time: Blink's
 * ScriptDuration leaves out script run through CDP (our whole render); the `dom` phase, before the
 * forced layout, is that script (plus parsing the markup) and stands for it.
 * Gives up after `timeoutMs` and reports that instead of a figure.
 */
export async function measureScale(browser, origin, spec, n, timeoutMs) {
  return withFreshPage(browser, async (tab) => {
    await tab.evaluateOnNewDocument(probe, null, []);
    await tab.goto(`${origin}/bench/scale.html?module=${spec.module}`, { waitUntil: 'load' });
    // Module evaluation alone, with no element on the page: the fixed part of the load figure.
    const evaluated = await tab.evaluate(async (name) => {
      const ready = await window.moduleReady;
      return ready - performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === name).responseEnd;
    }, spec.module);
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const gc = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage'); // a second pass frees what the first one's finalizers released
    };

    await gc();
    const before = await metrics();
    const time = await within(timeoutMs, tab.evaluate(renderInPage, spec.markup, n), 'timeout').catch((error) => {
      if (error.message === 'timeout') return undefined;
      throw error;
    });
    if (!time) return { n, timedOut: true }; // closing the context below ends the page's work
    const during = await metrics();
    await gc();
    const after = await metrics();
    const durationMs = (name) => (during[name] - before[name]) * 1000; // the metrics are in seconds
    return {
      n,
      ...time,
      heap: after.JSHeapUsedSize - before.JSHeapUsedSize,
      nodes: after.Nodes - before.Nodes,
      styleMs: durationMs('RecalcStyleDuration'),
      layoutMs: durationMs('LayoutDuration'),
      evaluated,
    };
  });
}
