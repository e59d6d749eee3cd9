// One record for the whole kit: profile, checklist progress and notes, path progress and hours
// export to one file, and import back after the browser forgot them, with a summary and an undo.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/path-recommender/define.js';
import '../../src/elements/transition-checklist/define.js';
import { CHECKLIST_STORAGE_KEY, type TransitionChecklist } from '../../src/elements/transition-checklist/transition-checklist.js';
import { PATH_STORAGE_KEY } from '../../src/elements/path-recommender/path-tracker.js';
import type { PathRecommender } from '../../src/elements/path-recommender/path-recommender.js';
import { PROFILE_STORAGE_KEY } from '../../src/platform/profile.js';
import { readRecord } from '../../src/platform/kit-record.js';
import checklistEn from '../../src/content/checklist/en.json';
import { settled, visibleText } from '../support/helpers.js';

const store = (key: string, data: object) => localStorage.setItem(key, JSON.stringify({ version: 1, data }));
const data = (key: string) => JSON.parse(localStorage.getItem(key)!).data;
const item = checklistEn.sections[0].items[0].id;

async function page(): Promise<[PathRecommender, TransitionChecklist]> {
  const root = await fixture(html`<div><path-recommender></path-recommender><transition-checklist></transition-checklist></div>`);
  const elements = [root.querySelector('path-recommender')!, root.querySelector('transition-checklist')!] as [PathRecommender, TransitionChecklist];
  await Promise.all(elements.map((element) => settled(element)));
  return elements;
}

const button = (element: Element, label: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim().startsWith(label));

/** Clicks the record download and returns the file's text. */
async function download(element: PathRecommender): Promise<string> {
  const saved: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob) => (saved.push(blob), 'blob:test');
  try {
    button(element, 'Download all my progress')!.click();
    await waitUntil(() => saved.length, 'nothing was downloaded');
  } finally {
    URL.createObjectURL = original;
  }
  return saved[0].text();
}

async function pick(element: PathRecommender, text: string) {
  const input = element.shadowRoot!.querySelector<HTMLInputElement>('.record-import input')!;
  const files = new DataTransfer();
  files.items.add(new File([text], 'record.json', { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
}

describe('the kit record', () => {
  beforeEach(() => localStorage.clear());

  it('exports everything to one file, and after the browser forgot it, imports it back with a summary and an undo', async () => {
    store(PROFILE_STORAGE_KEY, { specializations: ['backend'], level: 'senior', hoursPerWeek: 8 });
    store(CHECKLIST_STORAGE_KEY, { checked: [item], notes: { [checklistEn.sections[0].id]: 'Asked my manager.' } });
    store(PATH_STORAGE_KEY, { marks: { 'phase:first-model': { value: 'done', at: 1 } }, hours: { '2026-W10': { value: 5, at: 1 } } });
    const [path] = await page();
    const text = await download(path);
    const file = JSON.parse(text);
    expect(file).to.include({ format: 'ml-transition-kit/record', version: 1 });
    expect(file.profile).to.deep.include({ level: 'senior', hoursPerWeek: 8, specializations: ['backend'] });
    expect(file.checklist.data.checked).to.deep.equal([item]);
    expect(file.path.data.hours['2026-W10'].value).to.equal(5);

    // The browser clears site data.
    localStorage.clear();
    const [fresh, checklist] = await page();
    expect(fresh.inputs.level).to.equal('mid');
    await pick(fresh, text);
    await waitUntil(() => fresh.shadowRoot!.querySelector('.record-confirm'), 'the import never asked');
    const summary = fresh.shadowRoot!.querySelector('#record-changes')!.textContent!.replace(/\s+/g, ' ');
    expect(summary).to.contain('your answers (level, style, hours, directions) change');
    expect(summary).to.contain('2 checklist marks or notes change').and.contain('1 path marks change').and.contain('1 weeks of logged hours change');
    expect(fresh.shadowRoot!.activeElement!.textContent).to.contain('Yes, import');
    button(fresh, 'Yes, import')!.click();
    await waitUntil(() => button(fresh, 'Undo'), 'the import never finished');

    expect(fresh.inputs).to.deep.include({ level: 'senior', hoursPerWeek: 8, direction: 'backend' });
    expect(data(PATH_STORAGE_KEY).marks['phase:first-model'].value).to.equal('done');
    // The checklist on the same page follows the import at once.
    await waitUntil(() => checklist.progress.overall.done === 1, 'the checklist never followed');
    expect(visibleText(fresh)).to.contain('Progress imported.');

    // Any later change to the path ends the chance to undo, as after the checklist's import.
    fresh.shadowRoot!.querySelector<HTMLButtonElement>('.log button')!.click();
    await fresh.updateComplete;
    expect(button(fresh, 'Undo')).to.equal(undefined);
  });

  it('undo brings back what an import replaced, and keeps what changed since in another tab', async () => {
    store(PATH_STORAGE_KEY, { marks: { 'phase:first-model': { value: 'done', at: 1 } }, hours: {} });
    const [path, checklist] = await page();
    const empty = JSON.stringify({
      format: 'ml-transition-kit/record',
      version: 1,
      profile: { specializations: [] },
      checklist: { version: 1, data: { checked: [item], notes: {} } },
      path: { version: 1, data: { marks: {}, hours: {} } },
    });
    await pick(path, empty);
    await waitUntil(() => button(path, 'Yes, import'), 'the import never asked');
    button(path, 'Yes, import')!.click();
    await waitUntil(() => button(path, 'Undo'), 'the import never finished');
    expect(data(PATH_STORAGE_KEY).marks['phase:first-model'].value).to.equal(null);
    // Another tab marks a milestone after the import.
    const saved = data(PATH_STORAGE_KEY);
    saved.marks['milestone:python-ml-stack'] = { value: 'done', at: Date.now() + 1000 };
    store(PATH_STORAGE_KEY, saved);
    window.dispatchEvent(new StorageEvent('storage', { key: PATH_STORAGE_KEY }));
    await path.updateComplete;
    button(path, 'Undo')!.click();
    await waitUntil(() => !button(path, 'Undo'), 'the undo never finished');
    expect(data(PATH_STORAGE_KEY).marks['phase:first-model'].value).to.equal('done');
    expect(data(PATH_STORAGE_KEY).marks['milestone:python-ml-stack'].value).to.equal('done');
    await waitUntil(() => checklist.progress.overall.done === 0, 'the checklist never followed the undo');
  });

  it('refuses what is not a record, clearly and changing nothing', async () => {
    const [path] = await page();
    for (const [text, message] of [
      ['not json', 'This file is not JSON. Nothing changed.'],
      ['{"format":"ml-transition-kit/checklist-progress","version":1}', 'not a progress record from this kit'],
      ['{"format":"ml-transition-kit/record","version":2}', 'comes from a newer version of the kit'],
      ['{"format":"ml-transition-kit/record","version":1,"profile":{"specializations":[]},"checklist":{"version":1,"data":{}},"path":{"version":1,"data":{"marks":[]}}}', 'damaged or incomplete'],
    ]) {
      await pick(path, text);
      await waitUntil(() => path.shadowRoot!.querySelector('.record-error')!.textContent!.includes(message), `no message for ${text}`);
      expect(path.shadowRoot!.querySelector('.record-confirm')).to.equal(null);
    }
    expect(localStorage.getItem(PATH_STORAGE_KEY)).to.equal(null);
    expect(readRecord('{"format":"ml-transition-kit/record","version":1}')).to.deep.equal({ ok: false, problem: 'damaged' });
  });

  it('the single-element exports keep working beside it', async () => {
    const [, checklist] = await page();
    expect(JSON.parse(checklist.exportProgress()).format).to.equal('ml-transition-kit/checklist-progress');
  });
});
