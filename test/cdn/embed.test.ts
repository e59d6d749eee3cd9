// The static embed pages in dist/embed/, framed the way a Notion or WordPress page frames them, and
// the host snippet (dist/embed/host.js) that sizes the kit's iframes.
import { expect, waitUntil } from '@open-wc/testing';

async function embed(query: string, marked = true): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.height = '150';
  frame.width = '700';
  frame.toggleAttribute('data-mltk-embed', marked);
  frame.src = `/dist/embed/${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

const settledShadow = async (frame: HTMLIFrameElement, tag: string) => {
  const shadow = () => frame.contentDocument!.querySelector(tag)?.shadowRoot;
  await waitUntil(() => shadow()?.querySelector('[aria-busy="false"]'), `${tag} never rendered`, { timeout: 8000 });
  return shadow()!;
};

/** A frame that posts heights (JavaScript expressions) the way an embed page does. */
async function poster(heights: string[], attributes: Record<string, string>): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.height = '150';
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  const posts = heights.map((height) => `parent.postMessage({ type: 'ml-transition-kit:height', height: ${height} }, '*');`);
  frame.srcdoc = `<script>${posts.join('')}</script>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));
const SPOOF = 'Your session expired: sign in again at acme-login.example';
const spoofedChecklist = JSON.stringify({
  sections: [{ id: 'spoof', kind: 'practice', title: SPOOF, summary: SPOOF, items: [{ id: 'spoof-item', text: SPOOF }], sources: [] }],
});

describe('embed pages', () => {
  // The documented host snippet, as a host page would include it.
  before(() => import(/* @vite-ignore */ `${location.origin}/dist/embed/host.js`));
  // Embeds share the reader's saved profile; each test starts from none.
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders the element from the query and sizes the iframe through postMessage', async () => {
    const frame = await embed('path-recommender.html?level=senior&direction=backend&theme=dark');
    const doc = frame.contentDocument!;
    expect(doc.title).to.equal('Your learning path into machine learning · ml-transition-kit');
    const element = doc.querySelector('path-recommender')!;
    await settledShadow(frame, 'path-recommender');
    await waitUntil(() => Number(frame.height) > 1000 && Math.abs(Number(frame.height) - doc.documentElement.scrollHeight) < 2, `iframe stayed ${frame.height}px`, {
      timeout: 8000,
    });
    expect(element.getAttribute('theme')).to.equal('dark');
    expect(element.getAttribute('level')).to.equal('senior');
  });

  it('follows lang and content from its own origin', async () => {
    const frame = await embed('transition-checklist.html?lang=zh-CN&content=/test/fixtures/content/company-checklist.json');
    const shadow = () => frame.contentDocument!.querySelector('transition-checklist')?.shadowRoot;
    await waitUntil(() => shadow()?.querySelector('[aria-busy="false"] h2')?.textContent === '你的机器学习工程转型计划', 'no Chinese', { timeout: 8000 });
    expect(shadow()!.textContent).to.contain('At Acme');
  });

  it('speaks Traditional Chinese with ?lang=zh-TW, and names refused content in it', async () => {
    const url = `data:application/json,${encodeURIComponent(spoofedChecklist)}`;
    const frame = await embed(`transition-checklist.html?lang=zh-TW&content=${encodeURIComponent(url)}`);
    const shadow = await settledShadow(frame, 'transition-checklist');
    expect(shadow.querySelector('h2')!.textContent).to.equal('你的機器學習工程轉型計畫');
    await waitUntil(() => shadow.querySelector('.content-problems'), 'the refused content was not reported', { timeout: 8000 });
    expect(shadow.querySelector('.content-problems')!.textContent).to.contain('無法載入');
    expect(shadow.textContent).to.not.contain(SPOOF);
  });

  it("refuses content from a data: URL: the attacker's text never shows, the built-in plan does, with the problem named", async () => {
    const url = `data:application/json,${encodeURIComponent(spoofedChecklist)}`;
    const frame = await embed(`transition-checklist.html?content=${encodeURIComponent(url)}`);
    const shadow = await settledShadow(frame, 'transition-checklist');
    await waitUntil(() => shadow.querySelector('.content-problems'), 'the refused content was not reported', { timeout: 8000 });
    expect(shadow.textContent).to.not.contain(SPOOF);
    expect(shadow.querySelector('.content-problems')!.textContent).to.contain('could not be loaded');
    expect(shadow.querySelectorAll('.section').length).to.equal(9);
  });

  it('refuses content from another origin, in replace mode too', async () => {
    const other = new URL(location.href);
    other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const url = new URL('/test/fixtures/content/company-checklist.json', other).href;
    const frame = await embed(`transition-checklist.html?content-mode=replace&content=${encodeURIComponent(url)}`);
    const shadow = await settledShadow(frame, 'transition-checklist');
    await waitUntil(() => shadow.querySelector('.content-problems'), 'the refused content was not reported', { timeout: 8000 });
    expect(shadow.textContent).to.not.contain('At Acme');
    expect(shadow.querySelectorAll('.section').length).to.equal(9);
  });

  it('opens links in a new tab, never inside the iframe', async () => {
    // Sandboxed without allow-popups (as some hosts frame embeds), so the new tab is refused and
    // the test page keeps the focus; a link that navigated the frame itself would still go.
    const frame = document.createElement('iframe');
    frame.sandbox.add('allow-scripts', 'allow-same-origin');
    frame.setAttribute('data-mltk-embed', '');
    frame.src = '/dist/embed/skill-mapper.html?specialization=backend';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const shadow = await settledShadow(frame, 'skill-mapper');
    const page = frame.contentWindow!.location.href;
    shadow.querySelector<HTMLAnchorElement>('a[href^="https:"]')!.click();
    await settle();
    // Navigated away, the frame would hold another origin's page (or an error page) instead.
    expect(frame.contentWindow!.location.href).to.equal(page);
  });

  it('sizes each of several embeds on one page separately', async () => {
    const [small, large] = await Promise.all([embed('skill-mapper.html'), embed('skill-mapper.html?specialization=backend%20mobile')]);
    await waitUntil(() => Number(large.height) > Number(small.height) + 300, 'heights were not told apart', { timeout: 8000 });
  });
});

describe('the iframe recipe (docs/recipes/notion.txt), as pasted', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('frames the embed page and host.js sizes it to its content', async () => {
    const recipe = await (await fetch('/docs/recipes/notion.txt')).text();
    const html = recipe
      .split('\n')
      .filter((line) => line.startsWith('<'))
      .join('\n')
      .replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/ml-transition-kit@[\d.]+\/dist\//g, '/dist/');
    const host = document.createElement('iframe');
    host.width = '900';
    host.height = '600';
    host.srcdoc = `<!doctype html><html lang="en"><head><script src="/test/fixtures/capture-errors.js"></script></head><body>${html}</body></html>`;
    document.body.append(host);
    await new Promise((resolve) => host.addEventListener('load', resolve, { once: true }));
    const win = host.contentWindow as Window & { pageErrors: string[] };
    const frame = win.document.querySelector('iframe')!;
    await waitUntil(
      () => frame.contentDocument?.querySelector('path-recommender')?.shadowRoot?.querySelector('[aria-busy="false"]'),
      'the framed element never rendered',
      { timeout: 8000 },
    );
    const content = () => frame.contentDocument!.documentElement.scrollHeight;
    await waitUntil(() => frame.height !== '800' && Math.abs(Number(frame.height) - content()) < 2, `the frame stayed ${frame.height}px`, { timeout: 8000 });
    expect(win.pageErrors).to.deep.equal([]);
  });
});

describe('host.js', () => {
  before(() => import(/* @vite-ignore */ `${location.origin}/dist/embed/host.js`));
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  // A srcdoc document has this page's origin; its src attribute names the origin the host expects.
  const kitFrame = { 'data-mltk-embed': '', src: '/dist/embed/skill-mapper.html' };

  it('sizes only the iframes marked data-mltk-embed', async () => {
    const [unmarked, marked] = await Promise.all([poster(['900'], { src: kitFrame.src }), poster(['900'], kitFrame)]);
    await waitUntil(() => marked.height === '900', 'the marked iframe was not sized');
    await settle();
    expect(unmarked.height).to.equal('150');
  });

  it("ignores a height from any origin but that of the iframe's src", async () => {
    const [foreign, own] = await Promise.all([
      poster(['900'], { ...kitFrame, src: 'https://embed.example/dist/embed/skill-mapper.html' }),
      poster(['900'], kitFrame),
    ]);
    await waitUntil(() => own.height === '900', 'the iframe from its own origin was not sized');
    await settle();
    expect(foreign.height).to.equal('150');
  });

  it('ignores heights that are not finite numbers and holds the rest to 100–20,000 px', async () => {
    const [nan, infinite, text, tiny, huge] = await Promise.all([
      poster(['NaN'], kitFrame),
      poster(['Infinity'], kitFrame),
      poster(['"900"'], kitFrame),
      poster(['-40'], kitFrame),
      poster(['1e9'], kitFrame),
    ]);
    await waitUntil(() => tiny.height === '100' && huge.height === '20000', `clamped to ${tiny.height} and ${huge.height}`);
    await settle();
    expect([nan.height, infinite.height, text.height]).to.deep.equal(['150', '150', '150']);
  });
});
