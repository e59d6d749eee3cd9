// `fallback="id"`: fallback content a host moved out of the tags (Python-Markdown does) is hidden
// once the element has rendered, as the fallback inside the tags is.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { captureWarnings, settled } from '../support/helpers.js';

const shown = (element: Element) => element.getBoundingClientRect().height > 0;

describe('fallback content outside the tags', () => {
  beforeEach(() => localStorage.clear());

  for (const tag of ['skill-mapper', 'path-recommender', 'transition-checklist']) {
    it(`${tag} hides the element its fallback attribute names once it has rendered, not before`, async () => {
      const page = await fixture(html`<div><p><span></span></p><p id="${tag}-fallback">Read our guide to moving into ML.</p></div>`);
      const fallback = page.querySelector(`#${tag}-fallback`)!;
      const element = document.createElement(tag);
      element.setAttribute('fallback', `${tag}-fallback`);
      page.querySelector('span')!.replaceWith(element); // where Python-Markdown leaves it: in a <p> of its own
      await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(shown(fallback), 'still shown while the element is loading').to.equal(true);
      await settled(element as never);
      expect(shown(fallback), 'hidden once the element has rendered').to.equal(false);
      expect(shown(element)).to.equal(true);
    });
  }

  it('never hides the element itself, a wrapper around it, or anything when the id names nothing, and says so', async () => {
    const warnings = await captureWarnings(async () => {
      const page = await fixture(html`<div id="wrapper">
        <skill-mapper id="self" fallback="self"></skill-mapper>
        <path-recommender fallback="wrapper"></path-recommender>
        <transition-checklist fallback="no such id"></transition-checklist>
      </div>`);
      const elements = [...page.children];
      await Promise.all(elements.map((element) => settled(element as never)));
      expect(shown(page)).to.equal(true);
      expect(elements.map(shown)).to.deep.equal([true, true, true]);
    });
    expect(warnings).to.deep.equal([
      '<skill-mapper>: ignoring unknown fallback "self".',
      '<path-recommender>: ignoring unknown fallback "wrapper".',
      '<transition-checklist>: ignoring unknown fallback "no such id".',
    ]);
  });

  it('a fallback property of another type is warned about, never thrown into the page', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const warnings = await captureWarnings(async () => {
        const element = await fixture(html`<skill-mapper></skill-mapper>`);
        (element as unknown as { fallback: unknown }).fallback = Symbol('fallback');
        await settled(element as never);
      });
      expect(warnings).to.deep.equal(['<skill-mapper>: ignoring unknown fallback Symbol(fallback).']);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('looks the id up in its own shadow root when it lives in one', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<skill-mapper fallback="inner"></skill-mapper><p id="inner">Fallback.</p>';
    const outer = Object.assign(document.createElement('p'), { id: 'inner', textContent: 'The page’s own paragraph.' });
    host.after(outer);
    await settled(root.querySelector('skill-mapper') as never);
    expect(shown(root.getElementById('inner')!)).to.equal(false);
    expect(shown(outer), 'the page’s element with the same id is not touched').to.equal(true);
    outer.remove();
  });
});
