import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import en from '../../src/content/checklist/en.json';
import type { ChecklistContent } from '../../src/content/schema/checklist.js';
import { importProgress } from '../../src/core/checklist-import.js';
import { replaceState } from '../../src/core/checklist-replace.js';
import {
  applyAction,
  emptyState,
  EXPORT_FORMAT,
  exportProgress,
  parseState,
  progressOf,
  reconcile,
} from '../../src/core/checklist-state.js';

const content = en as ChecklistContent;
const itemIds = content.sections.flatMap((s) => s.items.map((i) => i.id));

describe('checklist state', () => {
  it('checks, unchecks and notes without touching anything else', () => {
    let state = applyAction(emptyState(), { type: 'check', itemId: itemIds[0], checked: true }, 1);
    state = applyAction(state, { type: 'check', itemId: itemIds[3], checked: true }, 2);
    state = applyAction(state, { type: 'note', sectionId: 'motivation', text: 'Talked to Ana.' }, 3);
    state = applyAction(state, { type: 'check', itemId: itemIds[0], checked: false }, 4);
    expect(state.checked).to.deep.equal([itemIds[3]]);
    expect(state.notes).to.deep.equal({ motivation: 'Talked to Ana.' });
    expect(state.changed).to.deep.equal({ checked: { [itemIds[0]]: 4, [itemIds[3]]: 2 }, notes: { motivation: 3 } });
    const reset = replaceState(state, emptyState(), 5);
    expect([reset.checked, reset.notes]).to.deep.equal([[], {}]);
    expect(reset.changed).to.deep.equal({ checked: { [itemIds[0]]: 4, [itemIds[3]]: 5 }, notes: { motivation: 5 } });
  });

  it('counts progress per section and overall', () => {
    const state = { ...emptyState(), checked: content.sections[0].items.map((i) => i.id) };
    const progress = progressOf(state, content);
    expect(progress.sections[content.sections[0].id]).to.deep.equal({ done: content.sections[0].items.length, total: content.sections[0].items.length });
    expect(progress.overall).to.deep.equal({ done: content.sections[0].items.length, total: itemIds.length });
  });

  it('keeps progress for ids the content dropped aside, and brings it back when they return', () => {
    const state = { ...emptyState(), checked: [itemIds[0], 'retired-item'], notes: { motivation: 'a', 'retired-step': 'b' } };
    const reconciled = reconcile(state, content);
    expect(reconciled.checked).to.deep.equal([itemIds[0]]);
    expect(reconciled.aside).to.deep.equal({ checked: ['retired-item'], notes: { 'retired-step': 'b' } });
    const grown: ChecklistContent = {
      ...content,
      sections: [...content.sections, { id: 'retired-step', kind: 'practice', title: 't', summary: 's', items: [{ id: 'retired-item', text: 'x' }], sources: [] }],
    };
    const back = reconcile(reconciled, grown);
    expect(back.checked).to.include('retired-item');
    expect(back.notes['retired-step']).to.equal('b');
    expect(back.aside).to.deep.equal({ checked: [], notes: {} });
  });

  it('never loses a check or a note through reconcile, whatever the ids (property)', () => {
    const id = fc.oneof(fc.constantFrom(...itemIds, ...content.sections.map((s) => s.id)), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(id, { maxLength: 30 }), fc.dictionary(id, fc.string({ maxLength: 20 })), (checked, notes) => {
        const state = { ...emptyState(), checked: [...new Set(checked)], notes };
        const result = reconcile(state, content);
        expect([...result.checked, ...result.aside.checked].sort()).to.deep.equal([...state.checked].sort());
        expect({ ...result.notes, ...result.aside.notes }).to.deep.equal(notes);
      }),
      { numRuns: 500 },
    );
  });

  it('parses saved state or rejects it, never throwing, over arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (data) => {
        const state = parseState(data);
        if (state) expect(parseState(JSON.parse(JSON.stringify(state)))).to.deep.equal(state);
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips an export through import', () => {
    const state = reconcile({ ...emptyState(), checked: [itemIds[1]], notes: { 'earn-trust': 'Shipped the retry fix.' }, aside: { checked: ['old'], notes: {} } }, content);
    const file = exportProgress(state, new Date('2026-11-22T00:00:00Z'));
    expect(JSON.parse(file).format).to.equal(EXPORT_FORMAT);
    expect(importProgress(file)).to.deep.equal({ ok: true, state });
  });

  it('rejects malformed and foreign files with the reason (property over arbitrary text and JSON)', () => {
    expect(importProgress('{oops')).to.deep.equal({ ok: false, problem: 'not-json' });
    expect(importProgress('{"name":"package"}')).to.deep.equal({ ok: false, problem: 'foreign' });
    expect(importProgress(JSON.stringify({ format: EXPORT_FORMAT, version: 99, state: {} }))).to.deep.equal({ ok: false, problem: 'newer-version' });
    expect(importProgress(JSON.stringify({ format: EXPORT_FORMAT, version: 1, state: { checked: 'all' } }))).to.deep.equal({ ok: false, problem: 'malformed' });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.record({ format: fc.constant(EXPORT_FORMAT), version: fc.constant(1), state: fc.anything() }).map((v) => JSON.stringify(v))), (text) => {
        const result = importProgress(text);
        if (!result.ok) expect(['not-json', 'foreign', 'newer-version', 'malformed']).to.include(result.problem);
        else expect(parseState(result.state)).to.deep.equal(result.state);
      }),
      { numRuns: 1000 },
    );
  });
});
