// Ids that are names on Object.prototype (`constructor`, `toString`, `__proto__`...), wherever an
// id can come from: content, saved progress, an imported file, the shared profile. Each must be the
// reader's own entry or nothing, never an inherited function, and nothing may throw.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/elements/transition-checklist/define.js';
import en from '../../src/content/checklist/en.json';
import type { ChecklistContent } from '../../src/content/schema/checklist.js';
import { importProgress } from '../../src/core/checklist-import.js';
import { emptyState, exportProgress, parseState, progressOf, reconcile } from '../../src/core/checklist-state.js';
import { mapSkills } from '../../src/core/skill-map.js';
import { recommendPath } from '../../src/core/recommend-path.js';
import { DEFAULT_INPUTS } from '../../src/core/path-inputs.js';
import skillEn from '../../src/content/skill-mapper/en.json';
import pathEn from '../../src/content/path/en.json';
import type { SkillMapperContent } from '../../src/content/schema/skill-mapper.js';
import type { PathContent } from '../../src/content/schema/path.js';
import { buildPlan } from '../../src/core/plan-sections.js';
import { assemblePlan } from '../../src/elements/shared/plan-assemble.js';
import { CHECKLIST_STORAGE_KEY, type TransitionChecklist } from '../../src/elements/transition-checklist/transition-checklist.js';
import { parseProfile, PROFILE_STORAGE_KEY } from '../../src/platform/profile.js';
import { openAllSections, settled } from '../support/helpers.js';
import { planLabels } from '../support/plan.js';

/** Every name Object.prototype has, `__proto__` included. */
const NAMES = Object.getOwnPropertyNames(Object.prototype);
const name = fc.constantFrom(...NAMES);
/** The first line that shows an inherited member's text, or null: short failures, not whole plans. */
const inherited = (text: string) => /.*(native code|function|\[object Object\]).*/.exec(text)?.[0] ?? null;

/** The bundled content with one section and one item renamed to `id`. */
const withIds = (sectionId: string, itemId: string): ChecklistContent => ({
  ...(en as ChecklistContent),
  sections: [{ ...en.sections[0], id: sectionId, items: [{ id: itemId, text: 'An action' }, ...en.sections[0].items.slice(1)] }, ...en.sections.slice(1)] as ChecklistContent['sections'],
});

describe('ids named like Object.prototype members', () => {
  beforeEach(() => localStorage.clear());

  it('as content ids: no inherited note, right progress, a Markdown plan (every name)', () => {
    fc.assert(
      fc.property(name, name, (sectionId, itemId) => {
        const content = withIds(sectionId, itemId);
        const state = reconcile(emptyState(), content);
        expect(state.notes[sectionId]).to.equal(undefined);
        expect(progressOf(state, content).sections[sectionId]).to.deep.equal({ done: 0, total: en.sections[0].items.length });
        const md = buildPlan({ inputs: DEFAULT_INPUTS, specializations: [], checklist: { content, state: { ...state, checked: [itemId] } } }, planLabels());
        expect(inherited(md)).to.equal(null);
        const checked = reconcile({ ...emptyState(), checked: [itemId] }, content);
        expect(progressOf(checked, content).sections[sectionId].done).to.equal(1);
      }),
      { numRuns: 200 },
    );
  });

  it('as saved and imported ids: kept as the reader wrote them, nothing inherited (every name)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1 }), fc.string({ minLength: 1, maxLength: 20 }), (ids, text) => {
        const notes = Object.fromEntries(ids.map((id) => [id, text]));
        const raw = JSON.parse(JSON.stringify({ checked: ids, notes: JSON.parse(`{${ids.map((id) => `${JSON.stringify(id)}:${JSON.stringify(text)}`).join(',')}}`) }));
        const state = parseState(raw)!;
        expect(state, 'parsed').to.not.equal(undefined);
        const reconciled = reconcile(state, en as ChecklistContent);
        expect(Object.keys(reconciled.aside.notes).sort()).to.deep.equal(Object.keys(notes).sort());
        for (const id of ids) expect(reconciled.aside.notes[id]).to.equal(text);
        expect(reconciled.aside.checked.sort()).to.deep.equal([...ids].sort());
        const imported = importProgress(exportProgress(reconciled, new Date()));
        expect(imported.ok && Object.keys(imported.state.aside.notes).sort()).to.deep.equal(Object.keys(notes).sort());
        expect(Object.getPrototypeOf(reconciled.aside.notes)).to.equal(null);
      }),
      { numRuns: 200 },
    );
  });

  it('as a profile\'s specialization: the Markdown plan names no direction (every name)', async () => {
    for (const id of NAMES) {
      const profile = parseProfile({ specializations: [id] })!;
      const md = await assemblePlan(document.body, 'en', profile);
      expect(inherited(md), id).to.equal(null);
      expect(md, id).to.not.contain('Main direction');
    }
  });

  it('as picked specializations and path directions: matched to nothing (every name)', () => {
    const map = mapSkills(skillEn as SkillMapperContent, NAMES);
    expect(map.selected).to.deep.equal([]);
    expect(map.mlSkills).to.deep.equal([]);
    for (const id of NAMES) {
      const path = recommendPath(pathEn as PathContent, { ...DEFAULT_INPUTS, direction: id });
      expect(path.phases.some((phase) => phase.direction !== undefined), id).to.equal(false);
    }
  });

  it('a section id `constructor` in an embedder\'s content shows an empty notes box and exports', async () => {
    const content = withIds('constructor', 'valueof');
    const element = await fixture<TransitionChecklist>(
      html`<transition-checklist content-mode="replace"><script type="application/json">${JSON.stringify(content)}</script></transition-checklist>`,
    );
    await settled(element);
    await openAllSections(element);
    expect(element.shadowRoot!.querySelector<HTMLTextAreaElement>('#constructor-notes')!.value).to.equal('');
    expect(inherited(await element.toMarkdown())).to.equal(null);
  });

  it('a stored profile holding "toString" leaves the exported plan without a target, and saved notes stay', async () => {
    localStorage.setItem(PROFILE_STORAGE_KEY, JSON.stringify({ version: 1, data: { specializations: ['toString'] } }));
    const notes = '{"__proto__":"mine","toString":"also mine"}';
    localStorage.setItem(CHECKLIST_STORAGE_KEY, `{"version":1,"data":{"checked":["hasOwnProperty"],"notes":${notes}}}`);
    const element = await fixture<TransitionChecklist>(html`<transition-checklist></transition-checklist>`);
    await settled(element);
    const md = await element.toMarkdown();
    expect(inherited(md)).to.equal(null);
    expect(md).to.not.contain('Main direction');
    const saved = JSON.parse(element.exportProgress()).state;
    expect(JSON.stringify(saved.aside.notes)).to.equal(notes);
    expect(saved.aside.checked).to.deep.equal(['hasOwnProperty']);
  });
});
