// The static embed pages in dist/embed/, framed the way a Notion or WordPress page frames them.
import { expect, waitUntil } from '@open-wc/testing';

async function embed(query: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.height = '150';
  frame.width = '700';
  frame.src = `/dist/embed/${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

describe('embed pages', () => {
  before(async () => {
    localStorage.clear();
    // The documented host snippet, as a host page would include it.
    await import(/* @vite-ignore */ `${location.origin}/dist/embed/host.js`);
  });

  it('renders the element from the query and sizes the iframe through postMessage', async () => {
    const frame = await embed('path-recommender.html?level=senior&direction=backend&theme=dark');
    const doc = frame.contentDocument!;
    expect(doc.title).to.equal('Your learning path into machine learning · ml-transition-kit');
    const element = doc.querySelector('path-recommender')!;
    await waitUntil(() => element.shadowRoot?.querySelector('[aria-busy="false"]'), 'not rendered', { timeout: 8000 });
    await waitUntil(() => Number(frame.height) > 1000 && Math.abs(Number(frame.height) - doc.documentElement.scrollHeight) < 2, `iframe stayed ${frame.height}px`, {
      timeout: 8000,
    });
    expect(element.getAttribute('theme')).to.equal('dark');
    expect(element.getAttribute('level')).to.equal('senior');
  });

  it('follows lang and content from the query', async () => {
    const frame = await embed('transition-checklist.html?lang=zh-CN&content=/test/fixtures/content/company-checklist.json');
    const shadow = () => frame.contentDocument!.querySelector('transition-checklist')?.shadowRoot;
    await waitUntil(() => shadow()?.querySelector('[aria-busy="false"] h2')?.textContent === '你的机器学习工程转型计划', 'no Chinese', { timeout: 8000 });
    expect(shadow()!.textContent).to.contain('At Acme');
  });

  it('sizes each of several embeds on one page separately', async () => {
    const [small, large] = await Promise.all([embed('skill-mapper.html'), embed('skill-mapper.html?specialization=backend%20mobile')]);
    await waitUntil(() => Number(large.height) > Number(small.height) + 300, 'heights were not told apart', { timeout: 8000 });
  });
});
