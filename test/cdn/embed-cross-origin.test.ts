// The embed pages framed from another origin, as a real host frames the CDN's pages: Chromium
// pauses rendering in cross-origin frames out of view, and a host page may load host.js late.
// The test server answers on localhost and 127.0.0.1, two origins to the browser.
import { expect, waitUntil } from '@open-wc/testing';

const otherOrigin = (() => {
  const url = new URL(location.origin);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
})();

const FRAMES = [
  'skill-mapper.html?specialization=backend',
  'path-recommender.html?level=senior&direction=backend',
  'transition-checklist.html',
];
// What each page above needs at least, well over the 800 px the recipe's iframes start with.
const RENDERED_AT_LEAST = 1000;

const frameTags = (query = '') =>
  FRAMES.map((page) => `<iframe data-mltk-embed src="${otherOrigin}/dist/embed/${page}${query}" title="${page}" width="700" height="800"></iframe>`).join('');

const HOST_SCRIPT = '<script type="module" src="/dist/embed/host.js"></script>';

// Set before any frame loads: which windows have posted to the host page.
const RECORD_POSTERS = '<script>window.posters = new Set(); addEventListener("message", (event) => posters.add(event.source));</script>';
type HostWindow = Window & { pageErrors: string[]; posters: Set<MessageEventSource | null> };

/** A host page on this test page's origin; its kit frames sit below a long article if asked. */
async function hostPage({ belowTheFold = false, withHostScript = false }): Promise<HostWindow> {
  const host = document.createElement('iframe');
  host.width = '760';
  host.height = '600';
  const article = belowTheFold ? '<div style="height: 3000px">A long article.</div>' : '';
  const head = `<script src="/test/fixtures/capture-errors.js"></script>${RECORD_POSTERS}${withHostScript ? HOST_SCRIPT : ''}`;
  host.srcdoc = `<!doctype html><html lang="en"><head>${head}</head><body>${article}${frameTags()}</body></html>`;
  document.body.append(host);
  await new Promise((resolve) => host.addEventListener('load', resolve, { once: true }));
  return host.contentWindow as HostWindow;
}

/** host.js added the way a tag manager adds it, after the page has loaded. */
const addHostScript = (win: Window) => {
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = '/dist/embed/host.js';
  win.document.head.append(script);
};

const heights = (win: Window) => [...win.document.querySelectorAll('iframe')].map((frame) => Number(frame.height));
const allSized = (win: Window) => heights(win).every((height) => height >= RENDERED_AT_LEAST);

/** Resolves once every kit frame has posted a height to `win` and then none has for half a second. */
async function renderedAndQuiet(win: HostWindow): Promise<void> {
  await waitUntil(() => win.posters.size === FRAMES.length, `${win.posters.size} of the frames posted a height`, { timeout: 8000 });
  await quiet(win, 500);
}

/** Resolves once no kit frame has posted anything for `quietMs`. */
function quiet(win: Window, quietMs: number): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, quietMs);
    function onMessage() {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    }
    function done() {
      win.removeEventListener('message', onMessage);
      resolve();
    }
    win.addEventListener('message', onMessage);
  });
}

describe('embed pages on another origin', function () {
  // Three embed pages render in processes of their own on a machine shared with other work.
  this.timeout(20000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('size frames below the fold without the reader scrolling to them', async () => {
    const win = await hostPage({ belowTheFold: true, withHostScript: true });
    await waitUntil(() => allSized(win), `frames out of view stayed at ${heights(win).join(', ')} px`, { timeout: 8000 });
    expect(win.scrollY, 'nothing scrolled the frames into view').to.equal(0);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('size their frames when host.js loads after they have rendered', async () => {
    const win = await hostPage({});
    // The frames render and post their heights to a page that is not listening yet.
    await renderedAndQuiet(win);
    expect(heights(win)).to.deep.equal([800, 800, 800]);
    addHostScript(win);
    await waitUntil(() => allSized(win), `frames stayed at ${heights(win).join(', ')} px after host.js loaded`, { timeout: 8000 });
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('answer a height request only from the window that frames them, and only to it', async () => {
    const win = await hostPage({});
    await renderedAndQuiet(win);
    const toTestPage: unknown[] = [];
    const toHost: MessageEvent[] = [];
    const onTestPage = (event: MessageEvent) => toTestPage.push(event.data);
    addEventListener('message', onTestPage);
    win.addEventListener('message', (event) => toHost.push(event));
    const kitWindows = [...win.document.querySelectorAll('iframe')].map((frame) => frame.contentWindow!);
    const request = { type: 'ml-transition-kit:height-request' };
    // This test page is the frames' grandparent: a window that does not frame them.
    for (const kit of kitWindows) kit.postMessage(request, '*');
    await quiet(win, 500);
    expect([toTestPage, toHost]).to.deep.equal([[], []]);
    // The same request sent by the host page itself (a function of its realm posts as the host).
    const askAsHost = new (win as unknown as { Function: FunctionConstructor }).Function('kit', 'request', "kit.postMessage(request, '*')");
    for (const kit of kitWindows) askAsHost(kit, request);
    await waitUntil(() => toHost.length === FRAMES.length, `${toHost.length} answers to the host page`);
    expect(toHost.map((event) => [event.origin, event.data.type, event.data.height >= RENDERED_AT_LEAST])).to.deep.equal(
      FRAMES.map(() => [otherOrigin, 'ml-transition-kit:height', true]),
    );
    removeEventListener('message', onTestPage);
    expect(toTestPage).to.deep.equal([]);
  });
});
