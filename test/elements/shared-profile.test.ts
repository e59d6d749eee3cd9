import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/path-recommender/define.js';
import '../../src/elements/skill-mapper/define.js';
import '../../src/elements/transition-checklist/define.js';
import type { PathRecommender } from '../../src/elements/path-recommender/path-recommender.js';
import type { SkillMapper } from '../../src/elements/skill-mapper/skill-mapper.js';
import type { TransitionChecklist } from '../../src/elements/transition-checklist/transition-checklist.js';
import { PROFILE_STORAGE_KEY, profileContext, ProfileStore } from '../../src/platform/profile.js';
import { settled } from '../support/helpers.js';

const pick = async (mapper: SkillMapper, id: string) => {
  mapper.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!.click();
  await mapper.updateComplete;
};
const chooseDirection = async (path: PathRecommender, id: string) => {
  const select = path.shadowRoot!.querySelector<HTMLSelectElement>('#direction')!;
  select.value = id;
  select.dispatchEvent(new Event('change'));
  await path.updateComplete;
};

async function page(template: unknown) {
  const root = await fixture(template as ReturnType<typeof html>);
  const elements = [
    ...root.querySelectorAll<SkillMapper | PathRecommender | TransitionChecklist>('skill-mapper, path-recommender, transition-checklist'),
  ];
  await Promise.all(elements.map((element) => settled(element)));
  return root;
}

describe('one reader, one profile', () => {
  beforeEach(() => localStorage.clear());

  it('links siblings anywhere on the page, both ways', async () => {
    const root = await page(html`<div><section><skill-mapper></skill-mapper></section><aside><path-recommender></path-recommender></aside></div>`);
    const mapper = root.querySelector('skill-mapper')!;
    const path = root.querySelector('path-recommender')!;

    await pick(mapper, 'backend');
    await path.updateComplete;
    expect(path.inputs.direction).to.equal('backend');
    // The path's direction list shows the pick, among every direction it knows.
    const directions = path.shadowRoot!.querySelector<HTMLSelectElement>('#direction')!;
    const labelOf = (id: string) => path.shadowRoot!.querySelector<HTMLOptionElement>(`#direction option[value="${id}"]`)!.text;
    expect(directions.selectedOptions[0].text).to.equal(labelOf('backend'));
    expect(labelOf('backend')).to.equal('Model serving and ML APIs');
    expect(directions.options.length).to.be.greaterThan(12);
    expect(directions.options[0].text).to.equal('No particular direction yet');
    expect(path.path.phases.some((p) => p.direction && p.id === 'backend')).to.equal(true);

    await chooseDirection(path, 'mobile');
    await mapper.updateComplete;
    expect(mapper.selectedIds).to.deep.equal(['backend', 'mobile']);
    expect(mapper.shadowRoot!.querySelector<HTMLInputElement>('input[value="mobile"]')!.checked).to.equal(true);
  });

  it('restores the shared answers on the next visit', async () => {
    const first = await page(html`<div><path-recommender></path-recommender></div>`);
    const path = first.querySelector('path-recommender')!;
    path.shadowRoot!.querySelector<HTMLInputElement>('input[value="principal"]')!.click();
    await path.updateComplete;
    first.remove();
    const next = await page(html`<div><path-recommender level="junior"></path-recommender></div>`);
    expect(next.querySelector('path-recommender')!.inputs.level).to.equal('principal');
  });

  it('keeps groups apart with profile-group', async () => {
    const root = await page(html`<div>
      <skill-mapper profile-group="a"></skill-mapper><path-recommender profile-group="a"></path-recommender>
      <path-recommender profile-group="b"></path-recommender>
    </div>`);
    const [a, b] = root.querySelectorAll('path-recommender');
    await pick(root.querySelector('skill-mapper')!, 'security');
    expect(a.inputs.direction).to.equal('security');
    expect(b.inputs.direction ?? '').to.equal('');
    expect(JSON.parse(localStorage.getItem(`${PROFILE_STORAGE_KEY}:a`)!).data.specializations).to.deep.equal(['security']);
  });

  it('uses the profile an application provides through @lit/context', async () => {
    const root = await fixture(html`<div><skill-mapper></skill-mapper><path-recommender></path-recommender></div>`);
    // Provide before the elements connect: move them out and back in under the provider.
    const provided = new ProfileStore('app:profile');
    provided.update({ specializations: ['game-graphics'], level: 'staff' });
    const host = document.createElement('div');
    new ContextProvider(host, { context: profileContext, initialValue: provided });
    root.append(host);
    host.append(...root.querySelectorAll('skill-mapper, path-recommender'));
    const mapper = host.querySelector('skill-mapper')!;
    const path = host.querySelector('path-recommender')!;
    await settled(mapper);
    await settled(path);
    expect(mapper.selectedIds).to.deep.equal(['game-graphics']);
    expect(path.inputs.level).to.equal('staff');
    expect(path.inputs.direction).to.equal('game-graphics');

    await pick(mapper, 'frontend');
    expect(provided.profile.specializations).to.include('frontend');
    expect(localStorage.getItem(PROFILE_STORAGE_KEY)).to.equal(null);
  });

  it('follows changes saved in another tab', async () => {
    const root = await page(html`<div><path-recommender></path-recommender><skill-mapper></skill-mapper></div>`);
    const value = JSON.stringify({ version: 1, data: { specializations: ['qa-test'], level: 'senior' } });
    localStorage.setItem(PROFILE_STORAGE_KEY, value);
    window.dispatchEvent(new StorageEvent('storage', { key: PROFILE_STORAGE_KEY, newValue: value }));
    const path = root.querySelector('path-recommender')!;
    const mapper = root.querySelector('skill-mapper')!;
    await path.updateComplete;
    await mapper.updateComplete;
    expect(path.inputs.level).to.equal('senior');
    expect(path.inputs.direction).to.equal('qa-test');
    expect(mapper.selectedIds).to.deep.equal(['qa-test']);
  });

  it('re-renders only the elements that show what changed', async () => {
    const root = await page(html`<div><skill-mapper></skill-mapper><path-recommender></path-recommender><transition-checklist></transition-checklist></div>`);
    const mapper = root.querySelector('skill-mapper')!;
    const path = root.querySelector('path-recommender')!;
    const checklist = root.querySelector('transition-checklist')!;
    const updates = new Map<string, number>();
    for (const element of [mapper, path, checklist]) {
      // update() is protected: counted through a structural view of the element.
      const counted = element as unknown as { update(changed: unknown): void };
      const own = counted.update;
      counted.update = function (changed: unknown) {
        updates.set(element.localName, (updates.get(element.localName) ?? 0) + 1);
        own.call(this, changed);
      };
    }
    const answered = () => Promise.all([mapper, path, checklist].map((element) => element.updateComplete));

    // A level is the path's answer: the map and the checklist show nothing of it.
    path.shadowRoot!.querySelector<HTMLInputElement>('input[name=level][value=senior]')!.click();
    await answered();
    expect(path.inputs.level).to.equal('senior');
    expect(Object.fromEntries(updates)).to.deep.equal({ 'path-recommender': 1 });

    // A pick is the map's: it and the path (its direction) follow; the checklist still shows nothing of it.
    await pick(mapper, 'backend');
    await answered();
    expect(Object.fromEntries(updates)).to.deep.equal({ 'path-recommender': 2, 'skill-mapper': 1 });

    // The map's own pick changed what it shows; another tab that puts the old picks back must show again.
    await pick(mapper, 'frontend');
    const value = JSON.stringify({ version: 1, data: { specializations: ['backend'], picked: true, level: 'senior' } });
    localStorage.setItem(PROFILE_STORAGE_KEY, value);
    window.dispatchEvent(new StorageEvent('storage', { key: PROFILE_STORAGE_KEY, newValue: value }));
    await answered();
    expect(mapper.selectedIds).to.deep.equal(['backend']);
    expect(mapper.shadowRoot!.querySelector<HTMLInputElement>('input[value="frontend"]')!.checked).to.equal(false);
  });

  it('keeps the main direction first as more are picked, and the checklist export follows it', async () => {
    const root = await page(
      html`<div><skill-mapper></skill-mapper><path-recommender></path-recommender><transition-checklist></transition-checklist></div>`,
    );
    const mapper = root.querySelector('skill-mapper')!;
    const path = root.querySelector('path-recommender')!;
    const saved = () => JSON.parse(localStorage.getItem(PROFILE_STORAGE_KEY)!).data.specializations;

    await pick(mapper, 'backend');
    await chooseDirection(path, 'mobile');
    // A later pick in <skill-mapper> goes last: it never takes the main direction's place.
    await pick(mapper, 'frontend');
    await path.updateComplete;
    expect(saved()).to.deep.equal(['mobile', 'backend', 'frontend']);
    expect(path.inputs.direction).to.equal('mobile');
    expect(path.path.phases.find((p) => p.direction)!.also.map((a) => a.id)).to.deep.equal(['backend', 'frontend']);
    expect(mapper.selectedIds).to.deep.equal(['frontend', 'backend', 'mobile']);

    const plan = await root.querySelector('transition-checklist')!.toMarkdown();
    expect(plan).to.contain('- Main direction: Mobile\n- Also: Backend and Frontend');

    // Unpicking the main direction hands the role to the next one, everywhere.
    await pick(mapper, 'mobile');
    await path.updateComplete;
    expect(saved()).to.deep.equal(['backend', 'frontend']);
    expect(path.inputs.direction).to.equal('backend');
  });
});
