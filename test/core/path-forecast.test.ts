import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { actualPace, dayOf, forecast, isoWeek, mondayOf, pathAhead, remainingEffort } from '../../src/core/path-forecast.js';
import { applyPathAction, emptyProgress, type PathProgress } from '../../src/core/path-progress.js';
import { recommendPath } from '../../src/core/recommend-path.js';
import { DEFAULT_INPUTS } from '../../src/core/path-inputs.js';
import en from '../../src/content/path/en.json';
import type { PathContent } from '../../src/content/schema/path.js';

const path = recommendPath(en as PathContent, { ...DEFAULT_INPUTS, hoursPerWeek: 10 });
const log = (p: PathProgress, week: string, hours: number) => applyPathAction(p, { type: 'hours', week, hours }, 1);
const done = (p: PathProgress, id: string) => applyPathAction(p, { type: 'mark', kind: 'phase', id, mark: 'done' }, 1);
// Wednesday 2026-03-11, in ISO week 2026-W11.
const NOW = new Date(2026, 2, 11, 12);

describe('path forecast', () => {
  it('names ISO weeks as calendars do, across year ends', () => {
    expect(isoWeek(new Date(Date.UTC(2026, 2, 11)))).to.equal('2026-W11');
    expect(isoWeek(new Date(Date.UTC(2021, 0, 3)))).to.equal('2020-W53'); // a Sunday still in 2020's last week
    expect(isoWeek(new Date(Date.UTC(2024, 11, 30)))).to.equal('2025-W01'); // a Monday already in 2025's first
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2500, 0, 1) }), (time) => {
        const day = dayOf(new Date(time));
        const monday = mondayOf(isoWeek(day));
        expect(monday.getUTCDay()).to.equal(1);
        expect((day.getTime() - monday.getTime()) / 86_400_000).to.be.within(0, 6);
      }),
    );
  });

  it('from the hours the reader said: the remaining phases at their pace, with finish days', () => {
    const result = forecast(path, emptyProgress(), NOW);
    expect(result.remaining).to.deep.equal(path.hours);
    expect(result.said.weeks).to.deep.equal({ min: Math.ceil(path.hours.min / 10), max: Math.ceil(path.hours.max / 10) });
    expect(result.said.from.toISOString().slice(0, 10)).to.equal(new Date(Date.UTC(2026, 2, 11) + result.said.weeks.min * 7 * 86_400_000).toISOString().slice(0, 10));
    expect(result.actual).to.equal(undefined);
  });

  it('phases marked done leave the remaining effort', () => {
    const first = path.phases[0];
    const progress = done(emptyProgress(), first.id);
    expect(remainingEffort(path, progress)).to.deep.equal({ min: path.hours.min - first.effort.min, max: path.hours.max - first.effort.max });
    expect(pathAhead(path, progress, 10).phases.map((p) => p.id)).to.deep.equal(path.phases.slice(1).map((p) => p.id));
    const all = path.phases.reduce((p, phase) => done(p, phase.id), emptyProgress());
    expect(forecast(path, all, NOW).said.weeks).to.deep.equal({ min: 0, max: 0 });
  });

  it('after two logged weeks, the pace kept over the last weeks, and which weeks those are', () => {
    expect(actualPace(log(emptyProgress(), '2026-W10', 5), NOW)).to.equal(undefined);
    // W08: 8 h, W09: nothing, W10: 4 h; this week (W11) has none yet, so the window ends last week.
    const progress = log(log(emptyProgress(), '2026-W08', 8), '2026-W10', 4);
    expect(actualPace(progress, NOW)).to.deep.equal({ hours: 4, first: '2026-W08', last: '2026-W10' });
    const result = forecast(path, progress, NOW);
    expect(result.actual!.weeks).to.deep.equal({ min: Math.ceil(path.hours.min / 4), max: Math.ceil(path.hours.max / 4) });
    // Logged this week: the window takes it in, and keeps to the last four weeks.
    const more = log(log(progress, '2026-W11', 6), '2026-W01', 40);
    expect(actualPace(more, NOW)).to.deep.equal({ hours: 4.5, first: '2026-W08', last: '2026-W11' });
  });

  it('a pace kept long ago does not count once the last four weeks hold fewer than two', () => {
    expect(actualPace(log(log(emptyProgress(), '2025-W40', 8), '2025-W41', 8), NOW)).to.equal(undefined);
  });

  it('the path ahead keeps phase order and recomputes ends from the new pace', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (pace) => {
        const ahead = pathAhead(path, emptyProgress(), pace);
        expect(ahead.phases.map((p) => p.id)).to.deep.equal(path.phases.map((p) => p.id));
        expect(ahead.weeks.max).to.equal(ahead.phases.at(-1)!.endsAfter.max);
        ahead.phases.forEach((phase, i) => expect(phase.endsAfter.max).to.equal((ahead.phases[i - 1]?.endsAfter.max ?? 0) + phase.weeks.max));
      }),
    );
  });
});
