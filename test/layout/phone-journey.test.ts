// The reader's whole job on a phone (issue 14): on the blog's layout at 390×844, from choosing a
// specialization to a shared 1:1 plan, counting every tap, with real pointer clicks where the
// reader's finger would land.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/elements/path-recommender/define.js';
import '../../src/elements/skill-mapper/define.js';
import '../../src/elements/transition-checklist/define.js';
import type { SkillMapper } from '../../src/elements/skill-mapper/skill-mapper.js';
import { settled } from '../support/helpers.js';

/** Scrolls `target` into view as a reader would, then taps its centre with a real mouse click. */
async function tap(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  expect(box.width * box.height, `${target.textContent?.trim()} is drawn`).to.be.greaterThan(0);
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('a phone reader, from a specialization to a shared plan', () => {
  let restoreShare: () => void;
  let shared: ShareData | undefined;

  beforeEach(async () => {
    localStorage.clear();
    shared = undefined;
    // Phones have the Web Share API; this one hands what it is given to the test.
    Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void (shared = data), configurable: true });
    restoreShare = () => delete (navigator as unknown as Record<string, unknown>).share;
    await setViewport({ width: 390, height: 844 });
  });

  afterEach(async () => {
    restoreShare();
    await setViewport({ width: 800, height: 600 });
  });

  it('takes fewer than 10 taps, and the plan holds the choice, the path and its estimate', async () => {
    // The blog's page: the author preset Backend and Senior; the reader is a frontend engineer.
    const root = await fixture<HTMLDivElement>(html`<div style="padding: 16px; font: 18px/1.65 Georgia, serif">
      <skill-mapper specialization="backend"></skill-mapper>
      <path-recommender level="senior"></path-recommender>
      <transition-checklist></transition-checklist>
    </div>`);
    const mapper = root.querySelector<SkillMapper>('skill-mapper')!;
    await Promise.all([...root.children].map((element) => settled(element as SkillMapper)));
    let taps = 0;

    const frontend = mapper.shadowRoot!.querySelector<HTMLInputElement>('.choice input[value="frontend"]')!;
    await tap(frontend.closest('label') ?? frontend);
    taps += 1;
    await settled(mapper);
    expect(mapper.selectedIds, 'the first tap replaces the page preset').to.deep.equal(['frontend']);

    const share = [...mapper.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Share the plan')!;
    await tap(share);
    taps += 1;
    await waitUntil(() => shared, 'the plan was shared');

    expect(taps).to.be.below(10);
    const plan = shared!.text!;
    expect(plan).to.contain('- Main direction: Frontend');
    expect(plan).to.not.contain('Backend');
    expect(plan).to.contain('- Level: Senior');
    expect(plan).to.match(/\d+–\d+ weeks at \d+ hours a week/);
    expect(plan).to.contain('## Where my skills land');
    expect(plan).to.match(/Milestone/i);
    expect(mapper.shadowRoot!.querySelector('.export-status')!.textContent).to.equal('Plan shared.');
  });
});
