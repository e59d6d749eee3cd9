// Content and saved progress share one set of size limits (LIMITS): anything the content schema and
// validator accept can be checked, saved and read back, and saved values past a limit are refused.
// Tested at each boundary, in core and through a reload of the element.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/transition-checklist/define.js';
import en from '../../src/content/checklist/en.json';
import type { ChecklistContent } from '../../src/content/schema/checklist.js';
import { LIMITS } from '../../src/content/limits.js';
import { importProgress } from '../../src/core/checklist-import.js';
import { emptyState, exportProgress, parseState } from '../../src/core/checklist-state.js';
import { validateChecklistContent } from '../../src/core/validate-checklist.js';
import { describeProblems } from '../../src/platform/describe-problems.js';
import { CHECKLIST_STORAGE_KEY, type TransitionChecklist } from '../../src/elements/transition-checklist/transition-checklist.js';
import { settled, visibleText } from '../support/helpers.js';

/** A kebab-case id of exactly `length` characters, distinct per `n`. */
const idOf = (length: number, n = 0) => `${n}-`.concat('x'.repeat(length)).slice(0, length);
const bundled = en as ChecklistContent;

/** Content whose first section holds `items` items, split over sections of at most 400. */
function withItems(count: number): ChecklistContent {
  const ids = Array.from({ length: count }, (_, n) => idOf(12, n));
  const sections = [];
  for (let start = 0; start < count; start += 400) {
    sections.push({ ...bundled.sections[0], id: `section-${start}`, items: ids.slice(start, start + 400).map((id) => ({ id, text: 'An action' })) });
  }
  return { ...bundled, sections } as ChecklistContent;
}

describe('limits shared by content and saved progress', () => {
  beforeEach(() => localStorage.clear());

  it('saved progress holds ids of LIMITS.idLength characters and refuses longer ones', () => {
    const longest = idOf(LIMITS.idLength);
    expect(parseState({ checked: [longest], notes: { [longest]: 'n' } })?.checked).to.deep.equal([longest]);
    expect(parseState({ checked: [idOf(LIMITS.idLength + 1)], notes: {} })).to.equal(undefined);
    expect(parseState({ checked: [], notes: { [idOf(LIMITS.idLength + 1)]: 'n' } })).to.equal(undefined);
  });

  it('an id the content schema accepts is one saved progress accepts; one character more is refused by the schema', () => {
    const withId = (id: string) => ({ ...bundled, sections: [{ ...bundled.sections[0], items: [{ id, text: 'An action' }] }] });
    for (const length of [LIMITS.idLength - 1, LIMITS.idLength, LIMITS.idLength + 1, LIMITS.idLength + 4]) {
      const id = idOf(length);
      const valid = validateChecklistContent(withId(id)).ok;
      expect(valid, `schema, ${length}`).to.equal(length <= LIMITS.idLength);
      expect(parseState({ checked: [id], notes: { [id]: 'n' } }) !== undefined, `saved, ${length}`).to.equal(valid);
    }
    const over = validateChecklistContent(withId(idOf(LIMITS.idLength + 4)));
    expect(over.problems.map((p) => `${p.code} ${p.path}`)).to.deep.equal(['max_length $.sections[0].items[0].id']);
    expect(describeProblems(over.problems, 'en').items[0].reason).to.equal('is too long (at most 200 characters)');
  });

  it('saved progress holds LIMITS.savedIds ids and notes of LIMITS.noteLength characters, and refuses more', () => {
    const ids = (count: number) => Array.from({ length: count }, (_, n) => idOf(12, n));
    expect(parseState({ checked: ids(LIMITS.savedIds), notes: {} })?.checked).to.have.length(LIMITS.savedIds);
    expect(parseState({ checked: ids(LIMITS.savedIds + 1), notes: {} })).to.equal(undefined);
    const notes = (count: number) => Object.fromEntries(ids(count).map((id) => [id, 'n']));
    expect(Object.keys(parseState({ checked: [], notes: notes(LIMITS.savedIds) })!.notes)).to.have.length(LIMITS.savedIds);
    expect(parseState({ checked: [], notes: notes(LIMITS.savedIds + 1) })).to.equal(undefined);
    expect(parseState({ checked: [], notes: { a: 'x'.repeat(LIMITS.noteLength) } })).to.not.equal(undefined);
    expect(parseState({ checked: [], notes: { a: 'x'.repeat(LIMITS.noteLength + 1) } })).to.equal(undefined);
  });

  it('content with LIMITS.savedIds items validates; one more is refused with a localized reason', () => {
    expect(validateChecklistContent(withItems(LIMITS.savedIds)).ok).to.equal(true);
    const over = validateChecklistContent(withItems(LIMITS.savedIds + 1));
    expect(over.problems.map((p) => `${p.code} ${p.path}`)).to.deep.equal([`too-many-items $.sections[5].items[0]`]);
    expect(describeProblems(over.problems, 'en').items[0].reason).to.equal('is past the number of items saved progress can hold');
    expect(describeProblems(over.problems, 'zh-CN').items[0].reason).to.equal('超出了已保存进度能容纳的条目数');
  });

  it('every item of the largest valid content can be checked, exported and imported', () => {
    const content = withItems(LIMITS.savedIds);
    const all = { ...emptyState(), checked: content.sections.flatMap((s) => s.items.map((i) => i.id)) };
    const imported = importProgress(exportProgress(all, new Date()));
    expect(imported.ok && imported.state.checked).to.have.length(LIMITS.savedIds);
  });

  it('an item id of LIMITS.idLength characters stays checked across reloads, with no "could not be read"', async () => {
    const id = idOf(LIMITS.idLength);
    const content = { ...bundled, sections: [{ ...bundled.sections[0], items: [{ id, text: 'The longest id' }] }] };
    expect(validateChecklistContent(content).ok).to.equal(true);
    const load = async () => {
      const element = await fixture<TransitionChecklist>(
        html`<transition-checklist content-mode="replace"><script type="application/json">${JSON.stringify(content)}</script></transition-checklist>`,
      );
      await settled(element);
      return element;
    };
    const first = await load();
    first.shadowRoot!.querySelector<HTMLInputElement>('.items input')!.click();
    first.remove();
    for (let reload = 0; reload < 2; reload++) {
      const element = await load();
      expect(element.shadowRoot!.querySelector<HTMLInputElement>('.items input')!.checked).to.equal(true);
      expect(visibleText(element)).to.not.contain('could not be read');
      element.remove();
    }
    expect(Object.keys(localStorage).filter((key) => key.includes(':unreadable:'))).to.deep.equal([]);
  });

  it('LIMITS.savedIds saved check marks load without a notice', async () => {
    const checked = Array.from({ length: LIMITS.savedIds }, (_, n) => idOf(12, n));
    localStorage.setItem(CHECKLIST_STORAGE_KEY, JSON.stringify({ version: 1, data: { checked, notes: {} } }));
    const element = await fixture<TransitionChecklist>(html`<transition-checklist></transition-checklist>`);
    await settled(element);
    expect(visibleText(element)).to.not.contain('could not be read');
    expect(JSON.parse(element.exportProgress()).state.aside.checked).to.have.length(LIMITS.savedIds);
  });
});
