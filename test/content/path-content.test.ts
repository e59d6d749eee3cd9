import { expect } from '@open-wc/testing';
import en from '../../src/content/path/en.json';
import zh from '../../src/content/path/zh-CN.json';
import uiEn from '../../src/content/path/ui.en.json';
import uiZh from '../../src/content/path/ui.zh-CN.json';
import skillMapper from '../../src/content/skill-mapper/en.json';
import type { PathContent } from '../../src/content/schema/path.js';
import { validatePathContent } from '../../src/core/validate-path.js';

const outline = (c: PathContent) => ({
  resources: c.resources.map((r) => [r.id, r.url, r.format, r.cost, r.hours]),
  phases: c.phases.map((p) => [p.id, p.effort, p.resources, p.sources]),
  directions: c.directions.map((d) => [d.id, d.effort, d.resources]),
  sources: c.sources.map((s) => s.id),
});

describe('bundled path content', () => {
  for (const [lang, content] of [['en', en], ['zh-CN', zh]] as const) {
    it(`is valid in ${lang}, with every phase the rules need`, () => {
      expect(validatePathContent(content).problems).to.deep.equal([]);
    });
  }

  it('has the same ids, numbers and links in both languages', () => {
    expect(outline(zh as PathContent)).to.deep.equal(outline(en as PathContent));
  });

  it('offers a direction for every <skill-mapper> specialization', () => {
    expect(en.directions.map((d) => d.id)).to.deep.equal(skillMapper.specializations.map((s) => s.id));
  });

  it('reports a missing rule phase', () => {
    const broken = { ...en, phases: en.phases.filter((p) => p.id !== 'math-core') };
    expect(validatePathContent(broken).problems.map((p) => p.code)).to.include('missing-id');
  });

  it('is written in Chinese in the Chinese files, with every UI string', () => {
    for (const phase of zh.phases) for (const text of [phase.goal, phase.reason, phase.milestone]) expect(text).to.match(/[\u4e00-\u9fff]/);
    expect(Object.keys(uiZh).sort()).to.deep.equal(Object.keys(uiEn).sort());
    expect(Object.keys(uiZh.reasons).sort()).to.deep.equal(Object.keys(uiEn.reasons).sort());
  });
});
