// What a page embedding the elements needs: headings that fit its outline, Chinese punctuation in
// Chinese, resources marked when they are in another language, sources as links.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/elements/path-recommender/define.js';
import '../../src/elements/skill-mapper/define.js';
import '../../src/elements/transition-checklist/define.js';
import type { KitElement } from '../../src/platform/kit-element.js';
import { captureWarnings, openAllSections, settled, visibleText } from '../support/helpers.js';

async function render(template: TemplateResult): Promise<KitElement<object>> {
  const element = await fixture<KitElement<object>>(template);
  await settled(element);
  return element;
}

const kinds = [
  ['skill-mapper', (extra: string) => html`<skill-mapper specialization="backend" heading-level=${extra}></skill-mapper>`],
  ['path-recommender', (extra: string) => html`<path-recommender direction="backend" heading-level=${extra}></path-recommender>`],
  ['transition-checklist', (extra: string) => html`<transition-checklist heading-level=${extra}></transition-checklist>`],
] as const;

/** Every heading as assistive technology reads it: level and text. */
const outline = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll('h2, h3, h4, h5, h6')].map((heading) => ({
    level: Number(heading.getAttribute('aria-level') ?? heading.localName[1]),
    tag: heading.localName,
  }));

describe('embedding details', () => {
  beforeEach(() => localStorage.clear());

  for (const [tag, template] of kinds) {
    it(`<${tag}> puts its heading at the level the page asks for, and its inner headings below it`, async function () {
      this.timeout(30_000); // axe over a long shadow tree
      const element = await render(template('4'));
      const headings = outline(element);
      expect(headings[0].level).to.equal(4);
      expect(element.shadowRoot!.querySelector('#heading')!.getAttribute('role')).to.equal('heading');
      for (const heading of headings.slice(1)) expect(heading.level, heading.tag).to.equal(Math.min(6, Number(heading.tag[1]) + 2));
      await expect(element).to.be.accessible();
      // Back to the default, the headings are plain again.
      element.removeAttribute('heading-level');
      await element.updateComplete;
      expect(outline(element)[0].level).to.equal(2);
      expect(element.shadowRoot!.querySelector('[aria-level]')).to.equal(null);
    });

    it(`<${tag}> hides its heading from view on request, and keeps it as the name of its region`, async function () {
      this.timeout(30_000); // axe over a long shadow tree
      const element = await render(template(''));
      element.hideHeading = true;
      await element.updateComplete;
      expect(element.hasAttribute('hide-heading')).to.equal(true);
      const heading = element.shadowRoot!.querySelector<HTMLElement>('#heading')!;
      expect(heading.getBoundingClientRect().height).to.be.at.most(1);
      const region = element.shadowRoot!.querySelector('section.card')!;
      expect(region.getAttribute('aria-labelledby')).to.equal('heading');
      expect(heading.textContent!.trim()).to.not.equal('');
      await expect(element).to.be.accessible();
    });
  }

  it('ignores a heading level outside 2–6 with one warning, keeping h2', async () => {
    let element: KitElement<object> | undefined;
    const warnings = await captureWarnings(async () => {
      element = await render(html`<transition-checklist heading-level="9"></transition-checklist>`);
    });
    expect(warnings.join('\n')).to.contain('heading-level');
    expect(outline(element!)[0].level).to.equal(2);
  });

  it('lists skills the Chinese way in Chinese, and the English way in English', async () => {
    const zh = await render(html`<skill-mapper lang="zh-CN" specialization="backend"></skill-mapper>`);
    const zhLists = [...zh.shadowRoot!.querySelectorAll('.diagram-text .to')].map((to) => to.textContent!);
    expect(zhLists.some((text) => text.includes('、') || text.includes('和'))).to.equal(true);
    for (const text of zhLists) expect(text).to.not.contain(', ');
    const en = await render(html`<skill-mapper specialization="backend"></skill-mapper>`);
    const enLists = [...en.shadowRoot!.querySelectorAll('.diagram-text .to')].map((to) => to.textContent!);
    expect(enLists.some((text) => text.includes(' and '))).to.equal(true);
  });

  it('uses no English separators around Chinese text on Chinese pages', async () => {
    for (const template of [
      html`<skill-mapper lang="zh-CN" specialization="backend mobile"></skill-mapper>`,
      html`<path-recommender lang="zh-CN" direction="backend" structure="structured"></path-recommender>`,
      html`<transition-checklist lang="zh-CN"></transition-checklist>`,
    ]) {
      const text = visibleText(await render(template));
      // A Latin comma or parenthesis right after a Chinese character is a template's, not the content's;
      // so is a space after a full-width colon.
      expect(text.match(/[\u4e00-\u9fff][,(;]|： /g) ?? [], text.slice(0, 80)).to.deep.equal([]);
    }
  });

  it('marks resources in another language than the page, with their lang, in both elements that list resources', async () => {
    for (const template of [
      html`<skill-mapper lang="zh-CN" specialization="backend"></skill-mapper>`,
      html`<path-recommender lang="zh-CN" direction="backend"></path-recommender>`,
    ]) {
      const element = await render(template);
      // The path folds every phase but the current one (issue 16): open them all, as a reader would.
      await openAllSections(element as HTMLElement & { updateComplete: Promise<unknown> });
      const resources = [...element.shadowRoot!.querySelectorAll('li.resource')];
      expect(resources.length).to.be.greaterThan(2);
      for (const resource of resources) {
        const link = resource.querySelector('a')!;
        expect(['en', 'zh']).to.include(link.lang);
        const facts = resource.querySelector('.muted')!.textContent!;
        if (link.lang === 'en') expect(facts, link.textContent!).to.contain('英文');
        else expect(facts).to.not.contain('英文');
      }
    }
    // On an English page, English resources need no label.
    const english = await render(html`<path-recommender direction="backend"></path-recommender>`);
    expect(visibleText(english)).to.not.contain('in English');
  });

  it('links each source that has an address, in every element', async () => {
    for (const template of [
      html`<skill-mapper specialization="devops-sre"></skill-mapper>`,
      html`<path-recommender></path-recommender>`,
      html`<transition-checklist></transition-checklist>`,
    ]) {
      const element = await render(template);
      const linked = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.sources a')];
      expect(linked.length, element.localName).to.be.greaterThan(0);
      for (const link of linked) expect(link.href).to.match(/^https:\/\//);
    }
  });

  it('marks each published source title with its language and shows it as published, in every element and language', async () => {
    const PUBLISHED = new Map([
      ['Transitioning from Software Engineering to Machine Learning Engineering', 'en'],
      ['Make the Switch from Software Engineer to ML Engineer', 'en'],
      ['从软件工程师转型为机器学习工程师', 'zh'], // Simplified in Traditional Chinese too, as published
    ]);
    const seen = new Set<string>();
    for (const tag of ['skill-mapper', 'path-recommender', 'transition-checklist']) {
      for (const lang of ['en', 'zh-CN', 'zh-TW']) {
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        const widget = document.createElement(tag) as KitElement<object>;
        widget.lang = lang;
        if (tag === 'skill-mapper') widget.setAttribute('specialization', 'devops-sre'); // cites both articles
        await settled(host.appendChild(widget));
        for (const item of widget.shadowRoot!.querySelectorAll('.sources li')) {
          const title = item.querySelector<HTMLElement>('a, span');
          const published = title && PUBLISHED.get(title.textContent!);
          if (published) {
            expect(title.lang, `${tag} ${lang}: ${title.textContent}`).to.equal(published);
            seen.add(`${title.textContent} ${lang}`);
          } else {
            // An untitled source is described in the page's own language: nothing to mark.
            expect(item.querySelector('[lang]'), `${tag} ${lang}: ${item.textContent}`).to.equal(null);
          }
        }
      }
    }
    for (const title of PUBLISHED.keys()) for (const lang of ['en', 'zh-CN', 'zh-TW']) expect([...seen]).to.include(`${title} ${lang}`);
  });

  it('never breaks a phase length such as "4–7 周" across lines on a folded phase', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><path-recommender lang="zh-CN" direction="backend"></path-recommender></div>`,
    );
    const element = wrapper.firstElementChild as KitElement<object>;
    await settled(element);
    const weeks = [...element.shadowRoot!.querySelectorAll('.phase .fold .weeks')];
    expect(weeks.length).to.be.greaterThan(5);
    for (const span of weeks) {
      expect(span.textContent).to.match(/^\d+(–\d+)? 周$/);
      expect(span.getClientRects().length, span.textContent!).to.equal(1);
    }
  });
});
