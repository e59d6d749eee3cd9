import { expect } from '@open-wc/testing';
import en from '../../src/content/checklist/en.json';
import zh from '../../src/content/checklist/zh-CN.json';
import zhHant from '../../src/content/checklist/zh-Hant.json';
import uiEn from '../../src/content/checklist/ui.en.json';
import uiZh from '../../src/content/checklist/ui.zh-CN.json';
import type { ChecklistContent } from '../../src/content/schema/checklist.js';
import { validateChecklistContent } from '../../src/core/validate-checklist.js';

const outline = (c: ChecklistContent) =>
  c.sections.map((s) => [s.id, s.kind, s.items.map((i) => i.id), (s.realityChecks ?? []).map((r) => r.id), s.sources]);

describe('bundled checklist content', () => {
  for (const [lang, content] of [['en', en], ['zh-CN', zh], ['zh-Hant', zhHant]] as const) {
    it(`is valid in ${lang}`, () => {
      expect(validateChecklistContent(content).problems).to.deep.equal([]);
    });
  }

  it('has the seven steps of the plan in order, then the practices and the other routes', () => {
    expect(en.sections.map((s) => `${s.kind}:${s.id}`)).to.deep.equal([
      'step:motivation',
      'step:find-your-niche',
      'step:open-to-compromise',
      'step:supportive-manager',
      'step:earn-trust',
      'step:work-on-projects',
      'step:performance-evaluation',
      'practice:bonus-practices',
      'route:alternative-routes',
    ]);
  });

  it('has the same ids in all three languages and every string in Chinese', () => {
    expect(outline(zh as ChecklistContent)).to.deep.equal(outline(en as ChecklistContent));
    expect(outline(zhHant as ChecklistContent)).to.deep.equal(outline(en as ChecklistContent));
    for (const section of zh.sections) for (const text of [section.title, section.summary, ...section.items.map((i) => i.text)]) expect(text).to.match(/[\u4e00-\u9fff]/);
    expect(Object.keys(uiZh).sort()).to.deep.equal(Object.keys(uiEn).sort());
  });

  it('reports an item id used twice, since progress is keyed by it', () => {
    const copy = structuredClone(en) as ChecklistContent;
    copy.sections[1].items[0].id = copy.sections[0].items[0].id;
    expect(validateChecklistContent(copy).problems.map((p) => `${p.code} ${p.path}`)).to.deep.equal(['duplicate-id $.sections[1].items[0].id']);
  });
});
