// Runs against the built files in dist/cdn (npm test builds first), the way an embedder uses them.
import { expect, waitUntil } from '@open-wc/testing';

type PageWindow = Window & typeof globalThis & { pageErrors: string[] };

async function openPage(url: string, tag: string): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '600';
  frame.src = url;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as PageWindow;
  await waitUntil(
    () => win.document.querySelector(tag)?.shadowRoot?.querySelector('[aria-busy="false"]'),
    `nothing rendered on ${url}`,
    { timeout: 8000 },
  );
  return win;
}

const single = (tag: string, lang: string, attrs = '') =>
  `/test/fixtures/cdn-single.html?element=${tag}&lang=${lang}&attrs=${encodeURIComponent(attrs)}`;
const heading = (win: Window, tag: string) => win.document.querySelector(tag)!.shadowRoot!.querySelector('h2')!.textContent;
const chunkRequests = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/chunks/'));
/** The one chunk every CDN file of a release imports: Lit, shared so it runs once per page. */
const LIT_CHUNK = /^\/dist\/cdn\/chunks\/lit-[\w-]+\.js$/;

describe('CDN build on a plain page', () => {
  it('renders every element from the all-in-one file, loaded twice, without errors', async () => {
    const win = await openPage('/test/fixtures/cdn-all-in-one.html', 'path-recommender');
    expect(win.document.querySelector('skill-mapper')!.shadowRoot!.textContent).to.contain('Model serving');
    expect(win.document.querySelector('path-recommender')!.shadowRoot!.querySelectorAll('.phase').length).to.be.greaterThan(5);
    expect(win.document.querySelector('transition-checklist')!.shadowRoot!.querySelectorAll('.section').length).to.equal(9);
    expect(win.pageErrors).to.deep.equal([]);
  });

  const english = {
    'skill-mapper': 'Map your skills to machine learning',
    'path-recommender': 'Your learning path into machine learning',
    'transition-checklist': 'Your transition plan into ML engineering',
  };
  const chinese = {
    'skill-mapper': '你的技能在机器学习里对应什么',
    'path-recommender': '你的机器学习转型路径',
    'transition-checklist': '你的机器学习工程转型计划',
  };
  const traditional = {
    'skill-mapper': '你的技能在機器學習裡對應什麼',
    'path-recommender': '你的機器學習轉型路徑',
    'transition-checklist': '你的機器學習工程轉型計畫',
  };

  for (const tag of ['skill-mapper', 'path-recommender', 'transition-checklist'] as const) {
    it(`renders ${tag}.js alone in English, fetching nothing beside it but Lit`, async () => {
      const win = await openPage(single(tag, 'en', 'specialization=mobile&direction=mobile'), tag);
      expect(heading(win, tag)).to.equal(english[tag]);
      const chunks = chunkRequests(win);
      expect(chunks).to.have.length(1);
      expect(chunks[0]).to.match(LIT_CHUNK);
      expect(win.pageErrors).to.deep.equal([]);
    });

    it(`renders ${tag}.js in Chinese with one language chunk fetched beside the file and Lit`, async () => {
      const win = await openPage(single(tag, 'zh-CN'), tag);
      await waitUntil(() => heading(win, tag) === chinese[tag], 'Chinese never arrived', { timeout: 5000 });
      const chunks = chunkRequests(win).filter((path) => !LIT_CHUNK.test(path));
      expect(chunks).to.have.length(1);
      expect(chunks[0]).to.match(/^\/dist\/cdn\/chunks\/zh-CN-[\w-]+\.js$/);
      expect(win.pageErrors).to.deep.equal([]);
    });

    it(`renders ${tag}.js in Traditional Chinese on a zh-TW page, fetching only the Traditional chunk`, async () => {
      const win = await openPage(single(tag, 'zh-TW'), tag);
      await waitUntil(() => heading(win, tag) === traditional[tag], 'Traditional Chinese never arrived', { timeout: 5000 });
      const chunks = chunkRequests(win).filter((path) => !LIT_CHUNK.test(path));
      expect(chunks).to.have.length(1);
      expect(chunks[0]).to.match(/^\/dist\/cdn\/chunks\/zh-Hant-[\w-]+\.js$/);
      expect(win.pageErrors).to.deep.equal([]);
    });
  }
});
