// Importing progress replaces all of it, so the element first says what would change and keeps
// what it replaced for an undo, as it does for a reset.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/transition-checklist/define.js';
import en from '../../src/content/checklist/en.json';
import { CHECKLIST_STORAGE_KEY, type TransitionChecklist } from '../../src/elements/transition-checklist/transition-checklist.js';
import { settled } from '../support/helpers.js';

const items = en.sections[0].items.map((item) => item.id);
/** The older export from the report: one checked action, no notes. */
const olderExport = JSON.stringify({
  format: 'ml-transition-kit/checklist-progress',
  version: 1,
  exportedAt: '2026-01-05T09:00:00.000Z',
  state: { checked: [items[0]], notes: {} },
});

async function checklist(lang = 'en'): Promise<TransitionChecklist> {
  // Five checked actions and a note, as in the report.
  const saved = { checked: items.slice(0, 5), notes: { motivation: 'Ranking problems at work.' } };
  localStorage.setItem(CHECKLIST_STORAGE_KEY, JSON.stringify({ version: 1, data: saved }));
  const element = await fixture<TransitionChecklist>(html`<transition-checklist lang=${lang}></transition-checklist>`);
  await settled(element);
  return element;
}

const $ = <T extends Element>(element: TransitionChecklist, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
/** Checked actions, as the overall progress bar shows them. */
const checked = (element: TransitionChecklist) => element.shadowRoot!.querySelector<HTMLProgressElement>('#overall')!.value;
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (element: TransitionChecklist) => text(element.shadowRoot!.activeElement);

/** Picks a file as a reader would and waits until the element asks or answers. */
async function pick(element: TransitionChecklist, content: string) {
  // Import waits under "More": open it as a reader would, once.
  const more = $<HTMLButtonElement>(element, '.more > button');
  if (more.getAttribute('aria-expanded') === 'false') {
    more.click();
    await element.updateComplete;
  }
  const input = $<HTMLInputElement>(element, 'input[type=file]');
  const files = new DataTransfer();
  files.items.add(new File([content], 'progress.json', { type: 'application/json' }));
  input.files = files.files;
  const before = text($(element, '.tools'));
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => text($(element, '.tools')) !== before, 'the import got no answer');
  await element.updateComplete;
}

describe('<transition-checklist> import', () => {
  beforeEach(() => localStorage.clear());

  it('asks first, listing what the file would change, and changes nothing until the reader says yes', async () => {
    const element = await checklist();
    const before = localStorage.getItem(CHECKLIST_STORAGE_KEY);
    await pick(element, olderExport);
    const question = $(element, '.confirm[role=group]');
    expect(text(question.querySelector('#question'))).to.equal("Replace your progress with this file's?");
    expect([...question.querySelectorAll('li')].map(text)).to.deep.equal(['Actions it unchecks: 4', 'Notes it removes or replaces: 1']);
    expect(focused(element)).to.equal('Yes, import');
    expect(checked(element)).to.equal(5);
    expect(localStorage.getItem(CHECKLIST_STORAGE_KEY)).to.equal(before);
    await expect(element).to.be.accessible();
  });

  it('imports on Enter, then undoes the import on Enter, bringing back every check mark and the note', async () => {
    const element = await checklist();
    await pick(element, olderExport);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(element) === 'Undo', 'focus never reached Undo');
    expect(text($(element, '.tool-status'))).to.equal('Progress imported. Undo');
    expect(checked(element)).to.equal(1);
    expect(JSON.parse(localStorage.getItem(CHECKLIST_STORAGE_KEY)!).data.notes.motivation ?? '').to.equal('');

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => checked(element) === 5, 'undo did not bring the check marks back');
    const saved = JSON.parse(localStorage.getItem(CHECKLIST_STORAGE_KEY)!).data;
    expect(saved.notes.motivation).to.equal('Ranking problems at work.');
    expect(saved.checked).to.have.members(items.slice(0, 5));
  });

  it('cancels without a change, and the focus goes back to the import button', async () => {
    const element = await checklist();
    await pick(element, olderExport);
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.confirm button')].find((b) => text(b) === 'Cancel')!.click();
    await element.updateComplete;
    await waitUntil(() => element.shadowRoot!.activeElement?.matches('.file-button input'), 'focus did not return');
    expect(element.shadowRoot!.querySelector('.confirm')).to.equal(null);
    expect(checked(element)).to.equal(5);
  });

  it('says when the file holds the same progress, and counts what a file adds', async () => {
    const element = await checklist();
    await pick(element, element.exportProgress());
    expect([...element.shadowRoot!.querySelectorAll('.confirm li')].map(text)).to.deep.equal(['The file holds the same progress as this page.']);
    const richer = JSON.stringify({
      format: 'ml-transition-kit/checklist-progress',
      version: 1,
      state: { checked: [...items, 'from-an-older-release'], notes: { motivation: 'Rewritten.', 'find-niche': 'New.' } },
    });
    await pick(element, richer);
    expect([...element.shadowRoot!.querySelectorAll('.confirm li')].map(text)).to.deep.equal([
      `Actions it checks: ${items.length - 5 + 1}`,
      'Notes it adds or rewrites: 2',
      'Notes it removes or replaces: 1',
    ]);
  });

  it('asks in Chinese on a Chinese page', async () => {
    const element = await checklist('zh-CN');
    await pick(element, olderExport);
    expect(text($(element, '#question'))).to.equal('要用这个文件里的进度替换当前进度吗？');
    expect([...element.shadowRoot!.querySelectorAll('.confirm li')].map(text)).to.deep.equal(['会取消勾选的行动项：4', '会删除或替换的笔记：1']);
    expect(focused(element)).to.equal('确定导入');
    await expect(element).to.be.accessible();
  });

  it('a refused file asks nothing and says why', async () => {
    const element = await checklist();
    await pick(element, '{"not": "ours"}');
    expect(element.shadowRoot!.querySelector('.confirm')).to.equal(null);
    expect(text($(element, '[role=alert]'))).to.contain('not a progress export');
    expect(checked(element)).to.equal(5);
  });
});
