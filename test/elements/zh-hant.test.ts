// The three elements on pages in Taiwan, Hong Kong and Macao: Traditional Chinese, loaded like zh-CN.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/index.js';
import checklistUi from '../../src/content/checklist/ui.zh-Hant.json';
import pathUi from '../../src/content/path/ui.zh-Hant.json';
import pathZhHant from '../../src/content/path/zh-Hant.json';
import skillUi from '../../src/content/skill-mapper/ui.zh-Hant.json';
import skillZhHant from '../../src/content/skill-mapper/zh-Hant.json';
import checklistZhCnUi from '../../src/content/checklist/ui.zh-CN.json';
import pathZhCnUi from '../../src/content/path/ui.zh-CN.json';
import skillZhCnUi from '../../src/content/skill-mapper/ui.zh-CN.json';
import { openAllSections, settled, visibleText } from '../support/helpers.js';

const TAGS = ['skill-mapper', 'path-recommender', 'transition-checklist'] as const;
const TRADITIONAL = { 'skill-mapper': skillUi.heading, 'path-recommender': pathUi.heading, 'transition-checklist': checklistUi.heading };
const SIMPLIFIED = { 'skill-mapper': skillZhCnUi.heading, 'path-recommender': pathZhCnUi.heading, 'transition-checklist': checklistZhCnUi.heading };

const heading = (element: Element) => element.shadowRoot!.querySelector('h2')!.textContent;

/** The three elements inside one wrapper with `lang`, each settled. */
async function underLang(lang: string): Promise<LitElement[]> {
  const wrapper = await fixture(html`<div lang=${lang}>
    <skill-mapper></skill-mapper><path-recommender></path-recommender><transition-checklist></transition-checklist>
  </div>`);
  const elements = TAGS.map((tag) => wrapper.querySelector<LitElement>(tag)!);
  for (const element of elements) await settled(element);
  return elements;
}

describe('Traditional Chinese (zh-Hant)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await emulateMedia({ colorScheme: 'light' });
  });

  // First in this file: no zh-Hant chunk has been fetched on this page yet.
  it('keeps each box while Traditional Chinese is on its way, showing no English meanwhile', async () => {
    const elements = TAGS.map((tag) => Object.assign(document.createElement(tag), { lang: 'zh-TW' }) as unknown as LitElement);
    document.body.append(...elements);
    try {
      for (const element of elements) {
        await element.updateComplete;
        const card = element.shadowRoot!.querySelector<HTMLElement>('.card')!;
        expect(card.getAttribute('aria-busy'), element.localName).to.equal('true');
        expect(getComputedStyle(card).visibility, element.localName).to.equal('hidden');
      }
      for (const element of elements) {
        await settled(element);
        expect(heading(element)).to.equal(TRADITIONAL[element.localName as (typeof TAGS)[number]]);
        expect(getComputedStyle(element.shadowRoot!.querySelector('.card')!).visibility).to.equal('visible');
      }
    } finally {
      for (const element of elements) element.remove();
    }
  });

  for (const lang of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-HK']) {
    it(`speaks Traditional Chinese under an ancestor with lang="${lang}"`, async () => {
      for (const element of await underLang(lang)) expect(heading(element)).to.equal(TRADITIONAL[element.localName as (typeof TAGS)[number]]);
    });
  }

  for (const lang of ['zh-SG', 'zh-Hans', 'zh']) {
    it(`stays in Simplified Chinese under lang="${lang}"`, async () => {
      for (const element of await underLang(lang)) expect(heading(element)).to.equal(SIMPLIFIED[element.localName as (typeof TAGS)[number]]);
    });
  }

  it('follows <html lang="zh-TW">, and its own lang over the page', async () => {
    document.documentElement.lang = 'zh-TW';
    const wrapper = await fixture(html`<div><skill-mapper></skill-mapper><skill-mapper lang="zh-CN"></skill-mapper></div>`);
    const [page, own] = [...wrapper.querySelectorAll<LitElement>('skill-mapper')];
    await settled(page);
    await settled(own);
    expect(heading(page)).to.equal(skillUi.heading);
    expect(heading(own)).to.equal(skillZhCnUi.heading);
  });

  it('switches between Simplified and Traditional when lang changes', async () => {
    const element = await fixture<LitElement>(html`<path-recommender lang="zh-CN"></path-recommender>`);
    await settled(element);
    expect(heading(element)).to.equal(pathZhCnUi.heading);
    element.setAttribute('lang', 'zh-HK');
    await new Promise((resolve) => setTimeout(resolve));
    await settled(element);
    expect(heading(element)).to.equal(pathUi.heading);
  });

  it('shows Taiwan terms and marks Simplified Chinese and English resources, but not its own', async () => {
    const element = await fixture<LitElement>(html`<skill-mapper lang="zh-TW" specialization="backend"></skill-mapper>`);
    await settled(element);
    const spec = skillZhHant.specializations.find((s) => s.id === 'backend')!;
    expect(visibleText(element)).to.contain(spec.analogue);
    const resources = [...element.shadowRoot!.querySelectorAll('.resource')];
    const simplified = resources.find((li) => li.querySelector('a')!.lang === 'zh')!;
    expect(simplified.textContent).to.contain('簡體中文');
    const english = resources.find((li) => li.querySelector('a')!.lang === 'en')!;
    expect(english.textContent).to.contain('英文');
    expect(visibleText(element)).not.to.match(/[机学习数软]/);
  });

  it('links the Traditional Chinese edition of a course where one exists', async () => {
    const element = await fixture<LitElement>(html`<path-recommender lang="zh-TW" level="junior"></path-recommender>`);
    await settled(element);
    const course = pathZhHant.resources.find((r) => r.id === 'hf-course-zh')!;
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>(`a[href="${course.url}"]`);
    expect(link, 'the zh-TW edition of the Hugging Face course').to.not.equal(null);
    expect(link!.textContent).to.equal(course.title);
  });

  const AXE_PAGES = {
    'skill-mapper': html`<div lang="zh-TW"><skill-mapper specialization="embedded-systems"></skill-mapper></div>`,
    'path-recommender': html`<div lang="zh-TW"><path-recommender level="junior"></path-recommender></div>`,
    'transition-checklist': html`<div lang="zh-TW"><transition-checklist></transition-checklist></div>`,
  };
  for (const tag of TAGS) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`passes axe in ${colorScheme}: ${tag}`, async function () {
        this.timeout(30000); // axe walks a long shadow tree; slow on a busy machine
        await emulateMedia({ colorScheme });
        const element = (await fixture(AXE_PAGES[tag])).querySelector<LitElement>(tag)!;
        await settled(element);
        if (tag === 'transition-checklist') await openAllSections(element);
        await expect(element).to.be.accessible();
      });
    }
  }
});
