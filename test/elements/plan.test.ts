// The 1:1 plan from the reader's side: the same plan from any element, with one element or all
// three on the page; Copy, Share and Download, each confirmed; a refused clipboard loses nothing.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/path-recommender/define.js';
import '../../src/elements/skill-mapper/define.js';
import '../../src/elements/transition-checklist/define.js';
import checklistEn from '../../src/content/checklist/en.json';
import { CHECKLIST_STORAGE_KEY } from '../../src/core/checklist-state.js';
import type { PathRecommender } from '../../src/elements/path-recommender/path-recommender.js';
import type { SkillMapper } from '../../src/elements/skill-mapper/skill-mapper.js';
import type { TransitionChecklist } from '../../src/elements/transition-checklist/transition-checklist.js';
import { contributeToPlan } from '../../src/platform/plan-contributors.js';
import { PROFILE_STORAGE_KEY } from '../../src/platform/profile.js';
import { settled } from '../support/helpers.js';

type Kit = SkillMapper | PathRecommender | TransitionChecklist;
const TAGS = ['skill-mapper', 'path-recommender', 'transition-checklist'] as const;
const first = checklistEn.sections[0];

async function page(template: ReturnType<typeof html>): Promise<Kit[]> {
  const root = await fixture(template);
  const elements = [...root.querySelectorAll<Kit>(TAGS.join(','))];
  await Promise.all(elements.map((element) => settled(element)));
  return elements;
}

const button = (element: Kit, text: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);
const status = (element: Kit) => element.shadowRoot!.querySelector('.export-status')!.textContent;

function saveProgress() {
  localStorage.setItem(PROFILE_STORAGE_KEY, JSON.stringify({ version: 1, data: { specializations: ['backend', 'mobile'], level: 'staff', hoursPerWeek: 10 } }));
  localStorage.setItem(
    CHECKLIST_STORAGE_KEY,
    JSON.stringify({ version: 1, data: { checked: [first.items[0].id], notes: { [first.id]: 'Talked to Sam.' } } }),
  );
}

/** Replaces a navigator member for one test. */
function stubNavigator(name: 'clipboard' | 'share', value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, name);
  Object.defineProperty(navigator, name, { value, configurable: true });
  return () => (own ? Object.defineProperty(navigator, name, own) : delete (navigator as unknown as Record<string, unknown>)[name]);
}

describe('the 1:1 plan', () => {
  beforeEach(() => localStorage.clear());

  it('is the same from every element, and holds the page\'s presets the reader never touched', async () => {
    const elements = await page(html`<div>
      <skill-mapper specialization="backend"></skill-mapper>
      <path-recommender level="senior" direction="backend" hours-per-week="8"></path-recommender>
      <transition-checklist></transition-checklist>
    </div>`);
    const checklist = elements[2] as TransitionChecklist;
    checklist.shadowRoot!.querySelector<HTMLInputElement>('.items input')!.click();
    await checklist.updateComplete;
    const plans = await Promise.all(elements.map((element) => element.toMarkdown()));
    expect(plans[1]).to.equal(plans[0]);
    expect(plans[2]).to.equal(plans[0]);
    const plan = plans[0];
    expect(plan).to.contain('- Main direction: Backend');
    expect(plan).to.contain('- Level: Senior');
    expect(plan).to.contain('- Hours a week: 8');
    expect(plan).to.contain('## Where my skills land');
    expect(plan).to.contain(`at 8 hours a week`);
    expect(plan).to.contain(`- [x] ${first.items[0].text}`);
    expect(plan).to.not.match(/No notes yet|- \[ \]/);
  });

  it('is the same whichever element is alone on the page, built from the shared profile and saved progress', async () => {
    saveProgress();
    const plans: string[] = [];
    for (const tag of TAGS) {
      const [element] = await page(html`<div>${document.createElement(tag)}</div>`);
      plans.push(await element.toMarkdown());
      element.parentElement!.remove();
    }
    expect(plans[1]).to.equal(plans[0]);
    expect(plans[2]).to.equal(plans[0]);
    expect(plans[0]).to.contain('- Main direction: Backend\n- Also: Mobile\n- Level: Staff');
    expect(plans[0]).to.contain('Backend → ');
    expect(plans[0]).to.contain('at 10 hours a week');
    expect(plans[0]).to.contain('> Talked to Sam.');
  });

  it('copies the Markdown to the clipboard and says so', async () => {
    const [element] = await page(html`<div><path-recommender></path-recommender></div>`);
    let copied = '';
    const restore = stubNavigator('clipboard', { writeText: async (text: string) => void (copied = text) });
    try {
      button(element, 'Copy the plan')!.click();
      await waitUntil(() => status(element));
    } finally {
      restore();
    }
    expect(copied).to.equal(await element.toMarkdown());
    expect(status(element)).to.equal('Plan copied. Paste it into your 1:1 notes.');
    expect(element.shadowRoot!.querySelector('.export-status')!.getAttribute('role')).to.equal('status');
  });

  it('shows the plan selected, with a clear message, when the browser refuses the clipboard', async () => {
    const [element] = await page(html`<div><skill-mapper></skill-mapper></div>`);
    const restore = stubNavigator('clipboard', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    try {
      button(element, 'Copy the plan')!.click();
      await waitUntil(() => element.shadowRoot!.activeElement?.classList.contains('plan-text'));
    } finally {
      restore();
    }
    const text = element.shadowRoot!.querySelector<HTMLTextAreaElement>('.plan-text')!;
    expect(text.value).to.equal(await element.toMarkdown());
    expect(text.selectionEnd - text.selectionStart).to.equal(text.value.length);
    expect(status(element)).to.contain('did not let the page copy');
    await expect(element).to.be.accessible();
  });

  it('offers Share only where the browser can share, and shares the plan', async () => {
    const [without] = await page(html`<div><skill-mapper></skill-mapper></div>`);
    expect(button(without, 'Share the plan')).to.equal(undefined);
    let shared: ShareData | undefined;
    const restore = stubNavigator('share', async (data: ShareData) => void (shared = data));
    try {
      const [element] = await page(html`<div><skill-mapper></skill-mapper></div>`);
      button(element, 'Share the plan')!.click();
      await waitUntil(() => status(element));
      expect(shared!.text).to.equal(await element.toMarkdown());
      expect(shared!.title).to.equal('My plan into ML engineering');
      expect(status(element)).to.equal('Plan shared.');
    } finally {
      restore();
    }
  });

  it('downloads the plan as a .md file and confirms it', async () => {
    const [element] = await page(html`<div><skill-mapper></skill-mapper></div>`);
    const saved: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (saved.push(blob), 'blob:test');
    try {
      button(element, 'Download the plan (.md)')!.click();
      await waitUntil(() => status(element));
    } finally {
      URL.createObjectURL = original;
    }
    expect(await saved[0].text()).to.equal(await element.toMarkdown());
    expect(status(element)).to.equal('Downloaded ml-transition-plan.md.');
  });

  it('says so when the plan cannot be made, and nothing escapes into the page', async () => {
    const [element] = await page(html`<div><skill-mapper lang="zh-CN"></skill-mapper></div>`);
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    addEventListener('unhandledrejection', onRejection);
    // A failure while building the plan: another part of the page that contributes to it breaks.
    const stopContributing = contributeToPlan({
      host: element,
      contribution() {
        throw new TypeError('broken');
      },
    });
    try {
      button(element, '下载计划（.md）')!.click();
      await waitUntil(() => status(element));
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      stopContributing();
      removeEventListener('unhandledrejection', onRejection);
    }
    expect(status(element)).to.equal('计划生成失败，没有复制或保存任何内容。请检查网络后重试。');
    expect(rejections).to.deep.equal([]);
  });

  it('speaks Chinese: the plan, its buttons and its confirmations', async () => {
    saveProgress();
    const [element] = await page(html`<div lang="zh-CN"><transition-checklist></transition-checklist></div>`);
    const plan = await element.toMarkdown();
    expect(plan).to.match(/^# 我的机器学习工程转型计划\n/);
    expect(plan).to.contain('- 级别：Staff 工程师');
    expect(plan).to.contain('按每周 10 小时计算');
    const restore = stubNavigator('clipboard', { writeText: async () => {} });
    try {
      button(element, '复制计划')!.click();
      await waitUntil(() => status(element));
    } finally {
      restore();
    }
    expect(status(element)).to.equal('计划已复制，可以粘贴到 1:1 的笔记里。');
    expect(button(element, '下载计划（.md）')).to.not.equal(undefined);
  });
});
