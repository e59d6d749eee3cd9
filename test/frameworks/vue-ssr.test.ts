// Vue 3 after server rendering: docs/recipes/vue.vue compiled with the compilerOptions of
// docs/recipes/vue.vite.config.ts, rendered by @vue/server-renderer in Node, hydrated here by
// createSSRApp. Vue resolves no component, its event fires, and its re-patching of the page's
// attribute does not override the reader's saved choice.
import { expect, waitUntil } from '@open-wc/testing';
import { checkedIds, chip, currentTags, openServerRendered } from './ssr-support.js';

describe('Vue server rendering and hydration', function () {
  // The server renders and bundles each page on first request: slow on a busy machine.
  this.timeout(60000);
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('renders the tag as a custom element, fires @skill-mapper-change and keeps the reader choice', async () => {
    const { doc, messages, sentTags } = await openServerRendered('/test/ssr/vue.html', { specializations: ['security'], picked: true });
    expect(sentTags).to.deep.equal(['<skill-mapper specialization="backend">']);
    const mapper = doc.querySelector('skill-mapper')!;
    const said = doc.querySelector('#app > p')!;
    await waitUntil(
      () => {
        if (said.textContent !== 'Pick your specialization above.') return true;
        if (!chip(mapper, 'mobile').checked) chip(mapper, 'mobile').click();
        return false;
      },
      '@skill-mapper-change never reached Vue',
      { interval: 100, timeout: 5000 },
    );
    // Hydrated: Vue has set the page's specialization again, and the reader's choice still wins.
    expect(said.textContent).to.equal('You picked: mobile, security');
    expect(checkedIds(mapper)).to.deep.equal(['mobile', 'security']);
    expect(currentTags(doc)).to.deep.equal(sentTags);
    expect(messages()).to.deep.equal([]);
  });
});
