import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  applyPathAction,
  asideCount,
  emptyProgress,
  markOf,
  mergeProgress,
  parseProgress,
  PATH_PROGRESS_FORMAT,
  type MarkKind,
  type PathAction,
  type PathProgress,
} from '../../src/core/path-progress.js';
import { progressDifferences, replaceProgress, undoProgress } from '../../src/core/path-progress-replace.js';
import { migrate } from '../../src/core/versioned.js';

const mark = (p: PathProgress, kind: MarkKind, id: string, value: 'started' | 'done' | null, at: number) =>
  applyPathAction(p, { type: 'mark', kind, id, mark: value }, at);

const actionArb: fc.Arbitrary<PathAction> = fc.oneof(
  fc.record({
    type: fc.constant('mark' as const),
    kind: fc.constantFrom<MarkKind>('phase', 'milestone', 'resource'),
    id: fc.constantFrom('a', 'b', 'c', 'constructor', '__proto__'),
    mark: fc.constantFrom('started' as const, 'done' as const, null),
  }),
  fc.record({ type: fc.constant('hours' as const), week: fc.constantFrom('2026-W01', '2026-W02', '2026-W53'), hours: fc.integer({ min: 0, max: 200 }) }),
);
/** A tab's history: actions at distinct, increasing times. */
const historyArb = fc.array(fc.tuple(actionArb, fc.integer({ min: 1, max: 1e6 })), { maxLength: 20 });
const play = (history: [PathAction, number][]) => history.reduce((p, [action, at]) => applyPathAction(p, action, at), emptyProgress());

describe('path progress', () => {
  it('keys marks by stable ids, so a new path order or reworded content finds the same marks', () => {
    let p = mark(emptyProgress(), 'phase', 'math-core', 'done', 1);
    p = mark(p, 'resource', 'fast-ai', 'started', 2);
    expect(markOf(p, 'phase', 'math-core')).to.equal('done');
    expect(markOf(p, 'resource', 'fast-ai')).to.equal('started');
    expect(markOf(p, 'milestone', 'math-core')).to.equal(undefined);
    // prototype names are the reader's own ids, never Object.prototype members
    expect(markOf(p, 'phase', 'constructor')).to.equal(undefined);
  });

  it('keeps marks for phases the current path lacks aside, and counts them', () => {
    let p = mark(emptyProgress(), 'phase', 'serving-at-scale', 'done', 1);
    p = mark(p, 'phase', 'math-core', 'done', 2);
    p = mark(p, 'resource', 'gone', 'started', 3);
    expect(asideCount(p, ['math-core'], [])).to.equal(2);
    expect(asideCount(p, ['math-core', 'serving-at-scale'], ['gone'])).to.equal(0);
    expect(markOf(p, 'phase', 'serving-at-scale')).to.equal('done');
  });

  it('logs whole hours per ISO week, 0 to 168, and clears a week at zero', () => {
    let p = applyPathAction(emptyProgress(), { type: 'hours', week: '2026-W10', hours: 2.6 }, 1);
    expect(p.hours['2026-W10'].value).to.equal(3);
    p = applyPathAction(p, { type: 'hours', week: '2026-W10', hours: 999 }, 2);
    expect(p.hours['2026-W10'].value).to.equal(168);
    p = applyPathAction(p, { type: 'hours', week: '2026-W10', hours: 0 }, 3);
    expect(p.hours['2026-W10'].value).to.equal(null);
    expect(applyPathAction(p, { type: 'hours', week: 'last week', hours: 1 }, 4)).to.equal(p);
  });

  it('reads back what it saves, and refuses anything else', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const p = play(history);
        expect(migrate(JSON.parse(JSON.stringify({ version: 1, data: p })), PATH_PROGRESS_FORMAT)).to.deep.equal(p);
      }),
    );
    for (const bad of [null, [], { marks: {} }, { marks: { 'phase:a': { value: 'finished', at: 1 } }, hours: {} }, { marks: {}, hours: { W1: { value: 1, at: 1 } } }, { marks: {}, hours: { '2026-W01': { value: -1, at: 1 } } }, { marks: { 'x:a': { value: 'done', at: 1 } }, hours: {} }]) {
      expect(parseProgress(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });

  it('merges two tabs entry by entry: the later change to each entry wins, whichever tab made it', () => {
    fc.assert(
      fc.property(historyArb, historyArb, (a, b) => {
        // Distinct times across the tabs, as real clocks give.
        const mine = play(a.map(([action, at]) => [action, at * 2]));
        const saved = play(b.map(([action, at]) => [action, at * 2 + 1]));
        const merged = mergeProgress(mine, saved);
        for (const part of ['marks', 'hours'] as const) {
          const keys = new Set([...Object.keys(mine[part]), ...Object.keys(saved[part])]);
          for (const key of keys) {
            const candidates = [mine[part][key], saved[part][key]].filter(Boolean);
            const latest = candidates.reduce((x, y) => (y.at > x.at ? y : x));
            expect(merged[part][key]).to.deep.equal(latest);
          }
        }
        // Merging is the same from either side.
        expect(mergeProgress(saved, mine)).to.deep.equal(merged);
      }),
    );
  });

  it('returns the saved progress itself when this tab holds nothing newer', () => {
    const saved = mark(emptyProgress(), 'phase', 'a', 'done', 5);
    expect(mergeProgress(emptyProgress(), saved)).to.equal(saved);
    expect(mergeProgress(mark(emptyProgress(), 'phase', 'a', 'started', 4), saved)).to.equal(saved);
  });

  it('a replacement and its undo change only what they touched and keep later changes from any tab', () => {
    fc.assert(
      fc.property(historyArb, historyArb, historyArb, (beforeHistory, nextHistory, laterHistory) => {
        const before = play(beforeHistory);
        const next = play(nextHistory);
        const at = 2e6;
        const replaced = replaceProgress(before, next, at);
        expect(progressDifferences(replaced, next)).to.deep.equal({ marks: [], hours: [] });
        // Another tab changes some entries after the replacement.
        const later = laterHistory.reduce((p, [action, t]) => applyPathAction(p, action, at + t), replaced);
        const undone = undoProgress(later, before, at, 4e6);
        const touchedLater = new Set(laterHistory.map(([action]) => (action.type === 'mark' ? `${action.kind}:${action.id}` : action.week)));
        for (const part of ['marks', 'hours'] as const) {
          for (const key of new Set([...Object.keys(before[part]), ...Object.keys(undone[part])])) {
            const value = undone[part][key]?.value ?? null;
            if (touchedLater.has(key)) expect(value).to.equal(later[part][key]?.value ?? null);
            else expect(value).to.equal(before[part][key]?.value ?? null);
          }
        }
      }),
    );
  });
});
