import { expect } from '@open-wc/testing';
import * as OpenCC from 'opencc-js/t2cn';
import en from '../../src/content/path/en.json';
import zh from '../../src/content/path/zh-CN.json';
import zhHant from '../../src/content/path/zh-Hant.json';
import uiEn from '../../src/content/path/ui.en.json';
import uiZh from '../../src/content/path/ui.zh-CN.json';
import skillMapper from '../../src/content/skill-mapper/en.json';
import type { Part, PathContent } from '../../src/content/schema/path.js';
import { validatePathContent } from '../../src/core/validate-path.js';

const english = en as PathContent;
const chinese = zh as PathContent;
const traditional = zhHant as PathContent;
const partOutline = (parts: Part[]) => parts.map((p) => [p.resource, p.hours, p.knownFrom, p.style]);
const outline = (c: PathContent) => ({
  phases: c.phases.map((p) => [p.id, partOutline(p.parts), p.practice, p.sources, p.weekly, p.after, Object.keys(p.reasons ?? {})]),
  directions: c.directions.map((d) => [d.id, partOutline(d.parts), d.practice, d.mergesInto, d.sources, partOutline(d.also.parts), d.also.tools]),
  sources: c.sources.map((s) => s.id),
});
/** Every text a reader of the content sees. */
const texts = (c: PathContent) => [
  ...c.resources.flatMap((r) => [r.title, r.by, r.note ?? '', r.term?.facts ?? '']),
  ...c.phases.flatMap((p) => [p.title, p.goal, p.reason, ...Object.values(p.reasons ?? {}), p.milestone, ...p.parts.map((x) => x.part ?? '')]),
  ...c.directions.flatMap((d) => [d.label, d.goal, d.reason, d.milestone, d.also.skill, d.also.project, ...d.parts.map((x) => x.part ?? '')]),
];

describe('bundled path content', () => {
  for (const [lang, content] of [['en', english], ['zh-CN', chinese], ['zh-Hant', traditional]] as const) {
    it(`is valid in ${lang}, with every phase the rules need`, () => {
      expect(validatePathContent(content).problems).to.deep.equal([]);
    });

    it(`lists only https links, each once, in ${lang}`, () => {
      const urls = content.resources.map((r) => r.url);
      for (const url of urls) expect(url).to.match(/^https:\/\//);
      expect(urls.filter((url, i) => urls.indexOf(url) !== i)).to.deep.equal([]);
    });

    it(`states a graded programme's hours as its term times its weekly load, in ${lang}`, () => {
      for (const part of content.phases.flatMap((p) => p.parts)) {
        const term = content.resources.find((r) => r.id === part.resource)!.term;
        if (term) expect(part.hours, part.resource).to.equal(term.weeks * term.load.min);
      }
    });
  }

  it('has the same phases, parts, hours and links in all three languages', () => {
    expect(outline(chinese)).to.deep.equal(outline(english));
    expect(outline(traditional)).to.deep.equal(outline(english));
    expect(traditional.resources.map((r) => r.id)).to.deep.equal(chinese.resources.map((r) => r.id));
    const zhById = new Map(chinese.resources.map((r) => [r.id, r]));
    for (const r of english.resources) {
      const other = zhById.get(r.id);
      expect(other, r.id).to.be.ok;
      expect([other!.url, other!.format, other!.cost, other!.lang, other!.term && { ...other!.term, facts: '' }]).to.deep.equal([
        r.url,
        r.format,
        r.cost,
        r.lang,
        r.term && { ...r.term, facts: '' },
      ]);
    }
  });

  it('adds Chinese resources for Chinese readers only as the same part elsewhere, marked as Chinese', () => {
    const english = new Set(en.resources.map((r) => r.id));
    const extra = chinese.resources.filter((r) => !english.has(r.id));
    expect(extra.map((r) => r.id)).to.include.members(['d2l-zh', 'bilibili-3b1b', 'd2l-videos']);
    const alts = new Set(chinese.phases.flatMap((p) => p.parts.flatMap((part) => (part.alt ?? []).map((a) => a.resource))));
    for (const r of extra) {
      expect(r.lang, r.id).to.equal('zh');
      expect(alts.has(r.id), r.id).to.equal(true);
    }
    // The English content has no alternatives: they are for readers in mainland China.
    expect(JSON.stringify(en)).not.to.contain('"alt"');
  });

  it('teaches PyTorch, and says where a resource uses another framework', () => {
    const all = JSON.stringify(english);
    expect(all).not.to.contain('Keras, and TensorFlow');
    const note = (id: string) => english.resources.find((r) => r.id === id)!.note ?? '';
    expect(note('ml-specialization')).to.contain('TensorFlow');
    expect(note('ml-zoomcamp')).to.contain('TensorFlow');
    expect(english.resources.find((r) => r.id === 'hands-on-ml')!.title).to.contain('PyTorch');
    // No "free to audit" label: Coursera no longer promises it.
    expect(english.resources.filter((r) => r.cost === 'free-to-audit')).to.deep.equal([]);
  });

  it('offers a direction for every <skill-mapper> specialization', () => {
    expect(en.directions.map((d) => d.id)).to.deep.equal(skillMapper.specializations.map((s) => s.id));
  });

  it('reports a missing rule phase, an unknown part and a phase mixing a term with self-paced study', () => {
    const broken = { ...en, phases: en.phases.filter((p) => p.id !== 'math-core') };
    expect(validatePathContent(broken).problems.map((p) => p.code)).to.include('missing-id');
    const unknown = structuredClone(en);
    unknown.phases[0].parts[0].resource = 'no-such-book';
    expect(validatePathContent(unknown).problems).to.deep.include({
      path: '$.phases[0].parts[0]',
      code: 'unknown-id',
      message: '"no-such-book" is not a known id',
    });
    const mixed = structuredClone(en);
    mixed.phases.find((p) => p.id === 'ml-fundamentals-structured')!.parts.push({ resource: 'mml-book', part: 'x', hours: 5 });
    expect(validatePathContent(mixed).problems.map((p) => p.code)).to.include('check');
  });

  it('is written in Simplified Chinese in the Chinese files, with every UI string', () => {
    for (const phase of zh.phases) for (const text of [phase.goal, phase.reason, phase.milestone]) expect(text).to.match(/[\u4e00-\u9fff]/);
    const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
    for (const text of [...texts(chinese), JSON.stringify(uiZh)]) expect(toSimplified(text), text).to.equal(text);
    expect(Object.keys(uiZh).sort()).to.deep.equal(Object.keys(uiEn).sort());
    expect(Object.keys(uiZh.reasons).sort()).to.deep.equal(Object.keys(uiEn.reasons).sort());
  });

  it('uses the agreed Chinese terms', () => {
    // The seed entries (`sources`) describe their authors in their own words and are left out.
    const all = JSON.stringify({ ...zh, sources: [] }) + JSON.stringify(uiZh);
    expect(uiZh.values.staff).to.equal('Staff 工程师');
    expect(all).not.to.contain('资深');
    expect(all).not.to.contain('评测');
    expect(all).not.to.contain('AI 安全');
    expect(all).not.to.contain('而非终点线');
  });

  it('says at every level that engineering is an asset', () => {
    for (const level of ['junior', 'mid', 'senior', 'staff', 'principal'] as const) {
      expect(uiEn.reasons[level], level).to.match(/engineering/i);
      expect(uiZh.reasons[level], level).to.contain('工程');
    }
  });
});
