// The plan's labels as the kit assembles them (elements/shared/plan-assemble.ts), for core tests.
import checklistUiEn from '../../src/content/checklist/ui.en.json';
import checklistUiZh from '../../src/content/checklist/ui.zh-CN.json';
import commonEn from '../../src/content/common/ui.en.json';
import commonZh from '../../src/content/common/ui.zh-CN.json';
import pathUiEn from '../../src/content/path/ui.en.json';
import pathUiZh from '../../src/content/path/ui.zh-CN.json';
import planEn from '../../src/content/plan/ui.en.json';
import planZh from '../../src/content/plan/ui.zh-CN.json';
import type { PlanLabels } from '../../src/core/plan.js';

export function planLabels(locale: 'en' | 'zh-CN' = 'en'): PlanLabels {
  const [plan, path, checklist, common] = locale === 'en' ? [planEn, pathUiEn, checklistUiEn, commonEn] : [planZh, pathUiZh, checklistUiZh, commonZh];
  return {
    ...plan,
    weekOne: path.weekOne,
    weekMany: path.weekMany,
    values: path.values,
    sectionTitle: checklist.sectionTitle,
    progress: checklist.progress,
    colon: common.colon,
    locale,
  };
}
