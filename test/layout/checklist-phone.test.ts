// The checklist on a phone: a folded step is one compact row, and the notes grow with the text.
import { expect, html } from '@open-wc/testing';
import '../../src/elements/transition-checklist/define.js';
import type { TransitionChecklist } from '../../src/elements/transition-checklist/transition-checklist.js';
import { inColumn } from '../support/helpers.js';

const checklistAt = (width: number, lang = 'en') =>
  inColumn<TransitionChecklist>(width, html`<transition-checklist lang=${lang}></transition-checklist>`);

describe('<transition-checklist> on a phone', () => {
  beforeEach(() => localStorage.clear());

  for (const [width, lang] of [[320, 'en'], [390, 'en'], [320, 'zh-CN']] as const) {
    it(`puts the disclosure arrow beside the title of a folded step at ${width} px in ${lang}`, async () => {
      const element = await checklistAt(width, lang);
      const folded = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.section .fold[aria-expanded="false"]')];
      expect(folded.length).to.be.greaterThan(5);
      for (const fold of folded) {
        const line = fold.getBoundingClientRect();
        const title = fold.querySelector('.title')!.getBoundingClientRect();
        // The arrow takes the start of the title's row, so the title starts a little in, at the top.
        expect(title.left - line.left, 'title indent').to.be.within(8, 30);
        expect(title.top - line.top, 'title on the first row').to.be.below(12);
        // The title and the progress line, nothing more: no row of its own for the arrow.
        const progress = fold.querySelector('.section-progress')!.getBoundingClientRect();
        expect(line.height, fold.textContent!).to.be.at.most(title.height + progress.height + 6);
      }
    });
  }

  it('drops the progress bars of steps in a narrow column and keeps their words', async () => {
    const element = await checklistAt(320);
    const bar = element.shadowRoot!.querySelector<HTMLElement>('.section-progress progress')!;
    expect(getComputedStyle(bar).display).to.equal('none');
    expect(bar.nextElementSibling!.textContent).to.match(/^\d+ of \d+ actions done$/);
    const wide = await checklistAt(800);
    expect(getComputedStyle(wide.shadowRoot!.querySelector('.section-progress progress')!).display).to.not.equal('none');
  });
});

describe('<transition-checklist> notes box', () => {
  beforeEach(() => localStorage.clear());

  it('grows with its text up to a limit, then scrolls', async () => {
    const element = await checklistAt(390);
    const area = element.shadowRoot!.querySelector<HTMLTextAreaElement>('#motivation-notes')!;
    const empty = area.getBoundingClientRect().height;
    expect(empty, 'three lines to start with').to.be.within(60, 110);
    const write = async (lines: number) => {
      area.value = Array.from({ length: lines }, (_, i) => `Line ${i + 1} of my learning log`).join('\n');
      area.dispatchEvent(new Event('input'));
      await element.updateComplete;
      return area.getBoundingClientRect().height;
    };
    const eight = await write(8);
    expect(eight, 'eight lines fit without scrolling').to.be.greaterThan(empty * 2);
    expect(area.scrollHeight).to.be.at.most(area.clientHeight + 1);
    const fifty = await write(50);
    expect(fifty, 'capped').to.be.below(24 * 18 + 2);
    expect(area.scrollHeight, 'the rest scrolls').to.be.greaterThan(area.clientHeight);
    // Emptied, it shrinks back.
    expect(await write(0)).to.be.closeTo(empty, 1);
  });

  it('opens a saved long note at the height of its text', async () => {
    const text = Array.from({ length: 8 }, (_, i) => `Line ${i + 1}`).join('\n');
    localStorage.setItem('ml-transition-kit:checklist', JSON.stringify({ version: 1, data: { checked: [], notes: { motivation: text } } }));
    const element = await checklistAt(390);
    const area = element.shadowRoot!.querySelector<HTMLTextAreaElement>('#motivation-notes')!;
    expect(area.value).to.equal(text);
    expect(area.scrollHeight).to.be.at.most(area.clientHeight + 1);
  });
});
