// One checklist open in two tabs. Two elements with one storage key stand in for the tabs: each has
// its own copy of the progress, and the storage event another tab would get is dispatched by hand
// (a page never gets storage events for its own writes).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/transition-checklist/define.js';
import en from '../../src/content/checklist/en.json';
import { CHECKLIST_STORAGE_KEY, type TransitionChecklist } from '../../src/elements/transition-checklist/transition-checklist.js';
import { settled, visibleText } from '../support/helpers.js';

const KEY = `${CHECKLIST_STORAGE_KEY}:tabs`;

async function twoTabs(): Promise<[TransitionChecklist, TransitionChecklist]> {
  const root = await fixture(html`<div>
    <transition-checklist storage-key="tabs"></transition-checklist>
    <transition-checklist storage-key="tabs"></transition-checklist>
  </div>`);
  const tabs = [...root.querySelectorAll('transition-checklist')] as [TransitionChecklist, TransitionChecklist];
  await Promise.all(tabs.map((tab) => settled(tab)));
  return tabs;
}

/** Every tab hears that the key changed, as browsers tell other tabs. */
async function storageEvent(...tabs: TransitionChecklist[]) {
  window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: localStorage.getItem(KEY) }));
  for (const tab of tabs) await tab.updateComplete;
}

const boxes = (tab: TransitionChecklist) => [...tab.shadowRoot!.querySelectorAll<HTMLInputElement>('.items input[type=checkbox]')];
const checkedIndexes = (tab: TransitionChecklist) => boxes(tab).flatMap((box, index) => (box.checked ? [index] : []));
const button = (tab: TransitionChecklist, label: string) =>
  [...tab.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes(label))!;
const saved = () => JSON.parse(localStorage.getItem(KEY)!).data;

async function click(tab: TransitionChecklist, target: HTMLElement) {
  target.click();
  await tab.updateComplete;
}

/** Resets and undos load their code on first use: wait for what the reader would see. */
async function reset(tab: TransitionChecklist) {
  await click(tab, button(tab, 'Reset'));
  await waitUntil(() => button(tab, 'Yes, reset'), 'the question never came');
  await click(tab, button(tab, 'Yes, reset'));
  await waitUntil(() => button(tab, 'Undo'), 'the reset never finished');
}
async function undo(tab: TransitionChecklist) {
  await click(tab, button(tab, 'Undo'));
  await waitUntil(() => !button(tab, 'Undo'), 'the undo never finished');
}

describe('<transition-checklist> in two tabs', () => {
  beforeEach(() => localStorage.clear());

  it('undo after a reset brings back what the reset removed and keeps what the other tab checked since', async () => {
    const [a, b] = await twoTabs();
    await click(a, boxes(a)[0]);
    await click(a, boxes(a)[1]);
    await storageEvent(a, b);
    await reset(a);
    await storageEvent(a, b);
    expect(checkedIndexes(b)).to.deep.equal([]);
    await click(b, boxes(b)[2]); // tab B, after the reset
    await storageEvent(a, b);
    await undo(a);
    await storageEvent(a, b);
    expect(checkedIndexes(a)).to.deep.equal([0, 1, 2]);
    expect(checkedIndexes(b)).to.deep.equal([0, 1, 2]);
    expect(saved().checked).to.have.members(en.sections[0].items.slice(0, 3).map((item) => item.id));
  });

  it('keeps both tabs\' changes when they change different items before hearing of each other', async () => {
    const [a, b] = await twoTabs();
    await click(a, boxes(a)[0]);
    await click(b, boxes(b)[3]); // B has not heard of A's change yet
    expect(saved().checked).to.have.length(2);
    await storageEvent(a, b);
    expect(checkedIndexes(a)).to.deep.equal([0, 3]);
    expect(checkedIndexes(b)).to.deep.equal([0, 3]);
  });

  it('merges a save another tab made from older progress, and saves the merge so a reload keeps both', async () => {
    const [a] = await twoTabs();
    await click(a, boxes(a)[0]);
    const firstItem = saved().checked[0];
    // The other tab wrote at the same moment, from progress without A's check mark.
    const theirs = { checked: ['other-tab-item'], notes: {}, changed: { checked: { 'other-tab-item': Date.now() + 1 }, notes: {} } };
    localStorage.setItem(KEY, JSON.stringify({ version: 1, data: theirs }));
    await storageEvent(a);
    expect(checkedIndexes(a)).to.deep.equal([0]);
    const all = [...saved().checked, ...(saved().aside?.checked ?? [])];
    expect(all).to.have.members([firstItem, 'other-tab-item']);
  });

  it('keeps its progress when another tab saves something unreadable, says so, and saves it again', async () => {
    const [a] = await twoTabs();
    await click(a, boxes(a)[0]);
    await click(a, boxes(a)[1]);
    localStorage.setItem(KEY, '{"version":1,"data":{"checked":"garbled');
    await storageEvent(a);
    expect(checkedIndexes(a)).to.deep.equal([0, 1]);
    expect(visibleText(a)).to.contain('Another tab saved progress this page could not read');
    expect(saved().checked).to.have.length(2);
    expect(Object.values({ ...localStorage })).to.include('{"version":1,"data":{"checked":"garbled');
  });

  it('says so in Chinese too', async () => {
    const root = await fixture(html`<div><transition-checklist lang="zh-CN" storage-key="tabs"></transition-checklist></div>`);
    const tab = root.querySelector('transition-checklist')!;
    await settled(tab);
    await click(tab, boxes(tab)[0]);
    localStorage.setItem(KEY, 'not json');
    await storageEvent(tab);
    expect(visibleText(tab)).to.contain('另一个标签页保存了本页读取不了的进度');
    expect(checkedIndexes(tab)).to.deep.equal([0]);
  });

  it('keyboard: the undo after a reset is still one Enter away once the other tab changed something', async () => {
    const [a, b] = await twoTabs();
    await click(a, boxes(a)[0]);
    await click(a, button(a, 'More')); // Reset waits under "More", as a reader finds it.
    button(a, 'Reset').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => a.shadowRoot!.activeElement?.textContent!.includes('Yes, reset'), 'the question never took the focus');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button(a, 'Undo'), 'the reset never finished');
    await storageEvent(a, b);
    await click(b, boxes(b)[1]);
    await storageEvent(a, b);
    expect(a.shadowRoot!.activeElement!.textContent).to.contain('Undo');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !button(a, 'Undo'), 'the undo never finished');
    expect(checkedIndexes(a)).to.deep.equal([0, 1]);
  });
});
