// Hostile and broken input everywhere the kit reads it: content overrides, stored state, imported
// progress and attribute values. Over 10,000 generated cases per run. Nothing may throw out,
// nothing from content may become markup, and every rejection must say where and why.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import skillEn from '../../src/content/skill-mapper/en.json';
import pathEn from '../../src/content/path/en.json';
import checklistEn from '../../src/content/checklist/en.json';
import { importProgress, migrateChecklist } from '../../src/core/checklist-import.js';
import { validateChecklistContent, checklistKind } from '../../src/core/validate-checklist.js';
import { pathKind } from '../../src/core/validate-path.js';
import { skillMapperKind } from '../../src/core/validate-skill-mapper.js';
import { validateOverride, type ContentKind } from '../../src/core/validate-override.js';
import { parseProfile } from '../../src/platform/profile.js';
import { settled } from '../support/helpers.js';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '__proto__',
];
const hostileString = fc.oneof(fc.string(), fc.constantFrom(...PAYLOADS), fc.string({ unit: 'grapheme', maxLength: 40 }));
const hostileJson = fc.oneof(fc.jsonValue({ maxDepth: 5 }), fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 3 })));

const kinds: [string, ContentKind<object>, object][] = [
  ['skill-mapper', skillMapperKind as ContentKind<object>, skillEn],
  ['path-recommender', pathKind as ContentKind<object>, pathEn],
  ['transition-checklist', checklistKind as ContentKind<object>, checklistEn],
];

/** Every rejection names at least one problem, each with a JSON path and a code. */
function expectReported(result: { ok: boolean; problems: { path: string; code: string }[] }) {
  if (result.ok) return;
  expect(result.problems.length).to.be.greaterThan(0);
  for (const problem of result.problems) {
    expect(problem.path).to.match(/^\$/);
    expect(problem.code).to.be.a('string').and.not.empty;
  }
}

describe('bad input', () => {
  for (const [tag, kind, bundled] of kinds) {
    it(`${tag}: arbitrary JSON as an override, in both modes (2,000 cases)`, () => {
      fc.assert(
        fc.property(hostileJson, fc.constantFrom('extend' as const, 'replace' as const), (input, mode) => {
          expectReported(validateOverride(input, mode, bundled, kind));
        }),
        { numRuns: 2000 },
      );
    });

    it(`${tag}: valid content with any list replaced by anything (500 cases)`, () => {
      const keys = Object.keys(bundled);
      fc.assert(
        fc.property(fc.constantFrom(...keys), fc.anything({ maxDepth: 3 }), (key, value) => {
          expectReported(validateOverride({ [key]: value }, 'extend', bundled, kind));
        }),
        { numRuns: 500 },
      );
    });
  }

  it('stored profiles and checklist progress of any shape (2,000 cases)', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), fc.integer({ min: -1, max: 3 }), (data, version) => {
        const profile = parseProfile(data);
        if (profile) expect(profile.specializations.every((id) => typeof id === 'string')).to.equal(true);
        migrateChecklist({ version, data });
      }),
      { numRuns: 2000 },
    );
  });

  it('imported progress files of any text (1,500 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), hostileString), (text) => {
        const result = importProgress(text);
        expect(result.ok || typeof result.problem === 'string').to.equal(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('1 MB strings and deep nesting are rejected with a path, not a crash', () => {
    const huge = 'x'.repeat(1_000_000);
    const tooLong = validateChecklistContent({ ...checklistEn, sections: [{ ...checklistEn.sections[0], title: huge }] });
    expect(tooLong.problems.map((p) => `${p.code} ${p.path}`)).to.deep.equal(['max_length $.sections[0].title']);
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = { sections: [deep] };
    expectReported(validateOverride(deep, 'extend', checklistEn, checklistKind as ContentKind<object>));
    expect(importProgress(`${'['.repeat(100_000)}${']'.repeat(100_000)}`).ok).to.equal(false);
  });

  it('arbitrary attribute values never throw out of an element or become markup (300 cases)', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const root = await fixture(html`<div><skill-mapper></skill-mapper><path-recommender></path-recommender><transition-checklist></transition-checklist></div>`);
    const [mapper, path, checklist] = [...root.children] as HTMLElement[];
    const attributes = {
      'skill-mapper': ['specialization', 'theme', 'lang', 'profile-group', 'fallback'],
      'path-recommender': ['level', 'learning-style', 'structure', 'hours-per-week', 'direction', 'theme', 'lang'],
      'transition-checklist': ['storage-key', 'theme', 'lang'],
    };
    const warn = console.warn;
    console.warn = () => {}; // unknown values are warned about by design; thousands of them here
    try {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(mapper, path, checklist), fc.nat(), hostileString, async (element, pick, value) => {
          const names = attributes[element.localName as keyof typeof attributes];
          element.setAttribute(names[pick % names.length], value);
          await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        }),
        { numRuns: 300 },
      );
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
    for (const element of [mapper, path, checklist]) {
      await settled(element as never);
      expect(element.shadowRoot!.querySelector('img, script, iframe, svg [onload]')).to.equal(null);
    }
    expect(errors).to.deep.equal([]);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
