import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import en from '../../src/content/skill-mapper/en.json';
import type { PathRecommender } from '../../src/elements/path-recommender/path-recommender.js';
import type { SkillMapper } from '../../src/elements/skill-mapper/skill-mapper.js';
import type { TransitionChecklist } from '../../src/elements/transition-checklist/transition-checklist.js';
import { openAllSections, settled, visibleText } from '../support/helpers.js';

type Element = SkillMapper | PathRecommender | TransitionChecklist;

async function render<T extends Element>(template: ReturnType<typeof html>): Promise<T> {
  const root = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const element = root.firstElementChild as T;
  await settled(element);
  return element;
}

const problems = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll('.content-problems li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

const backend = en.specializations.find((s) => s.id === 'backend')!;
const acmeBackend = {
  ...backend,
  tools: [
    ...backend.tools,
    {
      id: 'acme-serve',
      name: 'Acme Serve',
      url: 'https://wiki.acme.example/serve',
      use: 'Our internal model gateway',
      when: 'For anything that serves Acme traffic.',
      firstTask: 'Deploy the echo model to staging.',
    },
  ],
  roles: [...backend.roles, 'acme-ranking-team'],
};
const acmeRole = {
  id: 'acme-ranking-team',
  label: 'Acme Search Ranking team',
  day: 'Serves and tunes the ranking models behind product search.',
  where: 'The Search group in Berlin and remote.',
  firstHop: 'A quarter on the serving on-call rotation; ask Priya.',
};

describe('content overrides', () => {
  beforeEach(() => localStorage.clear());

  it('extends the bundled content from an inline JSON child, by id', async () => {
    const json = JSON.stringify({ roles: [acmeRole], specializations: [acmeBackend] });
    const element = await render<SkillMapper>(html`<skill-mapper specialization="backend"><script type="application/json">${json}</script></skill-mapper>`);
    const text = visibleText(element);
    expect(text).to.contain('Acme Search Ranking team');
    expect(element.shadowRoot!.querySelector('a[href="https://wiki.acme.example/serve"]')!.textContent).to.equal('Acme Serve');
    // Everything else is still the bundled content.
    expect(element.shadowRoot!.querySelectorAll('input[type=checkbox]')).to.have.length(en.specializations.length);
    expect(problems(element)).to.deep.equal([]);
  });

  it('extends the checklist from a src URL, and keeps the new items checkable and saved', async () => {
    const element = await render<TransitionChecklist>(html`<transition-checklist src="/test/fixtures/content/company-checklist.json"></transition-checklist>`);
    await openAllSections(element);
    expect(visibleText(element)).to.contain('Take the internal ML 101 course.');
    const boxes = element.shadowRoot!.querySelectorAll<HTMLInputElement>('.items input');
    boxes[boxes.length - 1].click();
    expect(JSON.parse(localStorage.getItem('ml-transition-kit:checklist')!).data.checked).to.deep.equal(['acme-ml-101']);
  });

  it('replaces the bundled content with content-mode="replace"', async () => {
    const replacement = {
      sources: [],
      sections: [{ id: 'only', kind: 'step', title: 'Talk to Dana', summary: 'Our one step.', items: [{ id: 'dana', text: 'Meet Dana.' }], sources: [] }],
    };
    const element = await render<TransitionChecklist>(
      html`<transition-checklist content-mode="replace"><script type="application/json">${JSON.stringify(replacement)}</script></transition-checklist>`,
    );
    expect(element.shadowRoot!.querySelectorAll('.section')).to.have.length(1);
    await openAllSections(element);
    expect(visibleText(element)).to.contain('Meet Dana.');
  });

  it('shows invalid JSON as a visible problem and keeps the bundled content', async () => {
    const element = await render<PathRecommender>(html`<path-recommender><script type="application/json">{ "phases": [ </script></path-recommender>`);
    expect(problems(element)).to.deep.equal(['$ is not valid JSON']);
    expect(element.shadowRoot!.querySelectorAll('.phase').length).to.be.greaterThan(5);
  });

  it('names the JSON path of a schema error', async () => {
    const element = await render<SkillMapper>(html`<skill-mapper src="/test/fixtures/content/broken-url.json"></skill-mapper>`);
    expect(problems(element)).to.deep.equal(['$.sources[0].url is not an https:// link']);
  });

  it('names an unknown id at its path in the embedder JSON', async () => {
    const json = JSON.stringify({ specializations: [acmeBackend] }); // the role it names is not defined
    const element = await render<SkillMapper>(html`<skill-mapper specialization="backend"><script type="application/json">${json}</script></skill-mapper>`);
    expect(problems(element)).to.deep.equal([`$.specializations[0].roles[${acmeBackend.roles.length - 1}] names an id that does not exist`]);
    expect(visibleText(element)).to.not.contain('Acme Serve');
  });

  it('reports a failed fetch', async () => {
    const element = await render<TransitionChecklist>(html`<transition-checklist src="/test/fixtures/content/missing.json"></transition-checklist>`);
    await waitUntil(() => problems(element).length > 0);
    expect(problems(element)).to.deep.equal(['$ could not be loaded']);
    expect(element.shadowRoot!.querySelectorAll('.section')).to.have.length(9);
  });

  it('reports in the reader’s language', async () => {
    const element = await render<PathRecommender>(html`<path-recommender lang="zh-CN"><script type="application/json">nope</script></path-recommender>`);
    expect(element.shadowRoot!.querySelector('.content-problems strong')!.textContent).to.contain('只显示内置内容');
    expect(problems(element)).to.deep.equal(['$ 不是有效的 JSON']);
  });

  it('renders embedder content as text, never as markup', async () => {
    const hostile = { ...acmeRole, label: '<img src=x onerror="window.pwned=1">Team' };
    const json = JSON.stringify({ roles: [hostile], specializations: [acmeBackend] });
    const element = await render<SkillMapper>(html`<skill-mapper specialization="backend"><script type="application/json">${json}</script></skill-mapper>`);
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(visibleText(element)).to.contain('<img src=x onerror="window.pwned=1">Team');
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });
});
