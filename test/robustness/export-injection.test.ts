// What content and a reader's notes can do to the files the kit exports: every exported field, with
// any control character, line break or markup in it, stays inside its own field. No text adds an
// iCalendar property or a Markdown block, and no date writes a malformed file.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/elements/path-recommender/define.js';
import checklistEn from '../../src/content/checklist/en.json';
import pathEn from '../../src/content/path/en.json';
import commonUi from '../../src/content/common/ui.en.json';
import ownPathUi from '../../src/content/path/ui.en.json';
import type { ChecklistContent } from '../../src/content/schema/checklist.js';
import type { PathContent } from '../../src/content/schema/path.js';
import { emptyState } from '../../src/core/checklist-state.js';
import { calendarDay, latestCalendarStart, pathToIcs } from '../../src/core/ics.js';
import { mdText } from '../../src/core/markdown.js';
import { buildPlan } from '../../src/core/plan-sections.js';
import { recommendPath, type LearningPath } from '../../src/core/recommend-path.js';
import { calendarOf } from '../../src/elements/path-recommender/path-exports.js';
import type { PathRecommender } from '../../src/elements/path-recommender/path-recommender.js';
import { settled } from '../support/helpers.js';
import { planLabels } from '../support/plan.js';

const path = recommendPath(pathEn as PathContent, { level: 'staff', style: 'code-first', structure: 'self-paced', hoursPerWeek: 6, direction: 'backend' });
const labels = { summary: 'Milestone: {title}' };
const now = new Date('2026-11-22T10:00:00Z');
const pathUi = { ...commonUi, ...ownPathUi };
/** The 1:1 plan of a path, or of the checklist's progress, as the kit writes it. */
const pathPlan = (learningPath: LearningPath, direction = 'x') =>
  buildPlan({ inputs: learningPath.inputs, specializations: [direction], path: learningPath }, planLabels());
const checklistPlan = (content: ChecklistContent, state: ReturnType<typeof emptyState>, profile = 'x') =>
  buildPlan({ inputs: path.inputs, specializations: [profile], checklist: { content, state } }, planLabels());

/** Every character that ends a line somewhere: CommonMark's three, and those lenient parsers add. */
const BREAKS = ['\r\n', '\n', '\r', '\v', '\f', '\x85', '\u2028', '\u2029'];
const BREAK_OR_CONTROL = /[\0-\x08\n-\x1f\x7f-\x9f\u2028\u2029]/;
/** In Markdown, LF is the one line ending the kit writes; tabs may stay inside text. */
const MD_FORBIDDEN = /[\0-\x08\v-\x1f\x7f-\x9f\u2028\u2029]/;

/** Text an attacker or a careless author might put in any field. */
const hostileText = fc
  .tuple(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({
        unit: fc.constantFrom(...BREAKS, '\0', '\t', '\x1b', '\x7f', '\x9b', ';', ',', '\\', ':', 'ATTENDEE:mailto:x@evil.example', 'URL:https://evil.example', '# ', '- ', '1. ', '> ', '    ', '<img src=x>', '里程碑', 'a'),
        maxLength: 12,
      }),
    ),
    fc.constantFrom('a', '里'),
  )
  .map(([text, end]) => text + end); // content fields are never empty

const withPhases = (base: LearningPath, fields: { title: string; milestone: string; goal: string; reason: string; by: string }): LearningPath => ({
  ...base,
  phases: base.phases.map((phase) => ({
    ...phase,
    ...fields,
    parts: phase.parts.map((part) => ({
      ...part,
      part: fields.title,
      resource: { ...part.resource, title: fields.title, by: fields.by, url: `${part.resource.url}?q=${fields.goal}` },
    })),
  })),
});

/** RFC 5545 unfolding and TEXT unescaping, as a calendar reads the file. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
const unescape = (text: string) => text.replace(/\\([\\;,nN])/g, (_, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));
/** What a field's text becomes in the file: one kind of line break, no other control characters. */
const normalized = (text: string) =>
  text.replace(/\r\n|[\n\v\f\r\x85\u2028\u2029]/g, '\n').replace(/[\0-\x08\x0e-\x1f\x7f-\x9f]/g, '');

const PROPERTIES = /^(BEGIN|END|VERSION|PRODID|CALSCALE|METHOD|UID|DTSTAMP|DTSTART;VALUE=DATE|DTEND;VALUE=DATE|SUMMARY|DESCRIPTION|TRANSP):/;

describe('export injection', () => {
  describe('iCalendar', () => {
    it('keeps a lone CR, U+2028 and other controls in a title from starting a line of their own', () => {
      const title = 'Learn\rATTENDEE:mailto:boss@evil.example\u2028URL:https://evil.example\x0bX\x00';
      const ics = pathToIcs(withPhases(path, { title, milestone: 'm\x85DESCRIPTION:spoof', goal: 'g', reason: 'r', by: 'b' }), new Date('2027-01-04T00:00:00Z'), labels, now);
      for (const line of ics.split('\r\n')) expect(line).to.not.match(BREAK_OR_CONTROL);
      const lines = unfold(ics);
      expect(lines.filter((line) => /^(ATTENDEE|URL)/.test(line))).to.deep.equal([]);
      expect(lines.filter((line) => line.startsWith('DESCRIPTION:'))).to.have.length(path.phases.length);
      expect(lines).to.include('SUMMARY:Milestone: Learn\\nATTENDEE:mailto:boss@evil.example\\nURL:https://evil.example\\nX');
    });

    it('refuses a start whose milestones fall after 9999 instead of writing a malformed DTSTART', () => {
      expect(() => pathToIcs(path, new Date('9999-01-01T00:00:00Z'), labels, now)).to.throw(RangeError, /9999-12-31/);
      expect(() => pathToIcs(path, new Date(NaN), labels, now)).to.throw(RangeError);
      const latest = latestCalendarStart(path);
      const last = unfold(pathToIcs(path, latest, labels, now)).filter((line) => line.startsWith('DTEND'));
      expect(last.at(-1)).to.equal('DTEND;VALUE=DATE:99991231');
      expect(() => pathToIcs(path, new Date(latest.getTime() + 86_400_000), labels, now)).to.throw(RangeError);
    });

    it('has a start for the longest path content allows: every phase at 10,000 hours, an hour a week', () => {
      const longest = { ...pathEn, phases: pathEn.phases.map((phase) => ({ ...phase, effort: { min: 10_000, max: 10_000 } })) } as PathContent;
      const slowest = recommendPath(longest, { ...path.inputs, hoursPerWeek: 1 });
      const latest = latestCalendarStart(slowest);
      expect(latest.getUTCFullYear()).to.be.above(7000);
      expect(pathToIcs(slowest, latest, labels, now)).to.contain('DTEND;VALUE=DATE:99991231');
    });

    it('reads only real days as start dates', () => {
      expect(calendarDay('2027-03-01')?.toISOString()).to.equal('2027-03-01T00:00:00.000Z');
      expect(calendarDay('9999-12-31')?.toISOString()).to.equal('9999-12-31T00:00:00.000Z');
      for (const text of ['2027-02-31', '2027-13-01', '0000-01-01', '+010000-01-01', '2027-3-1', '', 'today']) {
        expect(calendarDay(text), text).to.equal(undefined);
      }
      const late = calendarOf(path, pathUi, '9999-01-01');
      expect(late).to.deep.equal({ problem: pathUi.calendarTooLate.replace('{date}', latestCalendarStart(path).toISOString().slice(0, 10)) });
    });

    it('shows the reader why a late start has no calendar, instead of throwing into the page', async () => {
      const element = await fixture<PathRecommender>(html`<path-recommender></path-recommender>`);
      await settled(element);
      const start = element.shadowRoot!.querySelector<HTMLInputElement>('#start')!;
      start.value = '9999-06-01';
      start.dispatchEvent(new Event('change'));
      const saved: Blob[] = [];
      const rejections: unknown[] = [];
      const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob) => (saved.push(blob), 'blob:test');
      addEventListener('unhandledrejection', onRejection);
      try {
        element.shadowRoot!.querySelector<HTMLButtonElement>('.export .calendar button')!.click();
        await waitUntil(() => element.shadowRoot!.querySelector('.export [role="alert"]'), 'no problem shown');
        await new Promise((resolve) => setTimeout(resolve, 20)); // a rejection would be reported by now
      } finally {
        URL.createObjectURL = original;
        removeEventListener('unhandledrejection', onRejection);
      }
      expect(rejections).to.deep.equal([]);
      expect(saved).to.deep.equal([]);
      const alert = element.shadowRoot!.querySelector('.export [role="alert"]')!;
      expect(alert.textContent).to.match(/^Calendars end in the year 9999: pick a start date on or before 99\d\d-\d\d-\d\d\.$/);
      expect(start.getAttribute('aria-invalid')).to.equal('true');
      await expect(element).to.be.accessible();
      start.value = '2027-03-01';
      start.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('.export [role="alert"]')).to.equal(null);
    });

    it('generated: control characters in every exported field stay inside it (1,000 cases)', function () {
      this.timeout(60_000);
      fc.assert(
        fc.property(hostileText, hostileText, hostileText, hostileText, (title, milestone, id, summary) => {
          const hostile = { ...withPhases(path, { title, milestone, goal: 'g', reason: 'r', by: 'b' }) };
          hostile.phases = hostile.phases.map((phase) => ({ ...phase, id: `${phase.id}${id}` }));
          const ics = pathToIcs(hostile, new Date('2027-01-04T00:00:00Z'), { summary: `${summary}{title}` }, now);
          const encoder = new TextEncoder();
          const physical = ics.split('\r\n');
          expect(physical.filter((line) => BREAK_OR_CONTROL.test(line) || encoder.encode(line).length > 75)).to.deep.equal([]);
          const lines = unfold(ics);
          expect(lines.filter((line) => !PROPERTIES.test(line))).to.deep.equal([]);
          expect(lines.filter((line) => line === 'BEGIN:VEVENT')).to.have.length(path.phases.length);
          const summaries = lines.filter((line) => line.startsWith('SUMMARY:')).map((line) => unescape(line.slice(8)));
          expect(summaries[0]).to.equal(normalized(`${summary}${title}`));
          const descriptions = lines.filter((line) => line.startsWith('DESCRIPTION:')).map((line) => unescape(line.slice(12)));
          expect(descriptions[0]).to.equal(normalized(milestone));
        }),
        { numRuns: 1000 },
      );
    });

    it('generated: any start date and pace gives a well-formed calendar or a clear refusal (500 cases)', function () {
      this.timeout(60_000);
      fc.assert(
        fc.property(
          fc.oneof(fc.date({ noInvalidDate: false }).map((date) => (Number.isNaN(date.getTime()) ? 'not a date' : date.toISOString().slice(0, 10))), fc.string()),
          fc.integer({ min: 1, max: 60 }),
          (start, hoursPerWeek) => {
            const paced = recommendPath(pathEn as PathContent, { ...path.inputs, hoursPerWeek });
            const result = calendarOf(paced, pathUi, start);
            if ('problem' in result) {
              expect(result.problem).to.match(/on or before \d{4}-\d\d-\d\d\.$/);
              return;
            }
            const dates = unfold(result.text).filter((line) => line.startsWith('DT'));
            expect(dates.filter((line) => !/^(DTSTAMP:\d{8}T\d{6}Z|DT(START|END);VALUE=DATE:(?!0000)\d{8})$/.test(line))).to.deep.equal([]);
          },
        ),
        { numRuns: 500 },
      );
    });
  });

  describe('Markdown', () => {
    /** Each line's kind: blank, heading, list item, task, quote, emphasis, or a paragraph. */
    const shape = (markdown: string) =>
      markdown.split('\n').map((line) => (line === '' ? 'blank' : (/^(#+ |- \[[ x]\] |- |> |\*\*|\*)/.exec(line)?.[0] ?? 'text')));

    it('joins a lone CR and the other line breaks CommonMark or a renderer honours', () => {
      expect(mdText('one\rtwo\r\nthree\nfour\u2028five\u2029six\x85seven\vend')).to.equal('one two three four five six seven end');
      expect(mdText('  # not a heading')).to.equal('\\# not a heading');
      expect(mdText('- not a list')).to.equal('\\- not a list');
      expect(mdText('1. not a list')).to.equal('1\\. not a list');
      expect(mdText('a\x00b\x1bc\x7fd')).to.equal('abcd');
      const md = pathPlan(withPhases(path, { title: 'T\r# Injected', milestone: 'm\r\r- [x] done', goal: 'g', reason: 'r', by: 'b' }));
      expect(md).to.not.match(/\r|^# Injected|^- \[x\] done/m);
    });

    it('keeps every line of a note, whatever breaks it, inside the quote', () => {
      const state = { ...emptyState(), notes: { [checklistEn.sections[0].id]: 'first\rsecond\u2028# third' } };
      const md = checklistPlan(checklistEn as ChecklistContent, state);
      expect(md).to.contain('> first\n> second\n> \\# third');
      // A control character between a CR and an LF: still two breaks, so three lines.
      const split = checklistPlan(checklistEn as ChecklistContent, { ...emptyState(), notes: { [checklistEn.sections[0].id]: 'a\r\x9b\nb' } });
      expect(split).to.contain('> a\n> \n> b');
    });

    it('generated: control characters and markup in every exported field never change the shape of the document (1,000 cases)', function () {
      this.timeout(60_000);
      const clean = { title: 'x', milestone: 'x', goal: 'x', reason: 'x', by: 'x' };
      fc.assert(
        fc.property(fc.record({ title: hostileText, milestone: hostileText, goal: hostileText, reason: hostileText, by: hostileText }), hostileText, (fields, direction) => {
          const md = pathPlan(withPhases(path, fields), direction);
          expect(md).to.not.match(MD_FORBIDDEN);
          expect(shape(md)).to.deep.equal(shape(pathPlan(withPhases(path, clean))));
        }),
        { numRuns: 500 },
      );
      const [first, ...rest] = checklistEn.sections as ChecklistContent['sections'];
      fc.assert(
        fc.property(hostileText, hostileText, fc.array(hostileText, { minLength: 1, maxLength: 4 }), hostileText, (title, text, noteLines, profile) => {
          const content = { ...checklistEn, sections: [{ ...first, title, items: first.items.map((item) => ({ ...item, text })) }, ...rest] } as ChecklistContent;
          const notes = noteLines.join('\n');
          const md = checklistPlan(content, { ...emptyState(), checked: [first.items[0].id], notes: { [first.id]: notes } }, profile);
          expect(md).to.not.match(MD_FORBIDDEN);
          // The note keeps one quoted line per line the reader wrote, whatever broke it.
          const lineCount = notes.trim().split(/\r\n|[\n\v\f\r\x85\u2028\u2029]/).length;
          const cleanNotes = Array.from({ length: lineCount }, () => 'x').join('\n');
          const cleanContent = { ...checklistEn, sections: [{ ...first, title: 'x', items: first.items.map((item) => ({ ...item, text: 'x' })) }, ...rest] } as ChecklistContent;
          expect(shape(md)).to.deep.equal(shape(checklistPlan(cleanContent, { ...emptyState(), checked: [first.items[0].id], notes: { [first.id]: cleanNotes } })));
        }),
        { numRuns: 500 },
      );
    });
  });
});
