// Text styling a host page gives its own prose must not reach the cards by inheritance: a centred
// app root (Vite's React template), spaced-out or uppercased text, nowrap or italic containers.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { settled } from '../support/helpers.js';

const HOST_PROSE = 'text-align: center; text-indent: 40px; letter-spacing: 4px; word-spacing: 12px; text-transform: uppercase; white-space: nowrap; font-style: italic';
const TAGS = ['skill-mapper', 'path-recommender', 'transition-checklist'];

async function inside(style: string, tag: string): Promise<HTMLElement> {
  const wrapper = await fixture(html`<div style="width: 600px; ${style}"></div>`);
  const element = document.createElement(tag);
  wrapper.append(element);
  await settled(element as never);
  return element;
}

/** Where the heading's text is drawn, relative to the heading's box. */
function headingText(element: HTMLElement) {
  const heading = element.shadowRoot!.querySelector('h2')!;
  const range = document.createRange();
  range.selectNodeContents(heading);
  const text = range.getBoundingClientRect();
  return { offset: text.left - heading.getBoundingClientRect().left, width: text.width, style: getComputedStyle(heading).fontStyle };
}

describe('host page text styles', () => {
  beforeEach(() => localStorage.clear());

  for (const tag of TAGS) {
    it(`${tag} lays its text out the same inside centred, spaced, uppercased, nowrap, italic prose`, async () => {
      const plain = await inside('', tag);
      const prose = await inside(HOST_PROSE, tag);
      const [plainHeading, proseHeading] = [headingText(plain), headingText(prose)];

      expect(proseHeading.offset, 'heading starts at the left edge: not centred, not indented').to.be.below(1);
      expect(proseHeading.width, 'heading is as wide as on a plain page: no letter spacing, no capitals').to.be.closeTo(plainHeading.width, 0.5);
      expect(proseHeading.style).to.equal('normal');
      const [plainCard, proseCard] = [plain, prose].map((element) => element.shadowRoot!.querySelector<HTMLElement>('.card')!);
      expect(proseCard.getBoundingClientRect().height, 'text wraps as on a plain page').to.be.closeTo(plainCard.getBoundingClientRect().height, 1);
      expect(proseCard.scrollWidth, 'nothing runs out of the card').to.be.at.most(proseCard.clientWidth);
    });
  }

  it('still takes the page’s font, and any of these a page sets on the tag itself', async () => {
    const wrapper = await fixture(html`<div style="font-family: 'Courier New', monospace; text-align: center">
      <skill-mapper style="letter-spacing: 2px"></skill-mapper>
    </div>`);
    const element = wrapper.querySelector('skill-mapper')!;
    await settled(element as never);
    const heading = getComputedStyle(element.shadowRoot!.querySelector('h2')!);
    expect(heading.fontFamily).to.contain('Courier New');
    expect(heading.letterSpacing).to.equal('2px');
    expect(heading.textAlign).to.equal('start');
  });
});
