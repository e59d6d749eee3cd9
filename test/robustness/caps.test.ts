// Content sizes at and past the caps in src/content/schema/limits.ts: content at a cap is valid,
// one past it is refused with a problem that names the place and the limit, in the reader's
// language, and nothing on the way there takes time that grows faster than the content.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import checklistJson from '../../src/content/checklist/en.json';
import pathEn from '../../src/content/path/en.json';
import skillEn from '../../src/content/skill-mapper/en.json';
import { LIMITS } from '../../src/content/limits.js';
import type { ChecklistContent } from '../../src/content/schema/checklist.js';
import { layoutBipartite } from '../../src/core/bipartite-layout.js';
import { mergeById } from '../../src/core/merge-by-id.js';
import { checklistKind } from '../../src/core/validate-checklist.js';
import { validateOverride, type ContentKind } from '../../src/core/validate-override.js';
import { pathKind } from '../../src/core/validate-path.js';
import { skillMapperKind } from '../../src/core/validate-skill-mapper.js';
import type { Problem, Validation } from '../../src/core/validate.js';
import { captureWarnings, settled } from '../support/helpers.js';

const checklistEn = checklistJson as ChecklistContent;

type Content = Record<string, { id: string }[]>;

const kinds: [string, ContentKind<object>, Content][] = [
  ['skill-mapper', skillMapperKind as ContentKind<object>, skillEn as unknown as Content],
  ['path-recommender', pathKind as ContentKind<object>, pathEn as unknown as Content],
  ['transition-checklist', checklistKind as ContentKind<object>, checklistEn as unknown as Content],
];

/**
 * A copy of `entry` under a new id; a section's copy keeps one item, under a new id too, so 500
 * sections stay within the 2,000 items saved progress can hold (a cap of its own, saved-limits.test.ts).
 */
function copy<T extends { id: string; items?: { id: string }[] }>(entry: T, id: string): T {
  return { ...entry, id, ...(entry.items && { items: entry.items.slice(0, 1).map((item) => ({ ...item, id: `${id}-${item.id}` })) }) };
}

/** The bundled list grown (with copies of its first entry) to exactly `length` entries. */
const grown = <T extends { id: string }>(list: T[], length: number): T[] => [
  ...list,
  ...Array.from({ length: length - list.length }, (_, i) => copy(list[0], `cap-${i}`)),
];

const summary = (result: Validation<unknown>) => result.problems.map((p: Problem) => `${p.code} ${p.path} ${p.limit ?? ''}`.trim());

/** Milliseconds `run` takes. */
function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('content caps', () => {
  for (const [tag, kind, bundled] of kinds) {
    for (const key of Object.keys(bundled)) {
      it(`${tag}: ${key} holds ${LIMITS.listEntries} entries, not one more`, () => {
        const at = kind.validate({ ...bundled, [key]: grown(bundled[key], LIMITS.listEntries) });
        expect(summary(at)).to.deep.equal([]);
        const past = kind.validate({ ...bundled, [key]: grown(bundled[key], LIMITS.listEntries + 1) });
        expect(summary(past)).to.deep.equal([`max_entries $.${key} ${LIMITS.listEntries}`]);
      });
    }
  }

  it('caps lists inside entries too', () => {
    const section = checklistEn.sections[0];
    const items = grown(section.items, LIMITS.listEntries + 1);
    const result = checklistKind.validate({ ...checklistEn, sections: [{ ...section, items }, ...checklistEn.sections.slice(1)] });
    expect(summary(result)).to.deep.equal([`max_entries $.sections[0].items ${LIMITS.listEntries}`]);
    const spec = skillEn.specializations[0];
    const mapsTo = Array.from({ length: LIMITS.listEntries + 1 }, () => spec.transfers[0].mapsTo[0]);
    const transfers = [{ ...spec.transfers[0], mapsTo }, ...spec.transfers.slice(1)];
    const skills = skillMapperKind.validate({ ...skillEn, specializations: [{ ...spec, transfers }, ...skillEn.specializations.slice(1)] });
    expect(summary(skills)).to.deep.equal([`max_entries $.specializations[0].transfers[0].mapsTo ${LIMITS.listEntries}`]);
  });

  it(`holds ids of ${LIMITS.idLength} characters and text of ${LIMITS.textLength}, not one more`, () => {
    const withItem = (id: string, text: string) => {
      const [section, ...rest] = checklistEn.sections;
      return checklistKind.validate({ ...checklistEn, sections: [{ ...section, items: [{ id, text }] }, ...rest] });
    };
    expect(summary(withItem('a'.repeat(LIMITS.idLength), 'x'.repeat(LIMITS.textLength)))).to.deep.equal([]);
    expect(summary(withItem('a'.repeat(LIMITS.idLength + 1), 'ok'))).to.deep.equal([`max_length $.sections[0].items[0].id ${LIMITS.idLength}`]);
    expect(summary(withItem('ok', 'x'.repeat(LIMITS.textLength + 1)))).to.deep.equal([
      `max_length $.sections[0].items[0].text ${LIMITS.textLength}`,
    ]);
    const source = { ...checklistEn.sources[0], url: `https://example.com/${'a'.repeat(LIMITS.textLength)}` };
    expect(summary(checklistKind.validate({ ...checklistEn, sources: [source, ...checklistEn.sources.slice(1)] }))).to.deep.equal([
      `max_length $.sources[0].url ${LIMITS.textLength}`,
    ]);
  });

  it('holds a phase to 10,000 practice hours, not one more, so every path fits in a calendar', () => {
    const withPractice = (max: number) => pathKind.validate({ ...pathEn, phases: [{ ...pathEn.phases[0], practice: { min: 1, max } }, ...pathEn.phases.slice(1)] });
    expect(summary(withPractice(10_000))).to.deep.equal([]);
    expect(summary(withPractice(10_001))).to.deep.equal(['max_value $.phases[0].practice.max 10000']);
  });

  it('generated: lists, ids and text at, below and past their caps (300 cases)', () => {
    const around = (cap: number) => fc.integer({ min: cap - 2, max: cap + 3 });
    fc.assert(
      fc.property(fc.nat(), fc.nat(), around(LIMITS.listEntries), fc.constantFrom('extend', 'replace'), (which, pick, length, mode) => {
        const [, kind, bundled] = kinds[which % kinds.length];
        const keys = Object.keys(bundled);
        const key = keys[pick % keys.length];
        const list = grown(bundled[key], Math.max(length, bundled[key].length));
        const result = validateOverride(mode === 'replace' ? { ...bundled, [key]: list } : { [key]: list.slice(bundled[key].length) }, mode, bundled, kind);
        // In extend mode the cap counts the merged list: the bundled entries and the new ones.
        expect(result.ok, `${key}: ${list.length}`).to.equal(list.length <= LIMITS.listEntries);
        if (!result.ok) expect(summary(result)).to.deep.equal([`max_entries $.${key} ${LIMITS.listEntries}`]);
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(around(LIMITS.idLength), around(LIMITS.textLength), fc.stringMatching(/^[a-z0-9]$/), (idLength, textLength, char) => {
        const [section, ...rest] = checklistEn.sections;
        const item = { id: char.repeat(idLength), text: 'é'.repeat(textLength) };
        const result = validateOverride({ sections: [{ ...section, items: [item] }, ...rest] }, 'extend', checklistEn, checklistKind);
        const expected = [
          idLength > LIMITS.idLength && `max_length $.sections[0].items[0].id ${LIMITS.idLength}`,
          textLength > LIMITS.textLength && `max_length $.sections[0].items[0].text ${LIMITS.textLength}`,
        ].filter(Boolean);
        expect(summary(result)).to.deep.equal(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('shows a list past its cap as a clear, localized problem, and keeps the bundled content', async () => {
    const sources = grown(checklistEn.sources, LIMITS.listEntries + 1).slice(checklistEn.sources.length);
    const json = JSON.stringify({ sources });
    const longId = JSON.stringify({ sections: [{ ...checklistEn.sections[0], id: 'a'.repeat(LIMITS.idLength + 1) }] });
    let root!: HTMLElement;
    await captureWarnings(async () => {
      root = await fixture(html`<div>
        <transition-checklist><script type="application/json">${json}</script></transition-checklist>
        <transition-checklist lang="zh-CN"><script type="application/json">${json}</script></transition-checklist>
        <transition-checklist><script type="application/json">${longId}</script></transition-checklist>
      </div>`);
      for (const element of root.children) await settled(element as never);
    });
    const problems = (element: Element) =>
      [...element.shadowRoot!.querySelectorAll('.content-problems li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    const [english, chinese, id] = [...root.children];
    expect(problems(english)).to.deep.equal([`$.sources has too many entries (at most ${LIMITS.listEntries})`]);
    expect(problems(chinese)).to.deep.equal([`$.sources 条目过多（最多 ${LIMITS.listEntries} 条）`]);
    expect(problems(id)).to.deep.equal([`$.sections[0].id is too long (at most ${LIMITS.idLength} characters)`]);
    expect(english.shadowRoot!.querySelectorAll('.section')).to.have.length(checklistEn.sections.length);
  });

  it('merges 100,000 entries by id in linear time', () => {
    const entries = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, text: 'x' }));
    const bundled = { items: entries(100_000, 'item') };
    const override = { items: [...entries(50_000, 'item'), ...entries(50_000, 'new')] };
    let merged!: ReturnType<typeof mergeById<typeof bundled>>;
    const ms = timed(() => (merged = mergeById(bundled, override)));
    expect(merged.value.items).to.have.length(150_000);
    expect(merged.value.items[49_999]).to.equal(override.items[49_999]); // replaced in place
    expect(merged.overridePath('$.items[100000].text')).to.equal('$.items[50000].text'); // appended, traced back
    expect(ms, `${ms.toFixed(0)} ms`).to.be.below(3000); // quadratic, it took 18 to 43 s
  });

  it('refuses 100,000 entries in an extend override quickly, with the cap error', () => {
    const sources = Array.from({ length: 100_000 }, (_, i) => ({ ...checklistEn.sources[0], id: `s-${i}` }));
    let result!: Validation<unknown>;
    const ms = timed(() => (result = validateOverride({ sources }, 'extend', checklistEn, checklistKind)));
    expect(summary(result)).to.deep.equal([`max_entries $.sources ${LIMITS.listEntries}`]);
    expect(ms, `${ms.toFixed(0)} ms`).to.be.below(3000);
  });

  it('lays out a 20,000-node diagram in linear time', () => {
    const left = Array.from({ length: 10_000 }, (_, i) => `from-${i}`);
    const right = Array.from({ length: 10_000 }, (_, i) => `to-${i}`);
    const links = left.flatMap((from, i) => [
      { from, to: right[(i * 7) % right.length] },
      { from, to: right[(i * 13 + 1) % right.length] },
    ]);
    let layout!: ReturnType<typeof layoutBipartite>;
    const ms = timed(() => (layout = layoutBipartite(left, right, links, 44)));
    expect(layout.right).to.have.length(10_000);
    expect(ms, `${ms.toFixed(0)} ms`).to.be.below(1000); // quadratic, it took 7.7 s
  });
});
