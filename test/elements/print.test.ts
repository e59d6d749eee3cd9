// What prints (and what "Save as PDF" keeps): choices as text, no controls, every step open, notes
// in full, link targets written out, cards kept whole, nothing fainter for being chosen.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/path-recommender/define.js';
import '../../src/elements/skill-mapper/define.js';
import '../../src/elements/transition-checklist/define.js';
import checklistEn from '../../src/content/checklist/en.json';
import { CHECKLIST_STORAGE_KEY } from '../../src/core/checklist-state.js';
import type { PathRecommender } from '../../src/elements/path-recommender/path-recommender.js';
import type { SkillMapper } from '../../src/elements/skill-mapper/skill-mapper.js';
import type { TransitionChecklist } from '../../src/elements/transition-checklist/transition-checklist.js';
import { settled } from '../support/helpers.js';

type Kit = SkillMapper | PathRecommender | TransitionChecklist;
async function element<T extends Kit>(template: ReturnType<typeof html>): Promise<T> {
  const kit = await fixture<T>(template);
  await settled(kit);
  return kit;
}
const all = (kit: Kit, selector: string) => [...kit.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const openFolds = (kit: Kit) => all(kit, '.fold[aria-expanded="true"]');
const allOpen = (kit: Kit) => all(kit, '.fold').every((fold) => fold.getAttribute('aria-expanded') === 'true');
const display = (node: Element) => getComputedStyle(node).display;
const printing = async (kit: Kit) => {
  await emulateMedia({ media: 'print' });
  await waitUntil(() => matchMedia('print').matches);
  // Media query listeners hear of the change at the next rendering step.
  await nextFrame();
  await kit.updateComplete;
};

describe('printing', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => emulateMedia({ media: 'screen', colorScheme: 'light' }));

  it('<path-recommender>: the chosen options as text, no controls, URLs after links, phases whole', async () => {
    const kit = await element<PathRecommender>(html`<path-recommender level="senior"></path-recommender>`);
    await emulateMedia({ colorScheme: 'dark' });
    await printing(kit);
    const level = kit.shadowRoot!.querySelector('fieldset.level')!;
    const shown = [...level.querySelectorAll('.choice')].filter((choice) => display(choice) !== 'none');
    expect(shown.map((choice) => choice.textContent!.trim())).to.deep.equal(['Senior']);
    expect(getComputedStyle(level.querySelector('legend')!, '::after').content).to.equal('":"');
    // Chosen prints in the text colour (light theme, whatever the screen shows), not fainter.
    expect(getComputedStyle(shown[0]).color).to.equal('rgb(0, 0, 0)');
    for (const control of all(kit, 'button:not(.fold), input[type="date"], .export, input[type="radio"]')) expect(display(control), control.outerHTML.slice(0, 60)).to.equal('none');
    // A phase's line is a button on screen; on paper it is its title, status and length, without the chevron.
    const folds = all(kit, '.fold');
    expect(folds.length).to.be.greaterThan(5);
    for (const fold of folds) {
      expect(display(fold)).to.not.equal('none');
      expect(getComputedStyle(fold, '::before').display).to.equal('none');
    }
    const link = all(kit, '.phase a[href]')[0] as HTMLAnchorElement;
    // Chromium gives the resolved text, Firefox the declaration; either way the URL follows the link.
    const after = getComputedStyle(link, '::after').content;
    expect(after.includes(link.getAttribute('href')!) || after === '" (" attr(href) ")"', after).to.equal(true);
    for (const card of all(kit, '.phase, figure')) expect(getComputedStyle(card).breakInside).to.equal('avoid');
  });

  it('<skill-mapper>: only the chosen specializations, the diagram whole', async () => {
    const kit = await element<SkillMapper>(html`<skill-mapper specialization="backend mobile"></skill-mapper>`);
    await printing(kit);
    const shown = all(kit, '.picker .choice').filter((choice) => display(choice) !== 'none');
    expect(shown.map((choice) => choice.textContent!.trim())).to.deep.equal(['Backend', 'Mobile']);
    expect(getComputedStyle(shown[1], '::before').content).to.equal('", "');
    expect(getComputedStyle(all(kit, 'figure.diagram')[0]).breakInside).to.equal('avoid');
    for (const control of all(kit, 'button, .export')) expect(display(control)).to.equal('none');
  });

  it('<transition-checklist>: every step open, notes in full, and folded again afterwards', async () => {
    const long = Array.from({ length: 12 }, (_, i) => `Line ${i + 1} of my learning log.`).join('\n');
    const last = checklistEn.sections.at(-1)!;
    localStorage.setItem(CHECKLIST_STORAGE_KEY, JSON.stringify({ version: 1, data: { checked: [], notes: { [last.id]: long } } }));
    const kit = await element<TransitionChecklist>(html`<transition-checklist></transition-checklist>`);
    expect(openFolds(kit)).to.have.length(1);
    await printing(kit);
    await waitUntil(() => allOpen(kit), 'steps stayed folded in print');
    await kit.updateComplete;
    expect(kit.shadowRoot!.textContent).to.contain(last.items[0].text);
    const note = kit.shadowRoot!.querySelector(`#${last.id}-notes`)!.parentElement!;
    expect(display(note.querySelector('textarea')!)).to.equal('none');
    const printed = note.querySelector<HTMLElement>('.print-only')!;
    expect(display(printed)).to.equal('block');
    expect(printed.innerText).to.equal(long);
    // A step without notes prints no empty notes box.
    expect(display(kit.shadowRoot!.querySelector(`#${checklistEn.sections[0].id}-notes`)!.parentElement!)).to.equal('none');
    for (const control of all(kit, 'button:not(.fold), .tools, progress')) expect(display(control)).to.equal('none');
    for (const fold of all(kit, '.fold')) expect(display(fold)).to.not.equal('none'); // each step's title prints
    for (const section of all(kit, '.section')) expect(getComputedStyle(section).breakInside).to.equal('avoid');

    await emulateMedia({ media: 'screen' });
    await waitUntil(() => !matchMedia('print').matches);
    await waitUntil(() => openFolds(kit).length === 1, 'steps stayed open after printing');
    expect(printed.isConnected, 'a folded step renders no body').to.equal(false);
  });

  it('<transition-checklist>: the print dialog\'s beforeprint and afterprint open and fold the steps', async () => {
    const kit = await element<TransitionChecklist>(html`<transition-checklist></transition-checklist>`);
    window.dispatchEvent(new Event('beforeprint'));
    await kit.updateComplete;
    expect(allOpen(kit)).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    await kit.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(openFolds(kit)).to.have.length(1);
  });
});
