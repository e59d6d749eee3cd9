import { expect } from '@open-wc/testing';
import enJson from '../../src/content/skill-mapper/en.json';
import zhJson from '../../src/content/skill-mapper/zh-CN.json';
import zhHantJson from '../../src/content/skill-mapper/zh-Hant.json';
import uiEn from '../../src/content/skill-mapper/ui.en.json';
import uiZh from '../../src/content/skill-mapper/ui.zh-CN.json';
import type { SkillMapperContent } from '../../src/content/schema/skill-mapper.js';
import { validateSkillMapperContent } from '../../src/core/validate-skill-mapper.js';
import { LEARN_STAGES } from '../../src/content/learn-stages.js';

const en = enJson as SkillMapperContent;
const zh = zhJson as SkillMapperContent;
const zhHant = zhHantJson as SkillMapperContent;

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
    projects: content.specializations.map((spec) => spec.firstProject.dataset.url),
    specializations: content.specializations.map((spec) => ({
      id: spec.id,
      transfers: spec.transfers.map((t) => [t.id, ...t.mapsTo]),
      learn: spec.learn.map((l) => [l.id, l.stage]),
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
  for (const [lang, content] of [['en', en], ['zh-CN', zh], ['zh-Hant', zhHant]] as const) {
    it(`is valid in ${lang}`, () => {
      expect(validateSkillMapperContent(content).problems).to.deep.equal([]);
    });

    it(`covers every required specialization with every part in ${lang}`, () => {
      const ids = content.specializations.map((spec) => spec.id);
      for (const id of REQUIRED) expect(ids).to.include(id);
      for (const spec of content.specializations) {
        expect(spec.roles.length, spec.id).to.be.at.least(1);
        expect(spec.sources, spec.id).to.not.be.empty;
        expect(spec.transfers.length, spec.id).to.be.at.least(spec.combines ? 1 : 5);
        expect(spec.tools.length, spec.id).to.be.at.least(spec.combines ? 1 : 4);
        if (!spec.combines) expect(spec.learn.length, spec.id).to.be.within(5, 7);
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

    it(`lists what to learn foundations first, with one math item of the niche's own, in ${lang}`, () => {
      const mathItems = new Set<string>();
      for (const spec of content.specializations.filter((s) => !s.combines)) {
        const stages = spec.learn.map((item) => LEARN_STAGES.indexOf(item.stage));
        expect(stages, spec.id).to.deep.equal([...stages].sort((a, b) => a - b));
        expect(spec.learn[0].stage, spec.id).to.equal('foundations');
        const math = spec.learn.filter((item) => item.stage === 'math');
        expect(math.length, `${spec.id} math items`).to.equal(1);
        // The math is the niche's own: no two specializations share the same math topic or reading list.
        const topic = math[0].label;
        const readings = math[0].resources.map((r) => r.url).sort().join(' ');
        for (const key of [topic, readings]) {
          expect(mathItems.has(key), `${spec.id} repeats another niche's math: ${key}`).to.be.false;
          mathItems.add(key);
        }
      }
    });

    it(`says what changes for every transfer, and when and how to start with every tool, in ${lang}`, () => {
      for (const spec of content.specializations) {
        for (const transfer of spec.transfers) expect(transfer.changes, transfer.id).to.not.equal(transfer.detail);
        for (const tool of spec.tools) expect([tool.use, tool.when, tool.firstTask].every(Boolean), tool.id).to.be.true;
      }
    });

    it(`lists no URL twice within a specialization in ${lang}`, () => {
      for (const spec of content.specializations) {
        const urls = [...spec.learn.flatMap((item) => item.resources.map((r) => r.url)), ...spec.tools.map((t) => t.url)];
        expect(urls.filter((url, i) => urls.indexOf(url) !== i), spec.id).to.deep.equal([]);
      }
    });
  }

  it('restores the niche items cut in the byte trims', () => {
    const RESTORED: Record<string, RegExp> = {
      frontend: /onnx runtime web|transformers\.js|webgpu|webllm|in-browser|browser/i,
      backend: /pytorch/i,
      'cloud-infrastructure': /pytorch/i,
      'game-graphics': /pytorch/i,
      'devops-sre': /drift/i,
      'embedded-systems': /compiler/i,
      'qa-test': /llm/i,
      security: /prompt injection/i,
      'data-engineering': /pandas|polars|python/i,
      'product-analytics': /pandas|polars|python/i,
    };
    for (const [id, pattern] of Object.entries(RESTORED)) {
      const spec = en.specializations.find((s) => s.id === id)!;
      expect(spec.learn.some((item) => pattern.test(`${item.label} ${item.why}`)), `${id} learns ${pattern}`).to.be.true;
    }
  });

  it('tells each role apart in two or three sentences: a day in it, where it exists, a first hop', () => {
    for (const role of [...en.roles, ...zh.roles]) {
      for (const part of [role.day, role.where, role.firstHop]) expect(part.length, role.id).to.be.greaterThan(20);
    }
  });

  it('gives every first project 80 to 150 words: data, baseline, scope and what the README reports', () => {
    for (const spec of en.specializations) {
      const { baseline, scope, reports } = spec.firstProject;
      const words = `${baseline} ${scope} ${reports}`.trim().split(/\s+/).length;
      expect(words, spec.id).to.be.within(80, 150);
    }
  });

  it('offers Chinese readers a resource reachable from mainland China for every learning item', () => {
    const blocked = /(^|\.)(youtube\.com|youtu\.be|google\.com|google\.dev|huggingface\.co)$/;
    for (const spec of zh.specializations) {
      for (const item of spec.learn) {
        const reachable = item.resources.some((r) => !blocked.test(new URL(r.url).hostname));
        expect(reachable, `${spec.id}/${item.id}`).to.be.true;
      }
    }
  });

  it('has the same ids in the same places in all three languages', () => {
    expect(idOutline(zh)).to.deep.equal(idOutline(en));
    expect(idOutline(zhHant)).to.deep.equal(idOutline(en));
  });

  it('is written in Chinese in the Chinese files', () => {
    const cjk = /[\u4e00-\u9fff]/;
    const proseOnly = (content: SkillMapperContent) =>
      content.specializations.flatMap((spec) => [spec.analogue, spec.summary, spec.firstProject.scope,
        ...spec.transfers.flatMap((t) => [t.detail, t.changes]), ...spec.learn.map((l) => l.why),
        ...spec.tools.flatMap((t) => [t.use, t.when, t.firstTask])]);
    for (const text of [...proseOnly(zh), ...strings(uiZh)]) expect(text).to.match(cjk);
  });

  it('has every UI string in both languages', () => {
    expect(Object.keys(uiZh).sort()).to.deep.equal(Object.keys(uiEn).sort());
  });
});
