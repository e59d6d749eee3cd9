// Checklist progress edited in several tabs at once, generated: checks, notes, resets and undos in
// any order; tabs that hear of each other's saves late, or save from a stale copy (two browser
// processes writing at the same moment); other scripts writing garbage under the key. Whatever
// happens, once every tab has heard every save, all tabs and storage agree, and every entry holds
// the value of its latest change: nothing a reader did is lost to another tab. An undo changes only
// what its reset changed.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { importChanges } from '../../src/core/checklist-import.js';
import { mergeStates } from '../../src/core/checklist-merge.js';
import { replaceState, undoReplace } from '../../src/core/checklist-replace.js';
import { applyAction, CHECKLIST_FORMAT, emptyState, flatten, type ChecklistState, type Stamps } from '../../src/core/checklist-state.js';
import { own } from '../../src/core/records.js';
import { createStore, type VersionedStore } from '../../src/platform/storage.js';

const ITEMS = ['a', 'b', 'c', 'constructor'];
const SECTIONS = ['s', 't', '__proto__'];
const GARBAGE = ['{not json', 'null', '[]', '{"version":1,"data":{"checked":"x"}}', '{"version":0,"data":{}}', '"text"'];
const TABS = 3;

type Step =
  | { kind: 'check'; tab: number; item: string; checked: boolean; stale: boolean }
  | { kind: 'note'; tab: number; section: string; text: string; stale: boolean }
  | { kind: 'reset'; tab: number }
  | { kind: 'undo'; tab: number }
  | { kind: 'hear'; tab: number }
  | { kind: 'garbage'; raw: string };

const tab = fc.nat({ max: TABS - 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('check' as const), tab, item: fc.constantFrom(...ITEMS), checked: fc.boolean(), stale: fc.boolean() }),
  fc.record({ kind: fc.constant('note' as const), tab, section: fc.constantFrom(...SECTIONS), text: fc.string({ maxLength: 6 }), stale: fc.boolean() }),
  fc.record({ kind: fc.constant('reset' as const), tab }),
  fc.record({ kind: fc.constant('undo' as const), tab }),
  fc.record({ kind: fc.constant('hear' as const), tab }),
  fc.record({ kind: fc.constant('garbage' as const), raw: fc.constantFrom(...GARBAGE) }),
);

/** The value an entry has in `state`: checked or not, or its note ('' for none). */
const valueOf = (state: ChecklistState, kind: keyof Stamps, id: string) => {
  const all = flatten(state);
  return kind === 'checked' ? all.checked.has(id) : own(all.notes, id) || '';
};

let run = 0;

describe('checklist progress in several tabs (generated)', () => {
  afterEach(() => localStorage.clear());

  it('every latest change survives and every tab agrees, whatever the order (400 cases)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const key = `test:races:${run++}`;
        let clock = 0;
        /** The latest change to each entry: its time and value. */
        const latest = new Map<string, { at: number; value: boolean | string }>();
        const history: (string | null)[] = [null];
        const tabs = Array.from({ length: TABS }, () => ({
          store: createStore({ key, format: CHECKLIST_FORMAT, initial: emptyState, merge: mergeStates }) as VersionedStore<ChecklistState>,
          undo: undefined as { before: ChecklistState; at: number } | undefined,
        }));
        tabs.forEach((t) => t.store.read());

        /** A change by one tab, recorded for every entry whose stamp it moves. */
        const change = (t: (typeof tabs)[number], make: (state: ChecklistState) => ChecklistState, stale = false) => {
          const getItem = Storage.prototype.getItem;
          // Saving from a stale copy: the tab reads what was saved some steps ago.
          const old = history[Math.floor(history.length / 2)];
          if (stale) Storage.prototype.getItem = function (k: string) { return k === key ? old : getItem.call(this, k); };
          try {
            t.store.update((state) => {
              const next = make(state);
              for (const kind of ['checked', 'notes'] as const) {
                for (const id of Object.keys(next.changed[kind])) {
                  const at = next.changed[kind][id];
                  if (at !== own(state.changed[kind], id)) latest.set(`${kind} ${id}`, { at, value: valueOf(next, kind, id) });
                }
              }
              return next;
            });
          } finally {
            Storage.prototype.getItem = getItem;
          }
          history.push(localStorage.getItem(key));
        };

        for (const s of steps) {
          if (s.kind === 'garbage') localStorage.setItem(key, s.raw);
          else if (s.kind === 'hear') tabs[s.tab].store.read();
          else if (s.kind === 'check') change(tabs[s.tab], (state) => applyAction(state, { type: 'check', itemId: s.item, checked: s.checked }, ++clock), s.stale);
          else if (s.kind === 'note') change(tabs[s.tab], (state) => applyAction(state, { type: 'note', sectionId: s.section, text: s.text }, ++clock), s.stale);
          else if (s.kind === 'reset') {
            const t = tabs[s.tab];
            const at = ++clock;
            change(t, (state) => {
              t.undo = { before: state, at };
              return replaceState(state, emptyState(), at);
            });
          } else {
            const t = tabs[s.tab];
            const undo = t.undo;
            if (undo) {
              change(t, (state) => {
                const next = undoReplace(state, undo.before, undo.at, ++clock);
                // Undo touches only entries whose last change is still the reset's.
                for (const kind of ['checked', 'notes'] as const) {
                  for (const id of Object.keys(next.changed[kind])) {
                    if (next.changed[kind][id] !== own(state.changed[kind], id)) expect(own(state.changed[kind], id), `${kind} ${id}`).to.equal(undo.at);
                  }
                }
                return next;
              });
            }
            t.undo = undefined;
          }
        }

        // Every tab hears of every save, as long as saves keep coming.
        for (let round = 0; round < 10; round++) {
          const before = localStorage.getItem(key);
          tabs.forEach((t) => t.store.read());
          if (localStorage.getItem(key) === before) break;
        }
        const raw = localStorage.getItem(key);
        const saved = raw === null ? emptyState() : CHECKLIST_FORMAT.parse(JSON.parse(raw).data);
        expect(saved, 'storage holds readable progress').to.not.equal(undefined);
        for (const t of tabs) {
          const state = t.store.read();
          for (const [entry, { value }] of latest) {
            const [kind, id] = entry.split(' ') as [keyof Stamps, string];
            expect(valueOf(state, kind, id), entry).to.equal(value);
            expect(valueOf(saved!, kind, id), `saved ${entry}`).to.equal(value);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('an import says exactly what it replaces, and its undo gives back the progress it replaced (500 cases)', () => {
    const id = fc.constantFrom(...ITEMS, ...SECTIONS, 'toString', 'retired');
    const progress = fc
      .record({ checked: fc.uniqueArray(id, { maxLength: 6 }), notes: fc.dictionary(id, fc.string({ maxLength: 4 }), { maxKeys: 4 }), aside: fc.uniqueArray(id, { maxLength: 3 }) })
      .map(({ checked, notes, aside }) => CHECKLIST_FORMAT.parse({ checked, notes, aside: { checked: aside.filter((i) => !checked.includes(i)), notes: {} } })!);
    fc.assert(
      fc.property(progress, progress, (current, file) => {
        const changes = importChanges(current, file);
        const [before, after] = [flatten(current), flatten(file)];
        expect(changes.checksGained).to.equal([...after.checked].filter((i) => !before.checked.has(i)).length);
        expect(changes.checksLost).to.equal([...before.checked].filter((i) => !after.checked.has(i)).length);
        const note = (state: ChecklistState, i: string) => own(flatten(state).notes, i) || '';
        const noteIds = new Set([...Object.keys(before.notes), ...Object.keys(after.notes)]);
        expect(changes.notesLost).to.equal([...noteIds].filter((i) => note(current, i) && note(current, i) !== note(file, i)).length);
        expect(changes.notesGained).to.equal([...noteIds].filter((i) => note(file, i) && note(current, i) !== note(file, i)).length);

        const imported = replaceState(current, file, 10);
        for (const i of new Set([...before.checked, ...after.checked])) expect(valueOf(imported, 'checked', i), i).to.equal(after.checked.has(i));
        for (const i of noteIds) expect(valueOf(imported, 'notes', i), i).to.equal(note(file, i));
        const undone = undoReplace(imported, current, 10, 11);
        for (const i of new Set([...before.checked, ...after.checked])) expect(valueOf(undone, 'checked', i), i).to.equal(before.checked.has(i));
        for (const i of noteIds) expect(valueOf(undone, 'notes', i), i).to.equal(note(current, i));
      }),
      { numRuns: 500 },
    );
  });
});
