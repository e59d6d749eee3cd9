import { expect } from '@open-wc/testing';
import * as OpenCC from 'opencc-js/t2cn';
import checklistEn from '../../src/content/checklist/en.json';
import checklistZh from '../../src/content/checklist/zh-CN.json';
import checklistUiZh from '../../src/content/checklist/ui.zh-CN.json';
import commonUiZh from '../../src/content/common/ui.zh-CN.json';
import problemsZh from '../../src/content/common/problems.zh-CN.json';
import pathEn from '../../src/content/path/en.json';
import pathZh from '../../src/content/path/zh-CN.json';
import pathUiZh from '../../src/content/path/ui.zh-CN.json';
import skillEn from '../../src/content/skill-mapper/en.json';
import skillZh from '../../src/content/skill-mapper/zh-CN.json';
import skillUiZh from '../../src/content/skill-mapper/ui.zh-CN.json';
import checklistZhHant from '../../src/content/checklist/zh-Hant.json';
import pathZhHant from '../../src/content/path/zh-Hant.json';
import skillZhHant from '../../src/content/skill-mapper/zh-Hant.json';
import commonUiZhHant from '../../src/content/common/ui.zh-Hant.json';
import type { Source } from '../../src/content/schema/common.js';

const CONTENT = {
  en: { 'skill-mapper': skillEn, path: pathEn, checklist: checklistEn },
  'zh-CN': { 'skill-mapper': skillZh, path: pathZh, checklist: checklistZh },
  'zh-Hant': { 'skill-mapper': skillZhHant, path: pathZhHant, checklist: checklistZhHant },
};
/** The Traditional Chinese files, generated from zh-CN (test/content/zh-hant.test.ts checks each one). */
const TRADITIONAL_FILES = { skillZhHant, pathZhHant, checklistZhHant, commonUiZhHant };
const CHINESE_FILES = { skillZh, skillUiZh, pathZh, pathUiZh, checklistZh, checklistUiZh, commonUiZh, problemsZh };

describe('all bundled content', () => {
  for (const [lang, files] of Object.entries(CONTENT)) {
    it(`names each seed with one entry in all three ${lang} files`, () => {
      const entries = new Map<string, string>();
      for (const [file, content] of Object.entries(files)) {
        for (const source of content.sources as Source[]) {
          const entry = JSON.stringify(source);
          expect(entries.get(source.id) ?? entry, `${file}: ${source.id}`).to.equal(entry);
          entries.set(source.id, entry);
        }
      }
    });
  }

  it('gives the seeds their true titles', () => {
    const titles = Object.fromEntries(skillEn.sources.map((s) => [s.id, s.title]));
    expect(titles['seed-001']).to.equal('Transitioning from Software Engineering to Machine Learning Engineering');
    expect(titles['seed-003']).to.equal('Make the Switch from Software Engineer to ML Engineer');
    // Seeds 000 and 002 have no title: they are described, and say so.
    expect(titles['seed-000']).to.match(/^An untitled/);
    expect(titles['seed-002']).to.match(/^An untitled/);
  });

  it('writes Simplified Chinese only: no Traditional character in any zh-CN file', () => {
    const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
    for (const [name, json] of Object.entries(CHINESE_FILES)) {
      const text = JSON.stringify(json);
      const traditional = [...new Set(text)].filter((char) => toSimplified(char) !== char);
      expect(traditional.join(''), name).to.equal('');
    }
  });

  it('keeps one Chinese word per term and none of the calques found in review', () => {
    const banned = ['评测', 'AI 安全', '资深 Staff', '与用户相遇', '为它的出错设计', '而非终点线'];
    for (const [name, json] of Object.entries(CHINESE_FILES)) {
      const text = JSON.stringify(json);
      for (const phrase of banned) expect(text.includes(phrase), `${name} uses "${phrase}"`).to.be.false;
    }
    // Traditional Chinese inherits its words from zh-CN: read back in Simplified, it has none of them either.
    const toSimplified = OpenCC.Converter({ from: 'twp', to: 'cn' });
    for (const [name, json] of Object.entries(TRADITIONAL_FILES)) {
      const text = toSimplified(JSON.stringify(json));
      for (const phrase of banned) expect(text.includes(phrase), `${name} uses "${phrase}"`).to.be.false;
    }
  });

  it('catches a Traditional character when one slips in', () => {
    const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
    expect(toSimplified('機器學習')).to.not.equal('機器學習');
    expect(toSimplified('机器学习')).to.equal('机器学习');
  });
});
