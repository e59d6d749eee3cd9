import { expect } from '@open-wc/testing';
import en from '../../src/content/skill-mapper/en.json';
import zh from '../../src/content/skill-mapper/zh-CN.json';
import uiEn from '../../src/content/skill-mapper/ui.en.json';
import uiZh from '../../src/content/skill-mapper/ui.zh-CN.json';
import type { SkillMapperContent } from '../../src/content/schema/skill-mapper.js';
import { validateSkillMapperContent } from '../../src/core/validate-skill-mapper.js';

const REQUIRED = [
  'frontend', 'backend', 'full-stack', 'mobile', 'devops-sre', 'data-engineering',
  'embedded-systems', 'qa-test', 'security', 'cloud-infrastructure', 'game-graphics',
];

/** Every id in content, by where it sits, so both languages can be compared. */
function idOutline(content: SkillMapperContent) {
  return {
    sources: content.sources.map((s) => s.id),
    mlSkills: content.mlSkills.map((s) => s.id),
    roles: content.roles.map((r) => r.id),
    specializations: content.specializations.map((spec) => ({
      id: spec.id,
      transfers: spec.transfers.map((t) => [t.id, ...t.mapsTo]),
      learn: spec.learn.map((l) => l.id),
      roles: spec.roles,
      tools: spec.tools.map((t) => [t.id, t.url]),
      sources: spec.sources,
      combines: spec.combines,
    })),
  };
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('bundled skill-mapper content', () => {
  for (const [lang, content] of [['en', en], ['zh-CN', zh]] as const) {
    it(`is valid in ${lang}`, () => {
      expect(validateSkillMapperContent(content).problems).to.deep.equal([]);
    });

    it(`covers every required specialization with every part in ${lang}`, () => {
      const ids = content.specializations.map((spec) => spec.id);
      for (const id of REQUIRED) expect(ids).to.include(id);
      for (const spec of content.specializations) {
        expect(spec.transfers.length, spec.id).to.be.at.least(spec.combines ? 1 : 3);
        expect(spec.learn.length, spec.id).to.be.at.least(spec.combines ? 1 : 3);
        expect(spec.roles.length, spec.id).to.be.at.least(1);
        expect(spec.tools.length, spec.id).to.be.at.least(spec.combines ? 1 : 3);
        expect(spec.sources, spec.id).to.not.be.empty;
      }
    });

    it(`gives an id the same words wherever it appears in ${lang}`, () => {
      const seen = new Map<string, string>();
      for (const spec of content.specializations) {
        for (const item of [...spec.transfers, ...spec.learn, ...spec.tools]) {
          const key = `${'why' in item ? 'learn' : 'url' in item ? 'tool' : 'transfer'}:${item.id}`;
          const words = JSON.stringify(item);
          expect(seen.get(key) ?? words, key).to.equal(words);
          seen.set(key, words);
        }
      }
    });

    it(`keeps the math foundations in every learning list in ${lang}`, () => {
      for (const spec of content.specializations.filter((s) => !s.combines)) {
        expect(spec.learn.map((l) => l.id), spec.id).to.include('math-foundations');
      }
    });
  }

  it('has the same ids in the same places in both languages', () => {
    expect(idOutline(zh)).to.deep.equal(idOutline(en));
  });

  it('is written in Chinese in the Chinese files', () => {
    const cjk = /[\u4e00-\u9fff]/;
    const proseOnly = (content: SkillMapperContent) =>
      content.specializations.flatMap((spec) => [spec.analogue, spec.summary, spec.firstProject.description,
        ...spec.transfers.map((t) => t.detail), ...spec.learn.map((l) => l.why), ...spec.tools.map((t) => t.use)]);
    for (const text of [...proseOnly(zh), ...strings(uiZh)]) expect(text).to.match(cjk);
  });

  it('has every UI string in both languages', () => {
    expect(Object.keys(uiZh).sort()).to.deep.equal(Object.keys(uiEn).sort());
  });
});
