import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { LitElement } from 'lit';
import { settled } from '../support/helpers.js';

/**
 * Every size and weight of the page's font that the kit shows is a font the browser looks up on the
 * first layout (a system call per family in the page's stack, per strike): on a fresh page those
 * lookups were a third of the first layout's time. The kit keeps to a small scale of the host's
 * font: body, small, a heading's size and the element's own heading, in regular and bold.
 */
const HOST_SIZE = 20;
const SCALE = new Set([1, 0.875, 1.17, 1.5].map((ratio) => +(HOST_SIZE * ratio).toFixed(2)));
const WEIGHTS = new Set(['400', '700']);

/** Size, weight and style of every element that shows text or is a form control, in all shadow roots. */
function fontsShown(root: ParentNode): Set<string> {
  const fonts = new Set<string>();
  for (const element of root.querySelectorAll('*')) {
    const showsText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
    if ((showsText || element.matches('input, select, button, textarea')) && element.getClientRects().length) {
      const style = getComputedStyle(element);
      fonts.add(`${+parseFloat(style.fontSize).toFixed(2)} ${style.fontWeight} ${style.fontStyle}`);
    }
    if (element.shadowRoot) for (const font of fontsShown(element.shadowRoot)) fonts.add(font);
  }
  return fonts;
}

describe('the type scale', () => {
  beforeEach(() => localStorage.clear());

  it('shows the first view of all three elements in four sizes of the host font, regular and bold', async () => {
    const page = await fixture(html`<div style="font: ${HOST_SIZE}px/1.6 Georgia, serif; width: 760px">
      <skill-mapper specialization="backend"></skill-mapper>
      <path-recommender level="mid" hours-per-week="8"></path-recommender>
      <transition-checklist></transition-checklist>
    </div>`);
    for (const element of page.querySelectorAll<LitElement>('skill-mapper, path-recommender, transition-checklist')) await settled(element);

    const fonts = fontsShown(page);
    const off = [...fonts].filter((font) => {
      const [size, weight, style] = font.split(' ');
      return !SCALE.has(+size) || !WEIGHTS.has(weight) || style !== 'normal';
    });
    expect(off, `fonts outside the scale (size weight style): ${off.join(', ')}`).to.deep.equal([]);
    // The scale is in use, not just allowed: body text, small print and headings all appear.
    expect([...fonts].map((font) => +font.split(' ')[0])).to.include.members([...SCALE]);
  });
});
