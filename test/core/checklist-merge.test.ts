import { expect } from '@open-wc/testing';
import { mergeStates } from '../../src/core/checklist-merge.js';
import { differences, replaceState, undoReplace } from '../../src/core/checklist-replace.js';
import { applyAction, emptyState, reconcile, type ChecklistState } from '../../src/core/checklist-state.js';
import en from '../../src/content/checklist/en.json';
import type { ChecklistContent } from '../../src/content/schema/checklist.js';

const check = (state: ChecklistState, itemId: string, at: number, checked = true) => applyAction(state, { type: 'check', itemId, checked }, at);
const note = (state: ChecklistState, sectionId: string, text: string, at: number) => applyAction(state, { type: 'note', sectionId, text }, at);

describe('checklist merge', () => {
  it('keeps both tabs\' changes to different entries', () => {
    const saved = check(emptyState(), 'b', 2);
    const mine = note(check(emptyState(), 'a', 1), 'motivation', 'Mine.', 3);
    const merged = mergeStates(mine, saved);
    expect(merged.checked.sort()).to.deep.equal(['a', 'b']);
    expect(merged.notes).to.deep.equal({ motivation: 'Mine.' });
    expect(merged.changed).to.deep.equal({ checked: { b: 2, a: 1 }, notes: { motivation: 3 } });
  });

  it('lets the later change to one entry win, whichever side it is on', () => {
    const checkedEarly = check(emptyState(), 'a', 1);
    const uncheckedLater = check(checkedEarly, 'a', 5, false);
    expect(mergeStates(checkedEarly, uncheckedLater).checked).to.deep.equal([]);
    expect(mergeStates(uncheckedLater, checkedEarly).checked).to.deep.equal([]);
    const old = note(emptyState(), 's', 'old', 1);
    const rewritten = note(emptyState(), 's', 'new', 2);
    expect(mergeStates(old, rewritten).notes.s).to.equal('new');
    expect(mergeStates(rewritten, old).notes.s).to.equal('new');
  });

  it('returns the saved progress itself when this tab has nothing newer, so nothing is written back', () => {
    const saved = check(check(emptyState(), 'a', 1), 'b', 2);
    expect(mergeStates(check(emptyState(), 'a', 1), saved)).to.equal(saved);
    expect(mergeStates(emptyState(), saved)).to.equal(saved);
    // Progress saved before stamps existed: the saved copy wins a tie.
    expect(mergeStates({ ...emptyState(), checked: ['legacy'] }, { ...emptyState(), checked: [] }).checked).to.deep.equal([]);
  });

  it('keeps set-aside progress through a merge', () => {
    const content = en as ChecklistContent;
    const saved = reconcile(check(emptyState(), 'retired-item', 1), content);
    expect(saved.aside.checked).to.deep.equal(['retired-item']);
    const merged = reconcile(mergeStates(check(emptyState(), content.sections[0].items[0].id, 2), saved), content);
    expect(merged.aside.checked).to.deep.equal(['retired-item']);
    expect(merged.checked).to.deep.equal([content.sections[0].items[0].id]);
  });

  it('a replacement stamps exactly the entries it changes', () => {
    const state = note(check(check(emptyState(), 'a', 1), 'b', 2), 's', 'text', 3);
    const next = check(emptyState(), 'b', 99);
    expect(differences(state, next)).to.deep.equal({ checked: ['a'], notes: ['s'] });
    const replaced = replaceState(state, next, 10);
    expect(replaced.checked).to.deep.equal(['b']);
    expect(replaced.changed).to.deep.equal({ checked: { a: 10, b: 2 }, notes: { s: 10 } });
  });

  it('undo brings back what a reset removed and keeps what changed since', () => {
    const before = note(check(check(emptyState(), 'a', 1), 'b', 2), 's', 'kept', 3);
    const reset = replaceState(before, emptyState(), 10);
    // Since the reset: another tab checked c and wrote a new note on t; this one rechecked b.
    const later = note(check(check(reset, 'c', 11), 'b', 12), 't', 'new', 13);
    const undone = undoReplace(later, before, 10, 20);
    expect(undone.checked.sort()).to.deep.equal(['a', 'b', 'c']);
    expect(undone.notes).to.deep.equal({ s: 'kept', t: 'new' });
    expect(undone.changed.checked).to.deep.equal({ a: 20, b: 12, c: 11 });
    // A later uncheck of a restored-by-undo item is not overridden either.
    const unchecked = check(reset, 'a', 11, false);
    expect(undoReplace(unchecked, before, 10, 20).checked).to.deep.equal(['b']);
  });
});
