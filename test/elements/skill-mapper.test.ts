import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/skill-mapper/define.js';
import type { SkillMapperContent } from '../../src/content/schema/skill-mapper.js';
import enJson from '../../src/content/skill-mapper/en.json';
import zhJson from '../../src/content/skill-mapper/zh-CN.json';
import { SkillMapper } from '../../src/elements/skill-mapper/skill-mapper.js';
import { mapSkills } from '../../src/core/skill-map.js';
import { PROFILE_STORAGE_KEY } from '../../src/platform/profile.js';
import { captureWarnings, settled, visibleText } from '../support/helpers.js';

const en = enJson as SkillMapperContent;
const zh = zhJson as SkillMapperContent;

async function mapper(template = html`<skill-mapper></skill-mapper>`): Promise<SkillMapper> {
  const element = await fixture<SkillMapper>(template);
  await settled(element);
  return element;
}

const checkboxes = (element: SkillMapper) =>
  [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const checkedIds = (element: SkillMapper) => checkboxes(element).filter((box) => box.checked).map((box) => box.value);

describe('<skill-mapper>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('offers every specialization as a labelled checkbox', async () => {
    const element = await mapper();
    const labels = checkboxes(element).map((box) => box.closest('label')!.textContent!.trim());
    expect(labels).to.deep.equal(en.specializations.map((spec) => spec.label));
    expect(visibleText(element)).to.contain(en.specializations[0].label);
  });

  for (const [lang, content] of [
    ['en', en],
    ['zh-CN', zh],
  ] as const) {
    for (const spec of content.specializations) {
      it(`renders ${spec.id} in ${lang}: counterpart, transfers, learning order, roles, tools, project`, async () => {
        const element = await mapper(html`<skill-mapper lang=${lang} specialization=${spec.id}></skill-mapper>`);
        const text = visibleText(element);
        expect(text).to.contain(spec.analogue);
        for (const item of spec.transfers) {
          expect(text).to.contain(item.detail);
          expect(text).to.contain(item.changes);
        }
        // Learning items come in the merged order (foundations, math, niche, production), each with its resources.
        const { learn } = mapSkills(content, [spec.id]);
        const learned = [...element.shadowRoot!.querySelectorAll('ol > li')].map((li) => li.textContent!);
        expect(learned).to.have.length(learn.length);
        learn.forEach((item, index) => {
          expect(learned[index]).to.contain(item.label);
          for (const resource of item.resources) expect(learned[index]).to.contain(resource.title);
        });
        for (const roleId of spec.roles) {
          const role = content.roles.find((r) => r.id === roleId)!;
          for (const part of [role.label, role.day, role.firstHop]) expect(text).to.contain(part);
        }
        for (const tool of spec.tools) {
          const link = element.shadowRoot!.querySelector<HTMLAnchorElement>(`a[href="${tool.url}"]`);
          expect(link?.textContent).to.equal(tool.name);
          expect(text).to.contain(tool.when);
          expect(text).to.contain(tool.firstTask);
        }
        const project = spec.firstProject;
        expect(text).to.contain(project.title);
        for (const part of [project.baseline, project.scope, project.reports]) expect(text).to.contain(part);
        const data = element.shadowRoot!.querySelector<HTMLAnchorElement>(`a[href="${project.dataset.url}"]`);
        expect(data?.textContent).to.equal(project.dataset.name);
        // Every label in the picture stays inside its box; a long one is shortened there and whole in its tooltip.
        for (const node of element.shadowRoot!.querySelectorAll<SVGGElement>('.node')) {
          const box = node.querySelector('rect')!.getBBox();
          const text = node.querySelector('text')!.getBBox();
          expect(text.x + text.width, node.querySelector('title')!.textContent!).to.be.at.most(box.x + box.width);
        }
        // The diagram's words say which ML skill each transferable skill leads to.
        const diagramText = element.shadowRoot!.querySelector('.diagram-text')!.textContent!;
        for (const item of spec.transfers) {
          for (const target of item.mapsTo) {
            expect(diagramText).to.contain(content.mlSkills.find((s) => s.id === target)!.label);
          }
        }
      });
    }
  }

  it('speaks the language of the closest ancestor with lang', async () => {
    const wrapper = await fixture(html`<div lang="zh-Hans"><skill-mapper></skill-mapper></div>`);
    const element = wrapper.querySelector('skill-mapper')!;
    await settled(element);
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('你的技能在机器学习里对应什么');
    expect(checkboxes(element)[0].closest('label')!.textContent!.trim()).to.equal(zh.specializations[0].label);
  });

  it('marks an English resource as English on a Chinese page, and names its language for screen readers', async () => {
    const element = await mapper(html`<skill-mapper lang="zh-CN" specialization="backend"></skill-mapper>`);
    const english = zh.specializations.find((s) => s.id === 'backend')!.learn[0].resources.find((r) => r.lang === 'en')!;
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>(`.resource a[href="${english.url}"]`)!;
    expect(link.lang).to.equal('en');
    expect(link.closest('li')!.textContent).to.contain('英文');
    const englishPage = await mapper(html`<skill-mapper specialization="backend"></skill-mapper>`);
    const sameLink = englishPage.shadowRoot!.querySelector<HTMLAnchorElement>(`.resource a[href="${english.url}"]`)!;
    expect(sameLink.closest('li')!.textContent).to.not.contain('in English');
  });

  it('switches language when lang changes', async () => {
    const element = await mapper();
    element.setAttribute('lang', 'zh-CN');
    await new Promise((resolve) => setTimeout(resolve));
    await settled(element);
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('你的技能在机器学习里对应什么');
    element.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await settled(element);
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('Map your skills to machine learning');
  });

  it('can be operated with the keyboard alone', async () => {
    const wrapper = await fixture(html`<div><button>before</button><skill-mapper></skill-mapper></div>`);
    const element = wrapper.querySelector('skill-mapper')!;
    await settled(element);
    wrapper.querySelector('button')!.focus();

    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(checkboxes(element)[0]);
    const picked = oneEvent(element, 'skill-mapper-change');
    await sendKeys({ press: 'Space' });
    expect((await picked).detail).to.deep.equal({ specializations: [en.specializations[0].id] });

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(checkedIds(element)).to.deep.equal([en.specializations[0].id, en.specializations[1].id]);
    expect(visibleText(element)).to.contain(en.specializations[1].analogue);

    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(checkedIds(element)).to.deep.equal([en.specializations[0].id]);
  });

  it('shows a visible focus ring on the focused choice', async () => {
    const wrapper = await fixture(html`<div><button>before</button><skill-mapper></skill-mapper></div>`);
    const element = wrapper.querySelector('skill-mapper')!;
    await settled(element);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const chip = checkboxes(element)[0].closest('label')!;
    expect(getComputedStyle(chip).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(chip).outlineWidth)).to.be.at.least(2);
  });

  it('merges several specializations without repeating anything', async () => {
    const element = await mapper(html`<skill-mapper specialization="backend devops-sre"></skill-mapper>`);
    const items = [...element.shadowRoot!.querySelectorAll('.sections li')].map((li) => li.textContent!.trim());
    expect(new Set(items).size).to.equal(items.length);
    expect(visibleText(element)).to.contain(en.specializations.find((s) => s.id === 'devops-sre')!.analogue);
  });

  it('fires skill-mapper-change and leaves the page attribute alone', async () => {
    const element = await mapper();
    setTimeout(() => checkboxes(element)[1].click());
    const event = await oneEvent(element, 'skill-mapper-change');
    expect(event.detail.specializations).to.deep.equal([en.specializations[1].id]);
    expect(event.bubbles && event.composed).to.equal(true);
    await element.updateComplete;
    expect(element.hasAttribute('specialization')).to.equal(false);
    expect(element.selectedIds).to.deep.equal([en.specializations[1].id]);
  });

  it('follows the property and attribute set by the page', async () => {
    const element = await mapper();
    element.specialization = 'mobile';
    await element.updateComplete;
    expect(checkedIds(element)).to.deep.equal(['mobile']);
    element.setAttribute('specialization', 'frontend backend');
    await element.updateComplete;
    expect(checkedIds(element)).to.deep.equal(['frontend', 'backend']);
  });

  it('ignores unknown specializations with a console warning', async () => {
    let element!: SkillMapper;
    const warnings = await captureWarnings(async () => {
      element = await mapper(html`<skill-mapper specialization="backend astronaut"></skill-mapper>`);
    });
    expect(warnings.join()).to.contain('"astronaut"');
    expect(element.selectedIds).to.deep.equal(['backend']);
    expect(checkedIds(element)).to.deep.equal(['backend']);
  });

  it('remembers the choice for the next visit', async () => {
    const first = await mapper();
    checkboxes(first)[2].click();
    await first.updateComplete;
    expect(JSON.parse(localStorage.getItem(PROFILE_STORAGE_KEY)!)).to.deep.equal({
      version: 1,
      data: { specializations: [en.specializations[2].id], picked: true },
    });
    first.remove();
    const next = await mapper();
    expect(checkedIds(next)).to.deep.equal([en.specializations[2].id]);
  });

  it('passes axe in the light theme', async () => {
    const element = await mapper(html`<skill-mapper specialization="backend full-stack"></skill-mapper>`);
    await expect(element).to.be.accessible();
  });

  it('passes axe in the dark theme (system preference and forced)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const element = await mapper(html`<skill-mapper specialization="mobile data-engineering"></skill-mapper>`);
    await expect(element).to.be.accessible();
    const forced = await mapper(html`<skill-mapper theme="dark" specialization="security"></skill-mapper>`);
    await emulateMedia({ colorScheme: 'light' });
    await expect(forced).to.be.accessible();
  });

  it('passes axe in Chinese', async () => {
    const element = await mapper(html`<skill-mapper lang="zh-CN" specialization="embedded-systems"></skill-mapper>`);
    await expect(element).to.be.accessible();
  });

  it('draws the diagram in wide columns and, in a 320px column, says where skills lead in the list of what carries over', async () => {
    const wide = await mapper(html`<skill-mapper style="width: 1000px" specialization="backend"></skill-mapper>`);
    const svg = wide.shadowRoot!.querySelector('svg')!;
    expect(svg.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(svg.querySelectorAll('.link').length).to.be.greaterThan(0);
    // Drawn text stays legible: at least 12px on screen.
    const label = svg.querySelector('.node text')!;
    expect(label.getBoundingClientRect().height).to.be.at.least(12);

    const narrow = await mapper(html`<skill-mapper style="width: 320px" specialization="backend"></skill-mapper>`);
    expect(narrow.shadowRoot!.querySelector('svg')!.getBoundingClientRect().height).to.equal(0);
    const words = narrow.shadowRoot!.querySelector('.leads-to')!;
    expect(words.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(narrow.scrollWidth).to.be.at.most(320);
  });

  it('inherits the host font but never shrinks text below a legible size', async () => {
    const wrapper = await fixture(
      html`<div style="font: 10px/1 'Courier New', monospace"><skill-mapper specialization="backend"></skill-mapper></div>`,
    );
    const element = wrapper.querySelector('skill-mapper')!;
    await settled(element);
    const smallest = [...element.shadowRoot!.querySelectorAll('p, li, legend, span, h2, h3, figcaption')]
      .map((node) => parseFloat(getComputedStyle(node).fontSize))
      .reduce((a, b) => Math.min(a, b));
    expect(smallest).to.be.at.least(12);
    expect(getComputedStyle(element.shadowRoot!.querySelector('p')!).fontFamily).to.contain('Courier New');
  });

  it('registers under another tag for a host that already has <skill-mapper>', async () => {
    SkillMapper.define('company-skill-mapper');
    const element = await fixture<SkillMapper>(html`<company-skill-mapper specialization="qa-test"></company-skill-mapper>`);
    await settled(element);
    expect(element).to.be.instanceOf(SkillMapper);
    expect(visibleText(element)).to.contain(en.specializations.find((s) => s.id === 'qa-test')!.analogue);
  });

  it('ignores a second registration of the same tag without throwing', async () => {
    const warnings = await captureWarnings(() => {
      expect(SkillMapper.define()).to.equal(customElements.get('skill-mapper'));
    });
    expect(warnings).to.deep.equal([]);
  });
});
