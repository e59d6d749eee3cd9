import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { SkillMapper } from '../../src/elements/skill-mapper/skill-mapper.js';
import { settled } from '../support/helpers.js';

const luminance = (color: string) => {
  const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};
const cardBackground = (element: Element) => getComputedStyle(element.shadowRoot!.querySelector('.card')!).backgroundColor;

describe('theming and embedding', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('takes colours, radius and font from --mltk-* custom properties', async () => {
    const root = await fixture(html`<div>
      <style>
        .branded { --mltk-color-accent: rgb(200, 0, 0); --mltk-radius: 0px; --mltk-font-family: 'Courier New', monospace; }
      </style>
      <skill-mapper class="branded" specialization="backend"></skill-mapper>
    </div>`);
    const element = root.querySelector('skill-mapper')!;
    await settled(element);
    const chip = element.shadowRoot!.querySelector('.choice:has(input:checked)')!;
    expect(getComputedStyle(chip).backgroundColor).to.equal('rgb(200, 0, 0)');
    expect(getComputedStyle(element.shadowRoot!.querySelector('.card')!).borderRadius).to.equal('0px');
    expect(getComputedStyle(element.shadowRoot!.querySelector('h2')!).fontFamily).to.contain('Courier New');
  });

  it('lets the page style the main surfaces through ::part', async () => {
    const root = await fixture(html`<div>
      <style>
        path-recommender::part(phase) { border-width: 5px; }
        transition-checklist::part(section) { outline: 3px dotted rgb(0, 128, 0); }
        skill-mapper::part(base) { border-width: 6px; }
      </style>
      <skill-mapper></skill-mapper><path-recommender></path-recommender><transition-checklist></transition-checklist>
    </div>`);
    const [mapper, path, checklist] = root.querySelectorAll('skill-mapper, path-recommender, transition-checklist');
    await Promise.all([mapper, path, checklist].map((el) => settled(el as SkillMapper)));
    expect(getComputedStyle(mapper.shadowRoot!.querySelector('[part~=base]')!).borderTopWidth).to.equal('6px');
    expect(getComputedStyle(path.shadowRoot!.querySelector('[part~=phase]')!).borderTopWidth).to.equal('5px');
    expect(getComputedStyle(checklist.shadowRoot!.querySelector('[part~=section]')!).outlineStyle).to.equal('dotted');
  });

  it('follows the system colour scheme by default and the theme attribute when set', async () => {
    const auto = await fixture<SkillMapper>(html`<skill-mapper></skill-mapper>`);
    const dark = await fixture<SkillMapper>(html`<skill-mapper theme="dark"></skill-mapper>`);
    const light = await fixture<SkillMapper>(html`<skill-mapper theme="light"></skill-mapper>`);
    expect(luminance(cardBackground(auto))).to.be.above(0.9);
    expect(luminance(cardBackground(dark))).to.be.below(0.2);
    await emulateMedia({ colorScheme: 'dark' });
    expect(luminance(cardBackground(auto))).to.be.below(0.2);
    expect(luminance(cardBackground(light))).to.be.above(0.9);
  });

  it('shows light-DOM fallback content until the element is defined, then only the element', async () => {
    const element = await fixture(html`<fallback-mapper><p>Read our guide to moving into ML.</p></fallback-mapper>`);
    const fallback = element.querySelector('p')!;
    expect(fallback.getBoundingClientRect().height).to.be.above(0);
    SkillMapper.define('fallback-mapper');
    await settled(element as SkillMapper);
    expect(fallback.getBoundingClientRect().height).to.equal(0);
    expect(element.shadowRoot!.querySelector('h2')).to.not.equal(null);
  });

  it('keeps its box while another language is on its way, showing no English meanwhile', async () => {
    const element = document.createElement('path-recommender');
    element.setAttribute('lang', 'zh-CN');
    document.body.append(element);
    try {
      await (element as unknown as SkillMapper).updateComplete;
      const card = element.shadowRoot!.querySelector<HTMLElement>('.card')!;
      // Chinese has not been fetched on this page yet, so the first render is still waiting for it.
      expect(card.getAttribute('aria-busy')).to.equal('true');
      expect(getComputedStyle(card).visibility).to.equal('hidden');
      expect(element.getBoundingClientRect().height).to.be.above(400);
      await settled(element as unknown as SkillMapper);
      expect(getComputedStyle(card).visibility).to.equal('visible');
    } finally {
      element.remove();
    }
  });

  it('lets the page reserve the box with :state(loading) until the element has fully rendered', async () => {
    const root = await fixture(html`<div>
      <style>
        skill-mapper.reserved { display: block; }
        skill-mapper.reserved:state(loading) { min-height: 900px; }
      </style>
    </div>`);
    const element = document.createElement('skill-mapper');
    element.className = 'reserved';
    root.append(element);
    expect(element.matches(':state(loading)')).to.equal(true);
    expect(element.getBoundingClientRect().height).to.be.at.least(900);
    await settled(element as SkillMapper);
    expect(element.matches(':state(loading)')).to.equal(false);
    expect(element.getBoundingClientRect().height).to.be.below(900);
  });

  it('honours prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await fixture<SkillMapper>(html`<skill-mapper specialization="mobile"></skill-mapper>`);
    await settled(element);
    for (const node of element.shadowRoot!.querySelectorAll('*')) {
      expect(getComputedStyle(node).transitionDuration).to.match(/^0s(, 0s)*$/);
    }
    await emulateMedia({ reducedMotion: 'no-preference' });
  });
});
