// React 19 after server rendering: react-dom/server renders docs/recipes/react-ssr.tsx (and a bare
// tag) in Node, hydrateRoot hydrates it here. The components' events fire after hydration, the
// server's attributes stay as sent, and React logs no hydration warning.
import { expect, waitUntil } from '@open-wc/testing';
import { checkedIds, chip, currentTags, openServerRendered } from './ssr-support.js';

describe('React server rendering and hydration', function () {
  // The server renders and bundles each page on first request: slow on a busy machine.
  this.timeout(60000);
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('fires onSkillMapperChange after hydration, keeps the server attributes and logs no mismatch', async () => {
    // A returning reader whose saved choice differs from both pages' presets.
    const { doc, messages, sentTags } = await openServerRendered('/test/ssr/react.html', { specializations: ['mobile'], picked: true });
    const [component, , bare] = doc.querySelectorAll('skill-mapper, path-recommender');
    expect(currentTags(doc)).to.deep.equal(sentTags);
    expect(checkedIds(component)).to.deep.equal(['mobile']);
    expect(checkedIds(bare)).to.deep.equal(['mobile']);

    const said = doc.querySelector('#root > p')!;
    expect(said.textContent).to.equal('Pick your specialization above.');
    // Hydration is asynchronous: the reader may tap before it ends, so tap until React answers.
    await waitUntil(
      () => {
        if (said.textContent !== 'Pick your specialization above.') return true;
        if (!chip(component, 'frontend').checked) chip(component, 'frontend').click();
        return false;
      },
      'onSkillMapperChange never reached React',
      { interval: 100, timeout: 5000 },
    );
    expect(said.textContent).to.equal('You picked: frontend, mobile');
    expect(currentTags(doc)).to.deep.equal(sentTags);
    expect(messages().filter((message) => /hydrat|didn't match|did not match/i.test(message))).to.deep.equal([]);
    expect(messages()).to.deep.equal([]);
  });
});
