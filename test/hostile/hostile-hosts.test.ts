// The CDN build on host pages nobody here controls (test/fixtures/hosts/), each inside an iframe.
// On every page: the elements render, nothing lands in the console, the keyboard reaches them,
// axe finds nothing, nothing overflows sideways and no text is smaller than 12px.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';

type HostWindow = Window & typeof globalThis & { pageErrors: string[]; axe?: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };

const TAGS = ['skill-mapper', 'kit-skill-mapper', 'path-recommender', 'transition-checklist'];

/** Every kit element on the page, including those inside other components' shadow roots. */
function kitElements(root: Document | ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].flatMap((node) => [
    ...(TAGS.includes(node.localName) && node.shadowRoot ? [node] : []),
    ...(node.shadowRoot && !TAGS.includes(node.localName) ? kitElements(node.shadowRoot) : []),
  ]);
}

async function open(page: string, width = 1000): Promise<{ win: HostWindow; elements: HTMLElement[] }> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '700';
  frame.src = `/test/fixtures/hosts/${page}.html`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as HostWindow;
  await waitUntil(() => kitElements(win.document).length === 3, `${page}: elements missing`, { timeout: 8000 });
  const elements = kitElements(win.document);
  await waitUntil(() => elements.every((el) => el.shadowRoot!.querySelector('[aria-busy="false"]')), `${page}: not rendered`, { timeout: 8000 });
  return { win, elements };
}

function smallestText(elements: HTMLElement[]): { size: number; text: string } {
  let smallest = { size: Infinity, text: '' };
  for (const element of elements) {
    for (const node of element.shadowRoot!.querySelectorAll('*')) {
      const text = [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.textContent!.trim()).join('');
      if (!text || node.closest('.visually-hidden')) continue;
      const box = node.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // SVG text is scaled with its drawing: judge it by its drawn height.
      const size = node instanceof SVGElement ? box.height : parseFloat(getComputedStyle(node).fontSize);
      if (size < smallest.size) smallest = { size, text };
    }
  }
  return smallest;
}

async function axeViolations(win: HostWindow): Promise<string[]> {
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    win.document.head.append(script);
    await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  }
  const result = await win.axe!.run(win.document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
  return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
}

const PAGES: [string, number?][] = [['tiny-root'], ['rtl'], ['narrow', 360], ['twice'], ['taken'], ['shadow'], ['dark']];

describe('hostile hosts', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const [page, width] of PAGES) {
    it(`${page}: renders, stays quiet, reachable by keyboard, accessible, no overflow, legible`, async () => {
      if (page === 'dark') await emulateMedia({ colorScheme: 'dark' });
      const { win, elements } = await open(page, width);

      expect(win.pageErrors, 'console and page errors').to.deep.equal([]);
      const doc = win.document.documentElement;
      expect(doc.scrollWidth, 'page overflows sideways').to.be.at.most(doc.clientWidth);
      for (const element of elements) {
        const card = element.shadowRoot!.querySelector<HTMLElement>('.card')!;
        const wide = [...card.querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > card.getBoundingClientRect().right + 1).map((n) => `${n.localName}.${n.className}`).slice(0, 5);
        expect(card.scrollWidth, `${element.localName} overflows: ${wide.join(' ')}`).to.be.at.most(card.clientWidth + 1);
      }
      const smallest = smallestText(elements);
      expect(smallest.size, `smallest text: "${smallest.text}"`).to.be.at.least(12);
      expect(await axeViolations(win)).to.deep.equal([]);

      // Tab from the top of the page reaches the first element's first control.
      win.focus();
      win.document.body.tabIndex = -1;
      win.document.body.focus();
      await sendKeys({ press: 'Tab' });
      const first = elements[0].shadowRoot!.activeElement;
      expect(first, 'keyboard focus did not enter the first element').to.not.equal(null);
      expect(['input', 'button', 'select']).to.include(first!.localName);
    });
  }

  it('taken: leaves the page’s own <skill-mapper> alone', async () => {
    const { win } = await open('taken');
    const own = win.document.querySelector('skill-mapper')!;
    expect(own.shadowRoot).to.equal(null);
    expect(own.textContent).to.equal('the page’s own skill-mapper');
  });
});
