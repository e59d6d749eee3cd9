// Issue 16 in the 1:1 plan: the reader's progress on the path, their logged hours and the forecast
// appear in the plan, the same whichever element they ask, with the path on the page or not.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/path-recommender/define.js';
import '../../src/elements/skill-mapper/define.js';
import '../../src/elements/transition-checklist/define.js';
import { dayOf, isoWeek } from '../../src/core/path-forecast.js';
import { PATH_STORAGE_KEY } from '../../src/elements/path-recommender/path-tracker.js';
import type { PathRecommender } from '../../src/elements/path-recommender/path-recommender.js';
import type { SkillMapper } from '../../src/elements/skill-mapper/skill-mapper.js';
import type { TransitionChecklist } from '../../src/elements/transition-checklist/transition-checklist.js';
import { PROFILE_STORAGE_KEY } from '../../src/platform/profile.js';
import { settled } from '../support/helpers.js';

type Kit = SkillMapper | PathRecommender | TransitionChecklist;
const TAGS = ['skill-mapper', 'path-recommender', 'transition-checklist'] as const;

const thisWeek = isoWeek(dayOf(new Date()));
const lastWeek = isoWeek(new Date(dayOf(new Date()).getTime() - 7 * 86_400_000));

async function alone(tag: (typeof TAGS)[number]): Promise<Kit> {
  const root = await fixture(html`<div>${document.createElement(tag)}</div>`);
  const element = root.firstElementChild as Kit;
  await settled(element);
  return element;
}

/** The reader's path as a <path-recommender> shows it, to name its phases. */
async function readerPath() {
  const element = (await alone('path-recommender')) as PathRecommender;
  const path = element.path;
  element.parentElement!.remove();
  return path;
}

describe('the 1:1 plan carries the path tracker', () => {
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem(PROFILE_STORAGE_KEY, JSON.stringify({ version: 1, data: { specializations: ['backend'], level: 'mid', hoursPerWeek: 10 } }));
  });

  it('shows phases done and begun, hours logged and both forecasts, the same from every element alone on the page', async () => {
    const path = await readerPath();
    const [first, second] = path.phases;
    localStorage.setItem(
      PATH_STORAGE_KEY,
      JSON.stringify({
        version: 1,
        data: {
          marks: {
            [`phase:${first.id}`]: { value: 'done', at: 1 },
            [`resource:${second.id}/${second.parts[0].resource.id}`]: { value: 'started', at: 1 },
          },
          hours: { [lastWeek]: { value: 6, at: 1 }, [thisWeek]: { value: 8, at: 1 } },
        },
      }),
    );
    const plans: string[] = [];
    for (const tag of TAGS) {
      const element = await alone(tag);
      plans.push(await element.toMarkdown());
      element.parentElement!.remove();
    }
    expect(plans[1]).to.equal(plans[0]);
    expect(plans[2]).to.equal(plans[0]);
    const plan = plans[0];
    expect(plan).to.contain('## Where I am on the path');
    expect(plan).to.contain(`**1 of ${path.phases.length} phases done**`);
    expect(plan).to.contain(`- [x] 1. ${first.title}`);
    expect(plan).to.contain(`- [ ] 2. ${second.title} (started)`);
    expect(plan).to.contain('Hours logged: 14 h in 2 weeks');
    expect(plan).to.match(/- At the 10 h a week I planned: .+ left, finishing between .+ and .+\./);
    expect(plan).to.match(/- At the pace I kept from .+, about 7 h a week: .+ left/);
    expect(plan).to.contain('*These are ranges, not deadlines.*');
    // Right after the path, before the checklist.
    expect(plan.indexOf('## Where I am on the path')).to.be.greaterThan(plan.indexOf('## My path'));
  });

  it('follows a mark the reader just made in <path-recommender>, asked from another element', async () => {
    const root = await fixture(html`<div><path-recommender></path-recommender><transition-checklist></transition-checklist></div>`);
    const [path, checklist] = [root.children[0] as PathRecommender, root.children[1] as TransitionChecklist];
    await Promise.all([settled(path), settled(checklist)]);
    expect(await checklist.toMarkdown()).not.to.contain('Where I am on the path');
    path.shadowRoot!.querySelector<HTMLButtonElement>('.log button')!.click(); // "+1 h"
    await path.updateComplete;
    const plan = await checklist.toMarkdown();
    expect(plan).to.contain(`**0 of ${path.path.phases.length} phases done**`);
    expect(plan).to.contain('Hours logged: 1 h in 1 week');
    // One logged week is not a pace yet.
    expect(plan).to.contain('At the 10 h a week I planned:');
    expect(plan).not.to.contain('At the pace I kept');
  });

  it('speaks Chinese', async () => {
    localStorage.setItem(PATH_STORAGE_KEY, JSON.stringify({ version: 1, data: { marks: {}, hours: { [thisWeek]: { value: 3, at: 1 } } } }));
    const root = await fixture(html`<div><transition-checklist lang="zh-CN"></transition-checklist></div>`);
    const element = root.firstElementChild as TransitionChecklist;
    await settled(element);
    const plan = await element.toMarkdown();
    expect(plan).to.contain('## 我在路径上的进度');
    expect(plan).to.contain('已记录学习时长：1 周内共 3 小时');
    expect(plan).to.contain('按我计划的每周 10 小时');
  });
});
