// Runs against the built files in dist/cdn (npm test builds first), the way an embedder uses them.
import { expect, waitUntil } from '@open-wc/testing';

type PageWindow = Window & typeof globalThis & { pageErrors: string[] };

async function openPage(url: string): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  frame.src = url;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as PageWindow;
  await waitUntil(
    () => win.document.querySelector('skill-mapper')?.shadowRoot?.querySelector('[aria-busy="false"] .result'),
    `nothing rendered on ${url}`,
    { timeout: 8000 },
  );
  return win;
}

const chunkRequests = (win: Window) =>
  win.performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('/chunks/'));

describe('CDN build on a plain page', () => {
  it('renders from the all-in-one file, loaded twice, without errors', async () => {
    const win = await openPage('/test/fixtures/cdn-all-in-one.html');
    const element = win.document.querySelector('skill-mapper')!;
    expect(element.shadowRoot!.textContent).to.contain('Model serving');
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('renders from the single-element file in English without fetching Chinese', async () => {
    const win = await openPage('/test/fixtures/cdn-skill-mapper.html?lang=en');
    expect(win.document.querySelector('skill-mapper')!.shadowRoot!.querySelector('h2')!.textContent).to.equal(
      'Map your skills to machine learning',
    );
    expect(chunkRequests(win)).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('fetches the Chinese chunk beside the file on a Chinese page', async () => {
    const win = await openPage('/test/fixtures/cdn-skill-mapper.html?lang=zh-CN');
    expect(win.document.querySelector('skill-mapper')!.shadowRoot!.querySelector('h2')!.textContent).to.equal(
      '把你的技能映射到机器学习',
    );
    const chunks = chunkRequests(win);
    expect(chunks).to.have.length(1);
    expect(new URL(chunks[0]).pathname).to.match(/^\/dist\/cdn\/chunks\/[^/]+\.js$/);
    expect(win.pageErrors).to.deep.equal([]);
  });
});
