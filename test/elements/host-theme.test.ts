// theme="auto" follows the host page's own dark-mode toggle: the markers docs sites and CSS
// frameworks put on <html> and <body>, live, before the reader's system setting.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { settled } from '../support/helpers.js';

const DARK = 'rgb(22, 27, 34)';
const LIGHT = 'rgb(255, 255, 255)';
const TAGS = ['skill-mapper', 'path-recommender', 'transition-checklist'];
const cardBackground = (element: Element) => getComputedStyle(element.shadowRoot!.querySelector('.card')!).backgroundColor;

type Marker = [name: string, set: () => void, clear: () => void];
const root = document.documentElement;
const body = document.body;
const MARKERS: Marker[] = [
  ['data-theme="dark" on <html> (Docusaurus)', () => root.setAttribute('data-theme', 'dark'), () => root.removeAttribute('data-theme')],
  ['data-theme="dark" on <body>', () => body.setAttribute('data-theme', 'dark'), () => body.removeAttribute('data-theme')],
  ['class="dark" on <html> (Tailwind)', () => root.classList.add('dark'), () => root.classList.remove('dark')],
  ['class="dark" on <body>', () => body.classList.add('dark'), () => body.classList.remove('dark')],
  ['data-md-color-scheme="slate" on <body> (MkDocs Material)', () => body.setAttribute('data-md-color-scheme', 'slate'), () => body.setAttribute('data-md-color-scheme', 'default')],
  ['color-scheme: dark on the root', () => (root.style.colorScheme = 'dark'), () => root.style.removeProperty('color-scheme')],
];

async function elements(): Promise<HTMLElement[]> {
  const wrapper = await fixture(html`<div><skill-mapper></skill-mapper><path-recommender></path-recommender><transition-checklist theme="auto"></transition-checklist></div>`);
  const found = [...wrapper.children] as HTMLElement[];
  await Promise.all(found.map((element) => settled(element as never)));
  return found;
}

describe('theme="auto" and the host page’s own dark mode', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    for (const [, , clear] of MARKERS) clear();
    body.removeAttribute('data-md-color-scheme');
    document.querySelector('meta[name="color-scheme"]')?.remove();
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const [name, set, clear] of MARKERS) {
    it(`${name} turns every element dark, and back to light live when the toggle flips back`, async () => {
      const found = await elements();
      expect(found.map(cardBackground)).to.deep.equal([LIGHT, LIGHT, LIGHT]);
      set();
      await nextFrame();
      expect(found.map(cardBackground), 'after the toggle turned the page dark').to.deep.equal([DARK, DARK, DARK]);
      clear();
      await nextFrame();
      expect(found.map(cardBackground), 'after the toggle turned the page light again').to.deep.equal([LIGHT, LIGHT, LIGHT]);
    });
  }

  it('an element added to an already dark page starts dark, the <meta name="color-scheme"> included', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'dark' });
    document.head.append(meta);
    const found = await elements();
    expect(found.map(cardBackground)).to.deep.equal([DARK, DARK, DARK]);
  });

  it('an explicit theme beats the page’s marker', async () => {
    root.setAttribute('data-theme', 'dark');
    const light = await fixture(html`<skill-mapper theme="light"></skill-mapper>`);
    await settled(light as never);
    expect(cardBackground(light)).to.equal(LIGHT);
    root.setAttribute('data-theme', 'light');
    const dark = await fixture(html`<path-recommender theme="dark"></path-recommender>`);
    await settled(dark as never);
    expect(cardBackground(dark)).to.equal(DARK);
  });

  it('the page’s marker beats the reader’s system setting, which applies when there is none', async () => {
    const found = await elements();
    await emulateMedia({ colorScheme: 'dark' });
    expect(found.map(cardBackground), 'no marker: the system setting').to.deep.equal([DARK, DARK, DARK]);
    root.setAttribute('data-theme', 'light');
    await nextFrame();
    expect(found.map(cardBackground), 'a light page for a reader who prefers dark').to.deep.equal([LIGHT, LIGHT, LIGHT]);
    await emulateMedia({ colorScheme: 'light' });
    body.setAttribute('data-md-color-scheme', 'slate');
    await nextFrame();
    expect(found.map(cardBackground), 'a dark page for a reader who prefers light').to.deep.equal([DARK, DARK, DARK]);
  });

  it('watches the page with one observer for all elements, and stops when none is connected', async () => {
    // Counts only the observers that watch the page's colour markers (Lit and others have their own).
    const Native = window.MutationObserver;
    const live = new Set<MutationObserver>();
    const watchers = new Set<MutationObserver>();
    window.MutationObserver = class extends Native {
      override observe(target: Node, options?: MutationObserverInit) {
        if (target === root && options?.attributeFilter?.includes('data-theme')) {
          watchers.add(this);
          live.add(this);
        }
        super.observe(target, options);
      }
      override disconnect() {
        live.delete(this);
        super.disconnect();
      }
    };
    try {
      const wrapper = document.createElement('div');
      document.body.append(wrapper);
      wrapper.innerHTML = TAGS.map((tag) => `<${tag}></${tag}><${tag}></${tag}>`).join('');
      expect([watchers.size, live.size], 'six elements connected').to.deep.equal([1, 1]);
      wrapper.firstElementChild!.remove();
      expect(live.size, 'five still connected').to.equal(1);
      wrapper.remove();
      expect(live.size, 'none connected').to.equal(0);
      document.body.append(wrapper);
      expect([watchers.size, live.size], 'connected again').to.deep.equal([2, 1]);
      root.classList.add('dark');
      await nextFrame();
      expect(getComputedStyle(wrapper.firstElementChild!).colorScheme, 'still following').to.equal('dark');
      wrapper.remove();
    } finally {
      window.MutationObserver = Native;
    }
  });
});
