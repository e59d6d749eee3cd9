// The CDN build minifies the path's templates; compact-html must still drop there all the
// whitespace it drops from the source, or every copy of the element carries those text nodes.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/path-recommender/define.js';
import type { PathRecommender } from '../../src/elements/path-recommender/path-recommender.js';
import { settled } from '../support/helpers.js';

const nodesIn = (root: ShadowRoot) => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
};

describe('the CDN build of <path-recommender>', () => {
  beforeEach(() => localStorage.clear());

  it('has no more nodes than the same path rendered from the source', async () => {
    const source = await fixture<PathRecommender>(html`<path-recommender level="mid" hours-per-week="8"></path-recommender>`);
    await settled(source);

    const frame = document.createElement('iframe');
    frame.src = `/test/fixtures/cdn-single.html?element=path-recommender&lang=en&attrs=${encodeURIComponent('level=mid&hours-per-week=8')}`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const built = () => frame.contentDocument!.querySelector('path-recommender')?.shadowRoot;
    await waitUntil(() => built()?.querySelector('[aria-busy="false"]'), 'the CDN element did not render', { timeout: 8000 });
    try {
      expect(built()!.textContent!.replace(/\s+/g, '')).to.equal(source.shadowRoot!.textContent!.replace(/\s+/g, '')); // the same path
      expect(nodesIn(built()!)).to.be.at.most(nodesIn(source.shadowRoot!));
    } finally {
      frame.remove();
    }
  });
});
