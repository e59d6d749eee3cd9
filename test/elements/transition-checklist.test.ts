import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/transition-checklist/define.js';
import en from '../../src/content/checklist/en.json';
import zh from '../../src/content/checklist/zh-CN.json';
import { CHECKLIST_STORAGE_KEY, type TransitionChecklist } from '../../src/elements/transition-checklist/transition-checklist.js';
import { pageProfile } from '../../src/platform/profile.js';
import { openAllSections, settled, visibleText } from '../support/helpers.js';

async function checklist(template = html`<transition-checklist></transition-checklist>`): Promise<TransitionChecklist> {
  const element = await fixture<TransitionChecklist>(template);
  await settled(element);
  return element;
}

const boxes = (element: TransitionChecklist) => [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('.items input[type=checkbox]')];
const notes = (element: TransitionChecklist, id: string) => element.shadowRoot!.querySelector<HTMLTextAreaElement>(`#${id}-notes`)!;
const $ = <T extends Element>(element: TransitionChecklist, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
const type = async (element: TransitionChecklist, id: string, text: string) => {
  // As a reader would, open the step first: its body is built when it opens.
  element.shadowRoot!.querySelector<HTMLButtonElement>(`#${id}-title .fold`)!.click();
  await element.updateComplete;
  const area = notes(element, id);
  area.focus();
  for (const char of text) await sendKeys({ type: char });
  await element.updateComplete;
};

/** Picks a file in the import input as a reader would. */
async function importText(element: TransitionChecklist, text: string) {
  const input = $<HTMLInputElement>(element, 'input[type=file]');
  const files = new DataTransfer();
  files.items.add(new File([text], 'progress.json', { type: 'application/json' }));
  input.files = files.files;
  const before = $(element, '.tools').textContent;
  input.dispatchEvent(new Event('change'));
  // Import code loads on demand: wait for the element to answer.
  await waitUntil(() => $(element, '.tools').textContent !== before, 'the import got no answer');
  await element.updateComplete;
}

describe('<transition-checklist>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('opens the first unfinished section and lets the reader open others with the keyboard', async () => {
    localStorage.setItem(
      CHECKLIST_STORAGE_KEY,
      JSON.stringify({ version: 1, data: { checked: en.sections[0].items.map((item) => item.id), notes: {} } }),
    );
    const element = await checklist();
    const folds = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.section .fold')];
    const open = () => folds.map((fold) => fold.getAttribute('aria-expanded') === 'true');
    expect(open().slice(0, 3)).to.deep.equal([false, true, false]);
    folds[2].focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(open()[2]).to.equal(true);
    expect(folds[2].parentElement!.nextElementSibling, 'the step body was not built').to.not.equal(null);
  });

  it('shows the seven steps in order, the bonus practices, the other routes and the reality checks', async () => {
    const element = await checklist();
    const titles = [...element.shadowRoot!.querySelectorAll('.section .fold .title')].map((title) => title.textContent!.trim());
    const steps = en.sections.filter((s) => s.kind === 'step');
    expect(steps).to.have.length(7);
    steps.forEach((step, index) => expect(titles[index]).to.equal(`Step ${index + 1}: ${step.title}`));
    // Folded sections build their items when opened.
    expect(visibleText(element)).to.not.contain(en.sections[1].items[0].text);
    await openAllSections(element);
    const text = visibleText(element);
    for (const section of en.sections) for (const item of section.items) expect(text).to.contain(item.text);
    for (const check of en.sections.flatMap((s) => s.realityChecks ?? [])) expect(text).to.contain(check.text);
    expect(element.shadowRoot!.querySelectorAll('progress').length).to.equal(en.sections.length + 1);
  });

  it('keeps checks and notes across a reload, and updates progress', async () => {
    const first = await checklist();
    const changed = oneEvent(first, 'transition-checklist-change');
    boxes(first)[0].click();
    expect((await changed).detail.done).to.equal(1);
    boxes(first)[2].click();
    await type(first, 'motivation', 'Why ML: ranking problems.');
    expect($<HTMLProgressElement>(first, '#overall').value).to.equal(2);
    first.remove();

    const reloaded = await checklist();
    expect(boxes(reloaded).map((b) => b.checked).slice(0, 3)).to.deep.equal([true, false, true]);
    expect(notes(reloaded, 'motivation').value).to.equal('Why ML: ranking problems.');
    expect(visibleText(reloaded)).to.contain(`2 of ${en.sections.flatMap((s) => s.items).length} actions done`);
  });

  it('keeps separate progress for different storage keys, and follows the same key in another tab', async () => {
    const root = await fixture(html`<div>
      <transition-checklist storage-key="team-a"></transition-checklist>
      <transition-checklist storage-key="team-b"></transition-checklist>
    </div>`);
    const [a, b] = root.querySelectorAll('transition-checklist');
    await settled(a);
    await settled(b);
    boxes(a)[1].click();
    await b.updateComplete;
    expect(boxes(b)[1].checked).to.equal(false);

    // Another tab checks an item under team-b's key.
    const other = JSON.stringify({ version: 1, data: { checked: [en.sections[1].items[0].id], notes: {} } });
    localStorage.setItem(`${CHECKLIST_STORAGE_KEY}:team-b`, other);
    window.dispatchEvent(new StorageEvent('storage', { key: `${CHECKLIST_STORAGE_KEY}:team-b`, newValue: other }));
    await b.updateComplete;
    await openAllSections(a);
    await openAllSections(b);
    expect(boxes(b).filter((box) => box.checked)).to.have.length(1);
    expect(boxes(a).filter((box) => box.checked)).to.have.length(1);
  });

  it('follows a storage-key set or changed after it connected, and saves under the new key only', async () => {
    const teamB = `${CHECKLIST_STORAGE_KEY}:team-b`;
    localStorage.setItem(teamB, JSON.stringify({ version: 1, data: { checked: [en.sections[0].items[2].id], notes: {} } }));
    const element = await checklist();
    boxes(element)[0].click();
    await element.updateComplete;
    const unkeyed = localStorage.getItem(CHECKLIST_STORAGE_KEY);

    element.setAttribute('storage-key', 'team-b');
    await element.updateComplete;
    expect(boxes(element).map((b) => b.checked).slice(0, 3)).to.deep.equal([false, false, true]);
    boxes(element)[1].click();
    await element.updateComplete;
    expect(JSON.parse(localStorage.getItem(teamB)!).data.checked).to.have.members([en.sections[0].items[1].id, en.sections[0].items[2].id]);
    expect(localStorage.getItem(CHECKLIST_STORAGE_KEY)).to.equal(unkeyed);

    // Another tab's save under the old key no longer reaches it; one under the new key does.
    const other = JSON.stringify({ version: 1, data: { checked: [en.sections[0].items[4].id], notes: {} } });
    localStorage.setItem(CHECKLIST_STORAGE_KEY, other);
    window.dispatchEvent(new StorageEvent('storage', { key: CHECKLIST_STORAGE_KEY, newValue: other }));
    await element.updateComplete;
    expect(boxes(element)[4].checked).to.equal(false);

    element.removeAttribute('storage-key');
    await element.updateComplete;
    expect(boxes(element).map((b) => b.checked).slice(0, 5)).to.deep.equal([false, false, false, false, true]);
  });

  it('keeps corrupted saved progress aside and tells the reader', async () => {
    localStorage.setItem(CHECKLIST_STORAGE_KEY, '{"version":1,"data":{"checked":"every');
    const element = await checklist();
    expect($(element, '[role=status] .notice').textContent).to.contain('could not be read');
    expect(Object.values({ ...localStorage })).to.include('{"version":1,"data":{"checked":"every');
    expect(boxes(element).every((box) => !box.checked)).to.equal(true);
  });

  it('keeps progress for items that left the content', async () => {
    localStorage.setItem(
      CHECKLIST_STORAGE_KEY,
      JSON.stringify({ version: 1, data: { checked: ['an-item-from-an-older-release', en.sections[0].items[0].id], notes: {} } }),
    );
    const element = await checklist();
    boxes(element)[1].click();
    const saved = JSON.parse(localStorage.getItem(CHECKLIST_STORAGE_KEY)!).data;
    expect(saved.aside.checked).to.deep.equal(['an-item-from-an-older-release']);
    expect(saved.checked).to.include(en.sections[0].items[0].id);
  });

  it('imports an exported file, and refuses a malformed or foreign one without changing anything', async () => {
    const element = await checklist();
    boxes(element)[0].click();
    const exported = element.exportProgress();
    boxes(element)[0].click();
    boxes(element)[4].click();
    await element.updateComplete;

    await importText(element, '{"not": "ours"}');
    expect($(element, '[role=alert]').textContent).to.contain('not a progress export');
    expect(boxes(element).map((b) => b.checked).slice(0, 5)).to.deep.equal([false, false, false, false, true]);

    await importText(element, 'this is not json');
    expect($(element, '[role=alert]').textContent).to.contain('not JSON');

    await importText(element, exported);
    expect($(element, '[role=alert]').textContent!.trim()).to.equal('');
    $<HTMLButtonElement>(element, '.confirm button').click(); // "Yes, import"
    await waitUntil(() => $(element, '[role=status].tool-status').textContent!.includes('Progress imported.'), 'never imported');
    expect(boxes(element).map((b) => b.checked).slice(0, 5)).to.deep.equal([true, false, false, false, false]);
  });

  it('asks before a reset and can undo it, by keyboard', async () => {
    const element = await checklist();
    boxes(element)[0].click();
    await type(element, 'earn-trust', 'Fixed the flaky deploy.');
    // Reset waits under "More", as a reader finds it.
    element.shadowRoot!.querySelector<HTMLButtonElement>('.more > button')!.click();
    await element.updateComplete;
    const resetButton = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tools button')].find((b) => b.textContent!.includes('Reset'))!;
    resetButton.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => element.shadowRoot!.activeElement?.textContent!.includes('Yes, reset'), 'the question never took the focus');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => element.shadowRoot!.activeElement?.textContent!.includes('Undo'), 'focus never reached Undo');
    expect(boxes(element).some((b) => b.checked)).to.equal(false);
    expect(notes(element, 'earn-trust').value).to.equal('');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => boxes(element)[0].checked, 'undo did not restore the check mark');
    expect(notes(element, 'earn-trust').value).to.equal('Fixed the flaky deploy.');
  });

  it('can be checked with the keyboard alone, with a visible focus', async () => {
    const wrapper = await fixture(html`<div><button>before</button><transition-checklist></transition-checklist></div>`);
    const element = wrapper.querySelector('transition-checklist')!;
    await settled(element);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' }); // the first step's disclosure, open because it is unfinished
    const fold = element.shadowRoot!.activeElement!;
    expect(fold.matches('.fold[aria-expanded="true"]')).to.equal(true);
    expect(getComputedStyle(fold).outlineStyle).to.equal('solid'); // the fold line shows where focus is
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(boxes(element)[0]);
    expect(getComputedStyle(boxes(element)[0]).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(boxes(element).filter((b) => b.checked)).to.have.length(2);
  });

  it('gives a Markdown plan with the profile, the path, checked actions and notes, and no empty steps', async () => {
    pageProfile().update({ specializations: ['backend'], level: 'senior' });
    const element = await checklist();
    boxes(element)[0].click();
    await type(element, 'supportive-manager', 'Plan doc shared with Sam.');
    const md = await element.toMarkdown();
    expect(md).to.contain('- Level: Senior');
    expect(md).to.contain('- Main direction: Backend');
    expect(md).to.contain('## My path');
    expect((md.match(/^### Step \d+:/gm) ?? []).length).to.equal(2);
    expect(md).to.contain(`- [x] ${en.sections[0].items[0].text}`);
    expect(md).to.not.contain('- [ ]');
    expect(md).to.contain('> Plan doc shared with Sam.');
  });

  it('speaks Chinese on a Chinese page', async () => {
    const element = await checklist(html`<transition-checklist lang="zh"></transition-checklist>`);
    await openAllSections(element);
    expect($(element, 'h2').textContent).to.equal('你的机器学习工程转型计划');
    expect(visibleText(element)).to.contain(zh.sections[0].items[0].text);
    await expect(element).to.be.accessible();
  });

  it('passes axe in light and dark', async () => {
    const element = await checklist();
    await openAllSections(element);
    await expect(element).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(element).to.be.accessible();
  });
});
