// The README's embedding recipes (docs/recipes/), run as pasted, with the CDN URL pointed at this build.
import { expect, waitUntil } from '@open-wc/testing';

const CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\/ml-transition-kit@[\d.]+\/dist\//g;

/** `module` is a script the site adds itself (MkDocs' extra_javascript). */
async function paste(file: string, keep: (line: string) => boolean = () => true, module?: string) {
  const recipe = await (await fetch(`/docs/recipes/${file}`)).text();
  const html = recipe.split('\n').filter(keep).join('\n').replace(CDN, '/dist/');
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '700';
  frame.srcdoc = `<!doctype html><html lang="en"><head><script src="/test/fixtures/capture-errors.js"></script>${module ? `<script type="module" src="${module}"></script>` : ''}</head><body>${html}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & { pageErrors: string[] };
  const tags = [...win.document.body.querySelectorAll('skill-mapper, path-recommender, transition-checklist')];
  expect(tags.length, file).to.be.greaterThan(0);
  await waitUntil(() => tags.every((tag) => tag.shadowRoot?.querySelector('[aria-busy="false"]')), `${file} did not render`, { timeout: 8000 });
  return { win, tags };
}

describe('embedding recipes', () => {
  beforeEach(() => localStorage.clear());

  for (const file of ['plain-html.html', 'wordpress.html']) {
    it(`${file} renders as pasted`, async () => {
      const { win, tags } = await paste(file);
      expect(tags.every((tag) => tag.shadowRoot!.querySelector('h2'))).to.equal(true);
      expect(win.pageErrors).to.deep.equal([]);
    });
  }

  it('confluence.html adds the company items to the checklist', async () => {
    const { win, tags } = await paste('confluence.html');
    expect(tags[0].shadowRoot!.textContent).to.contain('At Acme');
    expect(tags[0].shadowRoot!.querySelector('.content-problems')).to.equal(null);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('docusaurus.mdx renders the element it puts in the page, with the client module registered', async () => {
    const { win, tags } = await paste('docusaurus.mdx', (line) => line.startsWith('<path-recommender'), '/dist/cdn/ml-transition-kit.js');
    expect(tags[0].getAttribute('direction')).to.equal('backend');
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('mkdocs.md renders the raw HTML it passes through, with the extra_javascript module', async () => {
    const { win, tags } = await paste('mkdocs.md', (line) => line.startsWith('<skill-mapper'), '/dist/cdn/ml-transition-kit.js');
    expect(tags[0].getAttribute('specialization')).to.equal('data-engineering');
    expect(win.pageErrors).to.deep.equal([]);
  });
});
