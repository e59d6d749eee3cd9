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

  describe('inline JSON a server writes (the confluence.html note)', () => {
    const HOSTILE = 'Ask in </script><script>window.injected = true</script> or <!-- <script> #ml-mentors';
    const content = {
      sections: [{ id: 'acme-internal', kind: 'practice', title: HOSTILE, summary: 'At Acme.', items: [{ id: 'acme-ask', text: 'Ask.' }], sources: [] }],
    };
    const page = async (json: string) => {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="en"><head><script src="/test/fixtures/capture-errors.js"></script>
        <script type="module" src="/dist/cdn/transition-checklist.js"></script></head>
        <body><transition-checklist storage-key="inline-json"><script type="application/json">${json}</script></transition-checklist></body></html>`;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const shadow = () => frame.contentDocument!.querySelector('transition-checklist')?.shadowRoot;
      await waitUntil(() => shadow()?.querySelector('[aria-busy="false"]'), 'the checklist never rendered', { timeout: 8000 });
      return { shadow: shadow()!, win: frame.contentWindow as Window & { pageErrors: string[]; injected?: boolean } };
    };

    it('the recipe says to escape </script> and <!--, and how', async () => {
      const recipe = await (await fetch('/docs/recipes/confluence.html')).text();
      expect(recipe).to.contain('</script>').and.contain('"<!--"').and.contain("replaceAll('<', '\\\\u003c')");
    });

    it('escaped as the recipe says, any string arrives intact and runs nothing', async () => {
      const { shadow, win } = await page(JSON.stringify(content).replaceAll('<', '\\u003c'));
      expect(shadow.querySelector('.content-problems')).to.equal(null);
      expect(shadow.textContent).to.contain(HOSTILE);
      expect(win.injected).to.equal(undefined);
      expect(win.pageErrors).to.deep.equal([]);
    });

    it('unescaped, the same string ends the script early: its script runs and the content is refused', async () => {
      const { shadow, win } = await page(JSON.stringify(content));
      expect(win.injected).to.equal(true);
      expect(shadow.querySelector('.content-problems')).to.not.equal(null);
      expect(shadow.textContent).to.not.contain('#ml-mentors');
    });
  });

  it('docusaurus.mdx renders the element it puts in the page, with the client module registered', async () => {
    const { win, tags } = await paste('docusaurus.mdx', (line) => line.startsWith('<path-recommender'), '/dist/cdn/ml-transition-kit.js');
    expect(tags[0].getAttribute('direction')).to.equal('backend');
    expect(win.pageErrors).to.deep.equal([]);
  });

  describe('mkdocs.md, as real MkDocs 1.4 builds it (test/fixtures/mkdocs/, made by its build.sh)', () => {
    const text = async (url: string) => (await fetch(url)).text();

    it('the fixture is the build of the recipe as it is now, with the recipe’s 1.4 script tag', async () => {
      const [recipe, built, override] = await Promise.all(['/docs/recipes/mkdocs.md', '/test/fixtures/mkdocs/index.html', '/test/fixtures/mkdocs/overrides/main.html'].map(text));
      const markup = recipe.split('\n').filter((line) => /^<(skill-mapper|path-recommender|p id)/.test(line));
      expect(markup.length).to.equal(3);
      for (const line of markup) expect(built).to.contain(line);
      for (const line of override.trim().split('\n')) expect(recipe).to.contain(line);
      // What the fallback id is for: Python-Markdown wrapped the element in a <p> of its own.
      expect(built).to.contain('<p><skill-mapper specialization="data-engineering" fallback="skills-fallback"></skill-mapper></p>');
    });

    it('renders both elements and hides both fallbacks, the one Markdown moved out included', async () => {
      const built = await text('/test/fixtures/mkdocs/index.html');
      const frame = document.createElement('iframe');
      frame.width = '900';
      frame.height = '700';
      const page = new DOMParser().parseFromString(built.replace(CDN, '/dist/'), 'text/html');
      // The theme's own files (Bootstrap, jQuery) are not part of the fixture: their tags go.
      for (const tag of page.querySelectorAll('link[href^="css/"], script[src^="js/"]')) tag.remove();
      page.head.insertAdjacentHTML('afterbegin', '<script src="/test/fixtures/capture-errors.js"></script>');
      frame.srcdoc = `<!doctype html>${page.documentElement.outerHTML}`;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & { pageErrors: string[] };
      const doc = win.document;
      const [mapper, path] = ['skill-mapper', 'path-recommender'].map((tag) => doc.querySelector(tag)!);
      await waitUntil(() => [mapper, path].every((tag) => tag.shadowRoot?.querySelector('[aria-busy="false"]')), 'the MkDocs page did not render', { timeout: 8000 });
      expect(mapper.shadowRoot!.querySelector('h2')).to.not.equal(null);
      expect(path.shadowRoot!.querySelector('h2')).to.not.equal(null);

      const moved = doc.getElementById('skills-fallback')!;
      expect(mapper.contains(moved), 'Python-Markdown put the fallback after the element').to.equal(false);
      expect(moved.getBoundingClientRect().height, 'the moved fallback is hidden').to.equal(0);
      const kept = path.querySelector('p')!; // the <div> form keeps it inside the tags
      expect(kept.getBoundingClientRect().height, 'the fallback inside the tags is hidden').to.equal(0);
      expect(win.pageErrors).to.deep.equal([]);
    });
  });
});
