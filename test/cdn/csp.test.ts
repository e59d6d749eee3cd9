import { expect, waitUntil } from '@open-wc/testing';

type PageWindow = Window & typeof globalThis & { pageErrors: string[] };

describe('a strict Content-Security-Policy with Trusted Types', () => {
  it('renders every element, loads a same-origin override, and violates nothing', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/csp.html';
    frame.width = '1000';
    frame.height = '800';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as PageWindow;
    const shadow = (tag: string) => win.document.querySelector(tag)?.shadowRoot;
    await waitUntil(
      () => ['skill-mapper', 'path-recommender', 'transition-checklist'].every((tag) => shadow(tag)?.querySelector('[aria-busy="false"]')),
      'elements did not render under CSP',
      { timeout: 8000 },
    );
    expect(shadow('skill-mapper')!.querySelector('svg .link')).to.not.equal(null);
    expect(shadow('transition-checklist')!.textContent).to.contain('At Acme');
    // Styles apply (adopted stylesheets are allowed under style-src 'self').
    expect(win.getComputedStyle(shadow('path-recommender')!.querySelector('.phase')!).borderInlineStartWidth).to.equal('4px');
    // The reader can still act and export under the policy.
    shadow('transition-checklist')!.querySelector<HTMLInputElement>('.items input')!.click();
    const markdown = await (win.document.querySelector('transition-checklist') as unknown as { toMarkdown(): Promise<string> }).toMarkdown();
    expect(markdown).to.contain('- [x]');
    expect(win.pageErrors).to.deep.equal([]);
  });
});
