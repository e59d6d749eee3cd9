// Notes hold at most LIMITS.noteLength characters. The reader learns it before reaching it: a count
// appears near the limit (read out politely), and the field takes no more than the limit.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/transition-checklist/define.js';
import { LIMITS } from '../../src/content/limits.js';
import { CHECKLIST_STORAGE_KEY, type TransitionChecklist } from '../../src/elements/transition-checklist/transition-checklist.js';
import { settled } from '../support/helpers.js';

async function checklist(lang = 'en'): Promise<TransitionChecklist> {
  const element = await fixture<TransitionChecklist>(html`<transition-checklist lang=${lang}></transition-checklist>`);
  await settled(element);
  return element;
}

const area = (element: TransitionChecklist) => element.shadowRoot!.querySelector<HTMLTextAreaElement>('#motivation-notes')!;
const left = (element: TransitionChecklist) => element.shadowRoot!.querySelector('#motivation-notes-left')!;

/** Puts `text` in the first step's notes as a paste would, and lets the element answer. */
async function fill(element: TransitionChecklist, text: string) {
  area(element).value = text;
  area(element).dispatchEvent(new Event('input'));
  await element.updateComplete;
}

describe('<transition-checklist> notes near their limit', () => {
  beforeEach(() => localStorage.clear());

  it('says nothing far from the limit, then counts what is left, read out politely', async () => {
    const element = await checklist();
    expect(area(element).maxLength).to.equal(LIMITS.noteLength);
    expect(left(element).getAttribute('aria-live')).to.equal('polite');
    expect(area(element).getAttribute('aria-describedby')!.split(' ')).to.include('motivation-notes-left');
    await fill(element, 'x'.repeat(LIMITS.noteLength * 0.9 - 1));
    expect(left(element).textContent!.trim()).to.equal('');
    await fill(element, 'x'.repeat(LIMITS.noteLength - 1234));
    expect(left(element).textContent!.trim()).to.equal('1,234 of 20,000 characters left');
    await expect(element).to.be.accessible();
  });

  it('takes no more typing at the limit, says so, and saves the whole note', async () => {
    const element = await checklist();
    await fill(element, 'x'.repeat(LIMITS.noteLength - 1));
    area(element).focus();
    area(element).setSelectionRange(area(element).value.length, area(element).value.length);
    await sendKeys({ type: 'yz' });
    await element.updateComplete;
    expect(area(element).value).to.have.length(LIMITS.noteLength);
    expect(area(element).value.endsWith('xy')).to.equal(true);
    expect(left(element).textContent!.trim()).to.equal('0 of 20,000 characters left');
    const saved = JSON.parse(localStorage.getItem(CHECKLIST_STORAGE_KEY)!).data.notes.motivation;
    expect(saved).to.have.length(LIMITS.noteLength);
  });

  it('counts in Chinese on a Chinese page', async () => {
    const element = await checklist('zh-CN');
    await fill(element, 'x'.repeat(LIMITS.noteLength - 10));
    expect(left(element).textContent!.trim()).to.equal('还能输入 10 个字符（上限 20,000 个）');
  });
});
