// The path as a plan the reader follows: marking, folding, logged hours and forecasts, and
// progress that survives reloads, content changes and a second tab.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/path-recommender/define.js';
import en from '../../src/content/path/en.json';
import { PATH_STORAGE_KEY } from '../../src/elements/path-recommender/path-tracker.js';
import type { PathRecommender } from '../../src/elements/path-recommender/path-recommender.js';
import { foldTitle, settled, visibleText } from '../support/helpers.js';

async function recommender(template = html`<path-recommender level="mid" hours-per-week="10"></path-recommender>`): Promise<PathRecommender> {
  const element = await fixture<PathRecommender>(template);
  await settled(element);
  return element;
}

const phases = (element: PathRecommender) => [...element.shadowRoot!.querySelectorAll<HTMLLIElement>('[part="phase"]')];
const foldOf = (phase: Element) => phase.querySelector<HTMLButtonElement>('.fold')!;
/** Each phase's one line: title and status, and whether it is open. */
const lines = (element: PathRecommender) =>
  phases(element).map((phase) => ({
    title: foldTitle(foldOf(phase)),
    status: phase.querySelector('.status')!.textContent!.trim(),
    open: foldOf(phase).getAttribute('aria-expanded') === 'true',
  }));
const checkbox = (phase: Element, label: string) =>
  [...phase.querySelectorAll<HTMLLabelElement>('label.mark')].find((l) => l.textContent!.includes(label))!.querySelector('input')!;
const title = (id: string) => en.phases.find((p) => p.id === id)!.title;
const saved = () => JSON.parse(localStorage.getItem(PATH_STORAGE_KEY)!).data;
const save = (data: object) => localStorage.setItem(PATH_STORAGE_KEY, JSON.stringify({ version: 1, data }));
const doneMark = (at = 1) => ({ value: 'done', at });

describe('<path-recommender> as a plan to follow', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('asks the browser to keep the data when the reader first saves progress, and says browsers may clear it', async () => {
    const element = await recommender();
    expect(visibleText(element)).to.contain('browsers may clear site data');
    const storage = navigator.storage as StorageManager & { persist: () => Promise<boolean> };
    const original = storage.persist;
    let asked = 0;
    storage.persist = () => (asked++, Promise.resolve(false));
    try {
      element.shadowRoot!.querySelector<HTMLButtonElement>('.log button')!.click();
      element.shadowRoot!.querySelector<HTMLButtonElement>('.log button')!.click();
      await element.updateComplete;
    } finally {
      storage.persist = original;
    }
    // Once per page, on the first save (this test runs first in its page, before any other saves).
    expect(asked).to.equal(1);
    expect(saved().hours).not.to.deep.equal({});
  });

  it('opens the current phase and folds the others to one line with their status', async () => {
    const element = await recommender();
    const first = lines(element);
    expect(first[0]).to.include({ status: 'Now', open: true });
    expect(first.slice(1).every((line) => line.status === 'Later' && !line.open)).to.equal(true);
    // A folded phase builds no body: its goal is not in the page until it is opened.
    const second = en.phases.find((p) => p.id === element.path.phases[1].id)!;
    expect(visibleText(element)).not.to.contain(second.goal);
    // Each line says how long its phase takes, as the timeline bar above shows it to sighted readers only.
    const weeks = phases(element).map((phase) => phase.querySelector('.fold .weeks')!.textContent);
    expect(weeks).to.deep.equal(element.path.phases.map((p) => (p.weeks.min === p.weeks.max ? `${p.weeks.min} weeks` : `${p.weeks.min}–${p.weeks.max} weeks`)));
    expect(element.shadowRoot!.querySelector('.timeline')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('marks a phase done with the keyboard, moves on to the next, and remembers it after a reload', async () => {
    const element = await recommender();
    const [firstPhase] = element.path.phases;
    checkbox(phases(element)[0], 'I have finished this phase').focus();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    const after = lines(element);
    // The phase the reader was in stays open under their focus; the next is now current and open.
    expect(after[0]).to.include({ status: 'Done', open: true });
    expect(after[1]).to.include({ status: 'Now', open: true });
    expect(saved().marks[`phase:${firstPhase.id}`].value).to.equal('done');
    expect(visibleText(element)).to.contain(`1 of ${element.path.phases.length} phases done`);

    const reloaded = await recommender();
    expect(lines(reloaded)[0]).to.include({ status: 'Done', open: false });
    expect(lines(reloaded)[1]).to.include({ status: 'Now', open: true });
  });

  it('folds and unfolds phases from the keyboard', async () => {
    const element = await recommender();
    const fold = foldOf(phases(element)[2]);
    expect(fold.getAttribute('aria-expanded')).to.equal('false');
    fold.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => phases(element)[2].querySelector('.resources'), 'the phase never unfolded');
    expect(fold.getAttribute('aria-expanded')).to.equal('true');
    expect(element.shadowRoot!.activeElement).to.equal(fold); // focus stays on the line the reader pressed
    await sendKeys({ press: ' ' });
    await waitUntil(() => !phases(element)[2].querySelector('.resources'), 'the phase never folded');
    expect(fold.getAttribute('aria-expanded')).to.equal('false');
  });

  it('marks a milestone and a resource started, and shows a phase begun as started', async () => {
    const element = await recommender();
    const [, second] = element.path.phases;
    foldOf(phases(element)[1]).click();
    await waitUntil(() => phases(element)[1].querySelector('select.resource-mark'), 'the phase never unfolded');
    const select = phases(element)[1].querySelector<HTMLSelectElement>('select.resource-mark')!;
    expect(select.getAttribute('aria-label')).to.equal(`Your progress on ${second.parts[0].resource.title}`);
    select.value = 'started';
    select.dispatchEvent(new Event('change'));
    checkbox(phases(element)[1], 'Milestone reached').click();
    await element.updateComplete;
    expect(saved().marks[`resource:${second.id}/${second.parts[0].resource.id}`].value).to.equal('started');
    expect(saved().marks[`milestone:${second.id}`].value).to.equal('done');
    const reloaded = await recommender();
    expect(lines(reloaded)[1].status).to.equal('Started');
  });

  it('passes axe with progress, folded and open, in light and dark, in English and Chinese', async function () {
    this.timeout(60_000); // four full audits
    const first = (await recommender()).path.phases[0].id;
    save({ marks: { [`phase:${first}`]: doneMark() }, hours: {} });
    for (const lang of ['en', 'zh-CN']) {
      const element = await recommender(html`<path-recommender lang=${lang} level="mid" hours-per-week="10"></path-recommender>`);
      foldOf(phases(element)[0]).click();
      await waitUntil(() => phases(element)[0].querySelector('.resources'));
      for (const scheme of ['light', 'dark'] as const) {
        await emulateMedia({ colorScheme: scheme });
        await expect(element).to.be.accessible();
      }
    }
  });

  it('keeps progress through renamed, reordered and removed phases, and keeps aside what another level does not use', async () => {
    const path = (await recommender()).path;
    const [first, second, , fourth] = path.phases.map((p) => p.id);
    expect(en.directions.some((d) => d.id === 'mobile' && !d.mergesInto)).to.equal(true);
    save({ marks: { [`phase:${first}`]: doneMark(), [`phase:${fourth}`]: doneMark(), 'phase:serving-at-scale': doneMark() }, hours: {} });

    // Renamed: the embedder's content retitles the first phase; the mark follows its id.
    const renamed = { phases: [{ ...en.phases.find((p) => p.id === first)!, title: 'Ship a model first' }] };
    const element = await recommender(
      html`<path-recommender level="mid" hours-per-week="10"><script type="application/json">${JSON.stringify(renamed)}</script></path-recommender>`,
    );
    expect(lines(element)[0]).to.include({ title: '1. Ship a model first', status: 'Done' });
    // Seniors' serving phase is not in a mid-level path: its mark is kept aside, not lost.
    expect(visibleText(element)).to.contain('1 marks from another level or direction are kept aside');

    // Reordered: theory first puts the same phases in another order; each keeps its own mark.
    const theory = await recommender(html`<path-recommender level="mid" learning-style="theory-first" hours-per-week="10"></path-recommender>`);
    const byTitle = new Map(lines(theory).map((line) => [line.title.replace(/^\d+\. /, ''), line.status]));
    expect(byTitle.get(title(first))).to.equal('Done');
    expect(byTitle.get(title(fourth))).to.equal('Done');
    expect(byTitle.get(title(second))).not.to.equal('Done');

    // Back at senior, the set-aside mark counts again.
    const senior = await recommender(html`<path-recommender level="senior" hours-per-week="10"></path-recommender>`);
    expect(lines(senior).find((line) => line.title.endsWith(title('serving-at-scale')))!.status).to.equal('Done');

    // Removed: the embedder's content drops the reader's direction, and with it its phase; the mark is kept aside.
    save({ marks: { 'phase:mobile': doneMark() }, hours: {} });
    expect(lines(await recommender(html`<path-recommender level="mid" direction="mobile"></path-recommender>`)).some((l) => l.status === 'Done')).to.equal(true);
    const without = { ...en, directions: en.directions.filter((d) => d.id !== 'mobile') };
    const removed = await recommender(
      html`<path-recommender level="mid" direction="mobile" content-mode="replace"><script type="application/json">${JSON.stringify(without)}</script></path-recommender>`,
    );
    expect(lines(removed).some((l) => l.status === 'Done')).to.equal(false);
    expect(visibleText(removed)).to.contain('1 marks from another level or direction are kept aside');
    removed.shadowRoot!.querySelector<HTMLButtonElement>('.log button')!.click();
    await removed.updateComplete;
    expect(saved().marks['phase:mobile'].value).to.equal('done');
  });

  it('garbage saved for the path is set aside and never replaces good progress', async () => {
    localStorage.setItem(PATH_STORAGE_KEY, '{"version":1,"data":{"marks":"nope"}}');
    const element = await recommender();
    expect(visibleText(element)).to.contain('could not be read, so it was set aside');
    const aside = Object.keys(localStorage).find((key) => key.startsWith(`${PATH_STORAGE_KEY}:unreadable:`))!;
    expect(localStorage.getItem(aside)).to.equal('{"version":1,"data":{"marks":"nope"}}');
  });

  describe('with the clock at Wednesday 11 March 2026', () => {
    const RealDate = Date;
    const FIXED = new RealDate(2026, 2, 11, 12).getTime();
    beforeEach(() => {
      // Only the clock is fixed: dates built from arguments stay real.
      globalThis.Date = class extends RealDate {
        constructor(...args: ConstructorParameters<DateConstructor> | []) {
          if (args.length === 0) super(FIXED);
          else super(...(args as ConstructorParameters<DateConstructor>));
        }
        static override now() {
          return FIXED;
        }
      } as DateConstructor;
    });
    afterEach(() => (globalThis.Date = RealDate));

    const forecastText = (element: PathRecommender) => element.shadowRoot!.querySelector('.forecast')!.textContent!.replace(/\s+/g, ' ').trim();

    it('forecasts from the hours said, then from the pace kept, naming the weeks, and says a slower pace is normal', async () => {
      const element = await recommender();
      const { hours } = element.path;
      const weeks = (pace: number) => `${Math.ceil(hours.min / pace)}–${Math.ceil(hours.max / pace)} weeks`;
      expect(forecastText(element)).to.contain(`At the 10 h a week you said: ${weeks(10)} left, finishing between`);
      expect(forecastText(element)).to.contain('Log your hours in two different weeks');
      expect(visibleText(element)).to.contain('A slower pace than planned is normal');

      // Two weeks logged before this one: 6 h in the week of 23 February, 3 h in the week of 2 March.
      save({ marks: {}, hours: { '2026-W09': { value: 6, at: 1 }, '2026-W10': { value: 3, at: 1 } } });
      const logged = await recommender();
      expect(forecastText(logged)).to.contain(`At the pace you kept from Feb 23, 2026 to Mar 8, 2026, about 4.5 h a week: ${weeks(4.5)} left`);

      // "+1 h" logs this week, which then counts in the pace.
      logged.shadowRoot!.querySelector<HTMLButtonElement>('.log button')!.click();
      await logged.updateComplete;
      expect(saved().hours['2026-W11'].value).to.equal(1);
      expect(logged.shadowRoot!.querySelector<HTMLInputElement>('#week-hours')!.value).to.equal('1');
      expect(forecastText(logged)).to.contain('from Feb 23, 2026 to Mar 15, 2026, about 3.3 h a week');
    });

    it('the calendar follows the forecast: phases done are left out, and dates move with the pace kept', async () => {
      const element = await recommender();
      const [first] = element.path.phases;
      const said = await element.toCalendar('2026-03-11');
      save({ marks: { [`phase:${first.id}`]: doneMark() }, hours: { '2026-W09': { value: 2, at: 1 }, '2026-W10': { value: 2, at: 1 } } });
      const slower = await recommender();
      const forecast = await slower.toCalendar('2026-03-11');
      expect(forecast.match(/BEGIN:VEVENT/g)).to.have.length(element.path.phases.length - 1);
      expect(forecast).not.to.contain(`UID:20260311-1-${first.id}@`);
      const lastDay = (ics: string) => ics.match(/DTSTART;VALUE=DATE:(\d+)/g)!.at(-1)!;
      expect(lastDay(forecast) > lastDay(said)).to.equal(true);
    });
  });

  it('two elements on one key each keep their changes, entry by entry', async () => {
    const root = await fixture(html`<div>
      <path-recommender level="mid" hours-per-week="10"></path-recommender>
      <path-recommender level="mid" hours-per-week="10"></path-recommender>
    </div>`);
    const [a, b] = [...root.querySelectorAll('path-recommender')] as PathRecommender[];
    await Promise.all([settled(a), settled(b)]);
    const first = a.path.phases[0].id;
    checkbox(phases(a)[0], 'I have finished this phase').click();
    await a.updateComplete;
    // Done elsewhere, the phase folds in b like any finished phase; b's reader opens it again.
    await b.updateComplete;
    expect(lines(b)[0]).to.include({ status: 'Done', open: false });
    foldOf(phases(b)[0]).click();
    await waitUntil(() => phases(b)[0].querySelector('label.mark'), 'the folded phase did not open');
    checkbox(phases(b)[0], 'Milestone reached').click();
    b.shadowRoot!.querySelector<HTMLButtonElement>('.log button')!.click();
    await b.updateComplete;
    expect(saved().marks[`phase:${first}`].value).to.equal('done');
    expect(saved().marks[`milestone:${first}`].value).to.equal('done');
    expect(Object.values(saved().hours)).to.have.length(1);
    // The other element (or tab) follows: the phase is done there too.
    await waitUntil(() => lines(a)[0].status === 'Done' && lines(b)[0].status === 'Done', 'the elements never agreed');
    // A tab that hears of another tab's change from the browser follows it as well.
    window.dispatchEvent(new StorageEvent('storage', { key: PATH_STORAGE_KEY }));
    await a.updateComplete;
    expect(checkbox(phases(a)[0], 'Milestone reached').checked).to.equal(true);
  });
});

