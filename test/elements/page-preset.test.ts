// The page's attributes are its preset; the reader's answers live in the shared profile and win.
// The element never writes the page's attributes, so server-rendered markup hydrates unchanged.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/path-recommender/define.js';
import '../../src/elements/skill-mapper/define.js';
import pathEn from '../../src/content/path/en.json';
import { PathRecommender } from '../../src/elements/path-recommender/path-recommender.js';
import { SkillMapper } from '../../src/elements/skill-mapper/skill-mapper.js';
import { PROFILE_STORAGE_KEY } from '../../src/platform/profile.js';
import { settled } from '../support/helpers.js';

const saveProfile = (data: object) => localStorage.setItem(PROFILE_STORAGE_KEY, JSON.stringify({ version: 1, data }));
const saved = () => JSON.parse(localStorage.getItem(PROFILE_STORAGE_KEY)!).data;
const direction = (id: string) => pathEn.directions.find((d) => d.id === id)!.label;
const attributes = (element: Element) => element.getAttributeNames().map((name) => `${name}=${element.getAttribute(name)}`);
const box = (mapper: SkillMapper, id: string) => mapper.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!;
const checked = (mapper: SkillMapper) =>
  [...mapper.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
const presetNote = (element: Element) => element.shadowRoot!.querySelector('.preset')?.textContent?.trim() ?? '';
const announced = (element: Element) => element.shadowRoot!.querySelector('.announcement[role="status"]')!.textContent!.trim();

async function tap(mapper: SkillMapper, id: string) {
  box(mapper, id).click();
  await mapper.updateComplete;
}

async function page(template: ReturnType<typeof html>) {
  const root = await fixture<HTMLElement>(template);
  const mapper = root.querySelector('skill-mapper');
  const path = root.querySelector('path-recommender');
  if (mapper) await settled(mapper);
  if (path) await settled(path);
  return { mapper: mapper!, path: path! };
}

describe('the page preset and the reader answer', () => {
  beforeEach(() => localStorage.clear());

  it('keeps server-rendered attributes as sent, through the upgrade and the reader choices', async () => {
    saveProfile({ specializations: ['frontend', 'backend'], level: 'staff' });
    // Markup as a server sends it, upgraded when the script defining its tags arrives later.
    const markup =
      '<ssr-mapper specialization="frontend" theme="light"></ssr-mapper>' +
      '<ssr-path level="senior" direction="backend" hours-per-week="8" learning-style="code-first" structure="self-paced"></ssr-path>';
    const root = await fixture<HTMLElement>(html`<div></div>`);
    root.innerHTML = markup;
    const [mapperHost, pathHost] = [...root.children];
    const sent = [attributes(mapperHost), attributes(pathHost)];
    SkillMapper.define('ssr-mapper');
    PathRecommender.define('ssr-path');
    const mapper = mapperHost as SkillMapper;
    const path = pathHost as PathRecommender;
    await settled(mapper);
    await settled(path);
    expect(root.innerHTML).to.equal(markup);
    // The returning reader's saved answers are what they see.
    expect(mapper.selectedIds).to.deep.equal(['frontend', 'backend']);
    expect(path.inputs.level).to.equal('staff');

    await tap(mapper, 'mobile');
    path.shadowRoot!.querySelector<HTMLInputElement>('input[value="principal"]')!.click();
    await path.updateComplete;
    expect([attributes(mapper), attributes(path)]).to.deep.equal(sent);
    expect(path.inputs.level).to.equal('principal');
  });

  it('lets the saved choice win over the preset, however often the page sets it', async () => {
    saveProfile({ specializations: ['mobile'], picked: true, level: 'junior' });
    const { mapper, path } = await page(html`<div>
      <skill-mapper specialization="backend"></skill-mapper><path-recommender level="senior" direction="backend"></path-recommender>
    </div>`);
    expect(checked(mapper)).to.deep.equal(['mobile']);
    expect([path.inputs.level, path.inputs.direction]).to.deep.equal(['junior', 'mobile']);

    // A framework patching the same value again (Vue after SSR sets the property, others the attribute).
    mapper.specialization = 'backend';
    mapper.setAttribute('specialization', 'backend');
    path.level = 'senior';
    path.setAttribute('direction', 'backend');
    // A page that later presets something else: still only a preset, below the reader's answer.
    mapper.setAttribute('specialization', 'frontend');
    await mapper.updateComplete;
    await path.updateComplete;
    expect(checked(mapper)).to.deep.equal(['mobile']);
    expect([path.inputs.level, path.inputs.direction]).to.deep.equal(['junior', 'mobile']);
    expect(presetNote(mapper)).to.equal('');

    // For a reader who never chose, the new preset is what they see.
    localStorage.clear();
    const fresh = await page(html`<div><skill-mapper specialization="backend"></skill-mapper></div>`);
    fresh.mapper.setAttribute('specialization', 'frontend');
    await fresh.mapper.updateComplete;
    expect(checked(fresh.mapper)).to.deep.equal(['frontend']);
  });

  it('replaces the preset with the reader first tap, on the preset choice too', async () => {
    const { mapper, path } = await page(html`<div>
      <skill-mapper specialization="backend"></skill-mapper><path-recommender direction="backend"></path-recommender>
    </div>`);
    // Tapping the preset Backend confirms it: it stays picked, and the path keeps its direction phase.
    await tap(mapper, 'backend');
    await path.updateComplete;
    expect(checked(mapper)).to.deep.equal(['backend']);
    expect(box(mapper, 'backend').checked).to.equal(true);
    expect(path.inputs.direction).to.equal('backend');
    expect(path.shadowRoot!.querySelector('.phase.niche h3')!.textContent).to.contain(direction('backend'));
    expect(saved().specializations).to.deep.equal(['backend']);

    // Once chosen, a second tap is an ordinary toggle.
    await tap(mapper, 'backend');
    expect(checked(mapper)).to.deep.equal([]);

    localStorage.clear();
    const frontend = await page(html`<div><skill-mapper specialization="backend"></skill-mapper></div>`);
    await tap(frontend.mapper, 'frontend');
    expect(checked(frontend.mapper)).to.deep.equal(['frontend']);
  });

  it('says near the choices which values the page set, until the reader chooses', async () => {
    const { mapper, path } = await page(html`<div>
      <skill-mapper specialization="backend"></skill-mapper>
      <path-recommender level="senior" direction="backend" hours-per-week="8"></path-recommender>
    </div>`);
    const note = mapper.shadowRoot!.querySelector('fieldset .preset');
    expect(note!.textContent).to.contain('Set by this page: Backend');
    expect(presetNote(path)).to.contain('Set by this page: Senior').and.contain('Hours a week you can give: 8').and.contain(direction('backend'));

    path.shadowRoot!.querySelector<HTMLInputElement>('input[value="staff"]')!.click();
    await path.updateComplete;
    expect(presetNote(path)).to.contain(direction('backend'));
    expect(presetNote(path)).to.not.contain('Senior');
    await tap(mapper, 'frontend');
    await path.updateComplete;
    expect(presetNote(mapper)).to.equal('');
    expect(presetNote(path)).to.not.contain(direction('backend'));

    localStorage.clear();
    const zh = await page(html`<div><skill-mapper lang="zh-CN" specialization="backend frontend"></skill-mapper></div>`);
    expect(presetNote(zh.mapper)).to.contain('本页预设：前端和后端');
  });

  it('announces politely what a choice in another element changed here, and only that', async () => {
    const { mapper, path } = await page(html`<div><skill-mapper></skill-mapper><path-recommender></path-recommender></div>`);
    const region = path.shadowRoot!.querySelector('.announcement[role="status"]')!;
    expect(region.closest('[aria-live="off"]')).to.equal(null);
    expect(announced(path)).to.equal('');

    await tap(mapper, 'frontend');
    await path.updateComplete;
    expect(announced(path)).to.equal(`Updated by your choice elsewhere on this page: ${direction('frontend')}.`);
    expect(announced(mapper)).to.equal(''); // its own choice is not news to the reader

    // A level changes nothing the mapper shows: it stays quiet.
    path.shadowRoot!.querySelector<HTMLInputElement>('input[value="senior"]')!.click();
    await mapper.updateComplete;
    expect(announced(mapper)).to.equal('');

    const select = path.shadowRoot!.querySelector<HTMLSelectElement>('#direction')!;
    select.value = 'mobile';
    select.dispatchEvent(new Event('change'));
    await mapper.updateComplete;
    expect(announced(mapper)).to.equal('Updated by your choice elsewhere on this page: Frontend and Mobile.');
  });
});
