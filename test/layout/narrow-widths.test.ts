// Nothing may escape its box on a phone: each element, at 320 and 390 CSS px, in English and
// Chinese, in the 18 px serif of the demo blog, with a specialization chosen and every folded part open.
import { expect, html } from '@open-wc/testing';
import '../../src/elements/path-recommender/define.js';
import '../../src/elements/skill-mapper/define.js';
import '../../src/elements/transition-checklist/define.js';
import { inColumn, openAllSections, settled } from '../support/helpers.js';

/** Every element under `root`, through shadow roots. */
function* descendants(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* descendants(element.shadowRoot);
  }
}

/** True for text clipped away on purpose (visually hidden), in its own box or an ancestor's. */
function clipped(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (getComputedStyle(node).clipPath !== 'none') return true;
  }
  return false;
}

/** The box a descendant must stay inside: its parent's, or the host's for the shadow root's children. */
const parentBox = (element: Element, host: HTMLElement) => (element.parentElement ?? host).getBoundingClientRect();

/**
 * What sticks out of its parent's box (and so out of its card) sideways, or scrolls sideways
 * inside itself, described for the failure message.
 */
function escapes(host: HTMLElement): string[] {
  const found: string[] = [];
  const name = (element: Element) =>
    `<${element.localName}${element.id ? `#${element.id}` : ''}${typeof element.className === 'string' && element.className.trim() ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}> "${(element.textContent ?? '').trim().slice(0, 40)}"`;
  for (const element of [host, ...descendants(host.shadowRoot!)]) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue; // not rendered (display: none, a closed part)
    if (clipped(element)) continue; // visually hidden: there for screen readers, drawn nowhere
    const box = element === host ? host.parentElement!.getBoundingClientRect() : parentBox(element, host);
    if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) {
      found.push(`${name(element)} spans ${Math.round(rect.left - box.left)}…${Math.round(rect.right - box.left)} of its parent's ${Math.round(box.width)} px`);
    }
    if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible') {
      found.push(`${name(element)} scrolls sideways: ${element.scrollWidth} > ${element.clientWidth}`);
    }
  }
  return found;
}

const elements = [
  ['skill-mapper', (lang: string) => html`<skill-mapper lang=${lang} specialization="backend embedded-systems"></skill-mapper>`],
  ['path-recommender', (lang: string) => html`<path-recommender lang=${lang} direction="backend" structure="structured" hours-per-week="4"></path-recommender>`],
  ['transition-checklist', (lang: string) => html`<transition-checklist lang=${lang}></transition-checklist>`],
] as const;

describe('narrow screens', () => {
  beforeEach(() => localStorage.clear());

  for (const width of [320, 390]) {
    for (const lang of ['en', 'zh-CN']) {
      for (const [tag, template] of elements) {
        it(`<${tag}> keeps everything inside its box at ${width} px in ${lang}`, async () => {
          const element = await inColumn(width, template(lang));
          await openAllSections(element);
          await settled(element);
          expect(escapes(element)).to.deep.equal([]);
        });
      }
    }
  }
});
