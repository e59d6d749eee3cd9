import { expect } from '@open-wc/testing';
import checklistEn from '../../src/content/checklist/en.json';
import checklistZh from '../../src/content/checklist/zh-CN.json';
import pathEn from '../../src/content/path/en.json';
import pathZh from '../../src/content/path/zh-CN.json';
import skillEn from '../../src/content/skill-mapper/en.json';
import skillZh from '../../src/content/skill-mapper/zh-CN.json';
import type { ChecklistContent } from '../../src/content/schema/checklist.js';
import type { PathContent } from '../../src/content/schema/path.js';
import type { SkillMapperContent } from '../../src/content/schema/skill-mapper.js';
import { emptyState, reconcile } from '../../src/core/checklist-state.js';
import type { PathInputs } from '../../src/core/path-inputs.js';
import type { PlanInput } from '../../src/core/plan.js';
import { buildPlan } from '../../src/core/plan-sections.js';
import { recommendPath } from '../../src/core/recommend-path.js';
import { mapSkills } from '../../src/core/skill-map.js';
import planEn from '../../src/content/plan/ui.en.json';
import planZh from '../../src/content/plan/ui.zh-CN.json';
import { planLabels } from '../support/plan.js';

const inputs: PathInputs = { level: 'senior', style: 'code-first', structure: 'self-paced', hoursPerWeek: 8, direction: 'backend', also: ['mobile'] };

function input(lang: 'en' | 'zh-CN', checked: string[] = [], notes: Record<string, string> = {}): PlanInput {
  const [skill, path, checklist] = (lang === 'en' ? [skillEn, pathEn, checklistEn] : [skillZh, pathZh, checklistZh]) as [SkillMapperContent, PathContent, ChecklistContent];
  const label = (id: string) => skill.specializations.find((s) => s.id === id)!.label;
  return {
    inputs,
    specializations: [label('backend'), label('mobile')],
    skills: mapSkills(skill, ['backend', 'mobile']),
    path: recommendPath(path, inputs),
    checklist: { content: checklist, state: reconcile({ ...emptyState(), checked, notes }, checklist) },
  };
}

describe('buildPlan', () => {
  const first = checklistEn.sections[0];

  it('holds the profile in use, where the skills land, the path with its estimate and phases, checked actions and notes', () => {
    const plan = input('en', [first.items[0].id], { [first.id]: 'Talked to Sam.\nNext: the design doc.' });
    const md = buildPlan(plan, planLabels('en'));
    expect(md).to.match(/^# My plan into ML engineering\n/);
    expect(md).to.contain('- Main direction: Backend');
    expect(md).to.contain('- Also: Mobile');
    expect(md).to.contain('- Level: Senior');
    expect(md).to.contain('- Hours a week: 8');
    expect(md).to.contain(`- Backend → ${plan.skills!.selected[0].analogue}`);
    expect(md).to.contain(`**What carries over**: ${plan.skills!.transfers[0].label}`);
    expect(md).to.contain(`**What to learn first**: ${plan.skills!.learn[0].label}`);
    expect(md).to.contain(`**${plan.path!.weeks.min}–${plan.path!.weeks.max} weeks at 8 hours a week (${plan.path!.hours.min}–${plan.path!.hours.max} hours of study in all)**`);
    plan.path!.phases.forEach((phase, index) => expect(md).to.contain(`### ${index + 1}. ${phase.title} (`));
    expect((md.match(/^\*\*Milestone:\*\* /gm) ?? []).length).to.equal(plan.path!.phases.length);
    expect(md).to.contain(`- [x] ${first.items[0].text}`);
    expect(md).to.contain('> Talked to Sam.\n> Next: the design doc.');
  });

  it('leaves out what is empty: no unchecked action, no step without progress or notes, no "No notes yet"', () => {
    const md = buildPlan(input('en', [first.items[0].id]), planLabels('en'));
    expect(md).to.not.contain('- [ ]');
    expect(md).to.not.match(/no notes/i);
    expect((md.match(/^### Step /gm) ?? []).length).to.equal(1);
    expect(md).to.contain(`*1 of ${first.items.length} actions done*`);
    // Nothing done and nothing noted: no checklist section at all.
    const empty = buildPlan(input('en'), planLabels('en'));
    expect(empty).to.not.contain('## Done so far');
    // Only the profile: one section, no empty headings for the others.
    const profileOnly = buildPlan({ inputs, specializations: [] }, planLabels('en'));
    expect(profileOnly.match(/^## .*/gm)).to.deep.equal(['## About me']);
  });

  it('speaks Chinese, with Chinese list separators', () => {
    expect(Object.keys(planZh).sort()).to.deep.equal(Object.keys(planEn).sort());
    const md = buildPlan(input('zh-CN', [checklistZh.sections[0].items[0].id]), planLabels('zh-CN'));
    expect(md).to.match(/^# 我的机器学习工程转型计划\n/);
    expect(md).to.contain('- 级别：高级');
    expect(md).to.contain('## 我的学习路径');
    expect(md).to.contain('按每周 8 小时计算');
    expect(md).to.contain('、');
    expect(md).to.contain('## 目前的进展');
  });
});
