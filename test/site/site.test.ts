// The built demo site (site/, from `npm run build:site`), page by page, as a visitor sees it.
import { expect, waitUntil } from '@open-wc/testing';

type PageWindow = Window & typeof globalThis;

const TAGS = 'skill-mapper, path-recommender, transition-checklist';

async function visit(path: string): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.width = '1100';
  frame.height = '800';
  document.body.append(frame);
  const errors: string[] = [];
  frame.addEventListener('load', () => {
    const win = frame.contentWindow as PageWindow;
    win.addEventListener('error', (event) => errors.push(event.message));
    win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  });
  frame.src = `/site/${path}`;
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as PageWindow;
  const errorsOf = win.console.error;
  win.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    errorsOf.apply(win.console, args);
  };
  const elements = [...win.document.querySelectorAll(TAGS)];
  await waitUntil(() => elements.every((el) => el.shadowRoot?.querySelector('[aria-busy="false"]')), `${path} did not render`, { timeout: 8000 });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(errors, `${path} errors`).to.deep.equal([]);
  return win;
}

describe('the demo site', () => {
  beforeEach(() => localStorage.clear());

  it('has a home page linking every page', async () => {
    const win = await visit('demo/');
    const links = [...win.document.querySelectorAll<HTMLAnchorElement>('main a')].map((a) => new URL(a.href).pathname);
    for (const page of ['/site/demo/blog/', '/site/demo/wiki/', '/site/demo/wiki/zh.html', '/site/demo/wiki/zh-TW.html', '/site/demo/playground/', '/site/demo/api/']) {
      expect(links).to.include(page);
    }
  });

  it('blog: the three elements between the paragraphs of the article', async () => {
    const win = await visit('demo/blog/');
    const article = win.document.querySelector('article')!;
    expect([...article.children].map((child) => child.localName).filter((name) => name.includes('-'))).to.deep.equal([
      'skill-mapper',
      'path-recommender',
      'transition-checklist',
    ]);
    expect(article.querySelector('skill-mapper')!.shadowRoot!.textContent).to.contain('Model serving');
  });

  it('wiki: the company content extends each element, in English', async () => {
    const win = await visit('demo/wiki/');
    const shadow = (tag: string) => win.document.querySelector(tag)!.shadowRoot!;
    await waitUntil(() => shadow('transition-checklist').textContent!.includes('At Acme'), 'no company checklist items', { timeout: 5000 });
    expect(shadow('skill-mapper').querySelector('.content-problems')).to.equal(null);
    for (const tag of ['skill-mapper', 'path-recommender', 'transition-checklist']) {
      expect(shadow(tag).querySelector('.content-problems'), tag).to.equal(null);
    }
  });

  it('wiki: the same page in Chinese, with Chinese company content', async () => {
    const win = await visit('demo/wiki/zh.html');
    const checklist = win.document.querySelector('transition-checklist')!.shadowRoot!;
    await waitUntil(() => checklist.textContent!.includes('在 Acme'), 'no Chinese company items', { timeout: 5000 });
    expect(checklist.querySelector('h2')!.textContent).to.equal('你的机器学习工程转型计划');
  });

  it('wiki: the same page for Taiwan, in Traditional Chinese with Traditional company content', async () => {
    const win = await visit('demo/wiki/zh-TW.html');
    const shadow = (tag: string) => win.document.querySelector(tag)!.shadowRoot!;
    await waitUntil(() => shadow('transition-checklist').textContent!.includes('在 Acme'), 'no company items', { timeout: 5000 });
    expect(shadow('transition-checklist').querySelector('h2')!.textContent).to.equal('你的機器學習工程轉型計畫');
    expect(shadow('path-recommender').querySelector('h2')!.textContent).to.equal('你的機器學習轉型路徑');
    for (const tag of ['skill-mapper', 'path-recommender', 'transition-checklist']) {
      expect(shadow(tag).querySelector('.content-problems'), tag).to.equal(null);
      // A title published in Simplified Chinese is marked lang="zh" and shown as published.
      const published = [...shadow(tag).querySelectorAll('[lang="zh"]')].map((title) => title.textContent!);
      const text = published.reduce((rest, title) => rest.replace(title, ''), shadow(tag).textContent!);
      expect(text, tag).not.to.match(/[机学习数软]/);
    }
  });

  it('api: the reference lists every element from custom-elements.json', async () => {
    const win = await visit('demo/api/');
    await waitUntil(() => win.document.querySelectorAll('#reference section').length === 3, 'reference not rendered', { timeout: 5000 });
    const text = win.document.getElementById('reference')!.textContent!;
    for (const name of ['specialization', 'hours-per-week', 'storage-key', 'path-recommender-change', '--mltk-color-accent']) {
      expect(text).to.contain(name);
    }
  });

  it('playground: the copied snippet reproduces what the preview shows', async () => {
    const win = await visit('demo/playground/');
    const form = win.document.getElementById('controls') as HTMLFormElement;
    const set = (name: string, value: string) => {
      const field = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]${name === 'element' ? `[value="${value}"]` : ''}`)!;
      if (field instanceof win.HTMLInputElement && field.type === 'radio') field.checked = true;
      else field.value = value;
      field.dispatchEvent(new win.Event('change', { bubbles: true }));
    };
    set('element', 'path-recommender');
    set('lang', 'zh-CN');
    set('theme', 'dark');
    set('level', 'staff');
    set('--mltk-color-accent', '#c0ffee');
    const snippet = win.document.getElementById('snippet')!.textContent!;
    expect(snippet).to.contain('<path-recommender lang="zh-CN" theme="dark" level="staff"></path-recommender>');

    // Paste the snippet into a blank page, pointing its CDN URL at this build.
    const pasted = document.createElement('iframe');
    pasted.width = '1100';
    pasted.srcdoc = `<!doctype html><html lang="en"><body>${snippet.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/ml-transition-kit@[\d.]+\/dist\//, '/dist/')}</body></html>`;
    document.body.append(pasted);
    await new Promise((resolve) => pasted.addEventListener('load', resolve, { once: true }));
    const copy = pasted.contentDocument!.querySelector('path-recommender')!;
    const shown = win.document.querySelector('#preview path-recommender')!;
    await waitUntil(() => copy.shadowRoot?.querySelector('[aria-busy="false"]') && shown.shadowRoot?.querySelector('[aria-busy="false"]'), 'not rendered', { timeout: 8000 });
    expect(copy.shadowRoot!.querySelector('h2')!.textContent).to.equal(shown.shadowRoot!.querySelector('h2')!.textContent);
    const accent = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('button')!).backgroundColor;
    expect(accent(copy)).to.equal(accent(shown));
    expect(accent(copy)).to.equal('rgb(192, 255, 238)');
    expect([...copy.attributes].map((a) => `${a.name}=${a.value}`)).to.deep.equal([...shown.attributes].map((a) => `${a.name}=${a.value}`));
  });
});
