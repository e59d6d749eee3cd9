// The generated Traditional Chinese (Taiwan) files: current, complete, and Traditional throughout.
import { expect } from '@open-wc/testing';
import * as OpenCC from 'opencc-js/cn2t';
import checklistZhCn from '../../src/content/checklist/zh-CN.json';
import checklistZhHant from '../../src/content/checklist/zh-Hant.json';
import checklistUiZhCn from '../../src/content/checklist/ui.zh-CN.json';
import checklistUiZhHant from '../../src/content/checklist/ui.zh-Hant.json';
import problemsZhCn from '../../src/content/common/problems.zh-CN.json';
import problemsZhHant from '../../src/content/common/problems.zh-Hant.json';
import commonUiZhCn from '../../src/content/common/ui.zh-CN.json';
import commonUiZhHant from '../../src/content/common/ui.zh-Hant.json';
import pathZhCn from '../../src/content/path/zh-CN.json';
import pathZhHant from '../../src/content/path/zh-Hant.json';
import pathUiZhCn from '../../src/content/path/ui.zh-CN.json';
import pathUiZhHant from '../../src/content/path/ui.zh-Hant.json';
import planUiZhCn from '../../src/content/plan/ui.zh-CN.json';
import planUiZhHant from '../../src/content/plan/ui.zh-Hant.json';
import skillZhCn from '../../src/content/skill-mapper/zh-CN.json';
import skillZhHant from '../../src/content/skill-mapper/zh-Hant.json';
import skillUiZhCn from '../../src/content/skill-mapper/ui.zh-CN.json';
import skillUiZhHant from '../../src/content/skill-mapper/ui.zh-Hant.json';
import wikiSkillZhCn from '../../demo/wiki/content/skill-mapper.zh-CN.json';
import wikiSkillZhHant from '../../demo/wiki/content/skill-mapper.zh-Hant.json';
import wikiPathZhCn from '../../demo/wiki/content/path-recommender.zh-CN.json';
import wikiPathZhHant from '../../demo/wiki/content/path-recommender.zh-Hant.json';
import wikiChecklistZhCn from '../../demo/wiki/content/transition-checklist.zh-CN.json';
import wikiChecklistZhHant from '../../demo/wiki/content/transition-checklist.zh-Hant.json';
import overrides from '../../src/content/zh-Hant-overrides.json';
import { citesPublishedTitle, REGENERATE, toZhHant, ZH_CN_FILES, zhHantFile } from '../../scripts/zh-hant.js';

const PAIRS: Record<(typeof ZH_CN_FILES)[number], [unknown, unknown]> = {
  'src/content/checklist/zh-CN.json': [checklistZhCn, checklistZhHant],
  'src/content/checklist/ui.zh-CN.json': [checklistUiZhCn, checklistUiZhHant],
  'src/content/common/problems.zh-CN.json': [problemsZhCn, problemsZhHant],
  'src/content/common/ui.zh-CN.json': [commonUiZhCn, commonUiZhHant],
  'src/content/path/zh-CN.json': [pathZhCn, pathZhHant],
  'src/content/path/ui.zh-CN.json': [pathUiZhCn, pathUiZhHant],
  'src/content/plan/ui.zh-CN.json': [planUiZhCn, planUiZhHant],
  'src/content/skill-mapper/zh-CN.json': [skillZhCn, skillZhHant],
  'src/content/skill-mapper/ui.zh-CN.json': [skillUiZhCn, skillUiZhHant],
  'demo/wiki/content/skill-mapper.zh-CN.json': [wikiSkillZhCn, wikiSkillZhHant],
  'demo/wiki/content/path-recommender.zh-CN.json': [wikiPathZhCn, wikiPathZhHant],
  'demo/wiki/content/transition-checklist.zh-CN.json': [wikiChecklistZhCn, wikiChecklistZhHant],
};

/** Every string in a JSON value, and every key path, so two files' shapes can be compared. */
function leaves(value: unknown, path = '$'): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, `${path}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leaves(item, `${path}.${key}`));
  return [[path, value]];
}

const CHINESE = /[\u3400-\u9fff]/;

/**
 * Characters Simplified and Traditional share, which a character-by-character conversion would
 * still change: allowed only in these words, where Taiwan writes them so.
 */
const SHARED_CHARACTER_WORDS = ['平台', '里程碑', '扎卡里', '干預', '干擾', '准入', '上游', '下游', '漏斗', '划算'];

describe('generated zh-Hant content', () => {
  it(`is current: regenerating it from the zh-CN files changes nothing (else run \`${REGENERATE}\`)`, () => {
    for (const file of ZH_CN_FILES) {
      const [zhCn, zhHant] = PAIRS[file];
      expect(zhHant, `${zhHantFile(file)} is stale: run \`${REGENERATE}\` and commit what it writes`).to.deep.equal(toZhHant(zhCn, file));
    }
  });

  it('keeps every key, id, number and URL of the zh-CN files, and converts every Chinese string', () => {
    for (const file of ZH_CN_FILES) {
      const [zhCn, zhHant] = PAIRS[file];
      const traditional = new Map(leaves(zhHant));
      const simplified = leaves(zhCn);
      expect([...traditional.keys()], file).to.deep.equal(simplified.map(([path]) => path));
      for (const [path, value] of simplified) {
        const converted = traditional.get(path);
        // Set by the overrides: a resource's edition, the language markers and the strings' locale.
        const reviewed = /\.(url|lang|langZh|langZhHant|zh|zh-Hant|locale)$/.test(path);
        if (typeof value !== 'string' || !CHINESE.test(value)) {
          if (!reviewed) expect(converted, `${file} ${path}`).to.equal(value);
        } else if (!reviewed) {
          expect(converted, `${file} ${path}`).to.be.a('string').and.match(CHINESE);
        }
      }
    }
  });

  it('has no Simplified-only character, but in titles published in Simplified Chinese', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    // A title published in Simplified Chinese is cited as published.
    const published = (_key: string, value: unknown) => (citesPublishedTitle(value) && value.lang === 'zh' ? { ...value, title: '' } : value);
    for (const file of ZH_CN_FILES) {
      const text = SHARED_CHARACTER_WORDS.reduce((rest, word) => rest.replaceAll(word, ''), JSON.stringify(PAIRS[file][1], published));
      const simplified = [...new Set(text)].filter((char) => toTraditional(char) !== char);
      expect(simplified.join(''), zhHantFile(file)).to.equal('');
    }
  });

  it('catches a Simplified character when one slips in, even one that a phrase conversion keeps', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    expect([...'公有云里程碑'].filter((char) => toTraditional(char) !== char)).to.deep.equal(['云', '里']);
    expect(toTraditional('公有云')).to.equal('公有云'); // why the check goes character by character
  });

  it('uses Taiwan terms, not a character swap of mainland ones', () => {
    const all = ZH_CN_FILES.map((file) => JSON.stringify(PAIRS[file][1])).join('');
    for (const mainland of ['軟件', '數據', '質量', '推理', '視頻', '默認', '用戶', '項目', '文檔', '屏幕', '硬件', '代碼', '網絡', '國內', '大模型', '“']) {
      expect(all.includes(mainland), mainland).to.be.false;
    }
    for (const taiwan of ['軟體', '資料', '品質', '推論', '影片', '程式碼', '演算法', '網路', '機器學習工程師', '模型部署', '「']) {
      expect(all.includes(taiwan), taiwan).to.be.true;
    }
  });

  it('lists only overrides that change something, each with its reason', () => {
    const s2twp = OpenCC.Converter({ from: 'cn', to: 'twp' });
    let texts = ZH_CN_FILES.flatMap((file) => leaves(PAIRS[file][0]).map(([, value]) => value)).filter(
      (value): value is string => typeof value === 'string' && CHINESE.test(value),
    ).map(s2twp);
    for (const term of overrides.terms) {
      expect(term.why, term.from).to.match(/\S/);
      expect(texts.some((text) => text.includes(term.from)), `"${term.from}" no longer occurs after s2twp: drop it`).to.be.true;
      texts = texts.map((text) => text.replaceAll(term.from, term.to));
    }
    const urls = JSON.stringify([pathZhCn, skillZhCn]);
    for (const resource of overrides.resources) {
      expect(resource.why).to.match(/\S/);
      expect(urls, resource.url).to.contain(`"${resource.url}"`);
    }
  });

  it('points Traditional Chinese readers to the Traditional Chinese edition where one exists, marked as theirs', () => {
    const course = pathZhHant.resources.find((r) => r.id === 'hf-course-zh')!;
    expect(course.url).to.equal('https://huggingface.co/learn/llm-course/zh-TW/chapter1/1');
    expect(course.lang).to.equal('zh-Hant');
    // Simplified Chinese resources stay (readable in Taiwan too) and say so on the page.
    expect(pathZhHant.resources.find((r) => r.id === 'd2l-zh')!.lang).to.equal('zh');
    expect(pathUiZhHant.languages).to.deep.equal({ en: '，英文', zh: '，簡體中文', 'zh-Hant': '' });
  });
});
