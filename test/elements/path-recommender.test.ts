import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/path-recommender/define.js';
import en from '../../src/content/path/en.json';
import ui from '../../src/content/path/ui.en.json';
import type { PathContent } from '../../src/content/schema/path.js';
import { recommendPath } from '../../src/core/recommend-path.js';
import { PROFILE_STORAGE_KEY } from '../../src/platform/profile.js';
import type { PathRecommender } from '../../src/elements/path-recommender/path-recommender.js';
import { captureWarnings, folds, foldTitle, openAllSections, phaseTitles, settled, visibleText } from '../support/helpers.js';

/** The element, rendered, with every phase unfolded as a reader clicking through them would (unless `folded`). */
async function recommender(template = html`<path-recommender></path-recommender>`, { folded = false } = {}): Promise<PathRecommender> {
  const element = await fixture<PathRecommender>(template);
  await settled(element);
  if (folded) return element;
  await openAllSections(element);
  await settled(element); // blocks only some readers see load when their phase opens
  return element;
}

const $ = <T extends Element>(element: PathRecommender, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
const title = (id: string) => en.phases.find((p) => p.id === id)!.title;
const label = (id: string) => en.directions.find((d) => d.id === id)!.label;
const weeksText = (range: { min: number; max: number }) => (range.min === range.max ? `${range.min} weeks` : `${range.min}–${range.max} weeks`);
const savedProfile = (data: object) => localStorage.setItem(PROFILE_STORAGE_KEY, JSON.stringify({ version: 1, data }));
const buttonNamed = (element: PathRecommender, text: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text)!;

describe('<path-recommender>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('shows ordered phases with goals, reasons, resources, milestones and an estimate', async () => {
    const element = await recommender(html`<path-recommender level="junior" hours-per-week="10"></path-recommender>`);
    const titles = phaseTitles(element);
    expect(titles[0]).to.equal(`1. ${title('integrate-pretrained')}`);
    expect(titles[1]).to.equal(`2. ${title('first-model')}`);
    const text = visibleText(element);
    const pretrained = en.phases.find((p) => p.id === 'integrate-pretrained')!;
    expect(text).to.contain(pretrained.goal);
    expect(text).to.contain(pretrained.reasons!.early);
    expect(text).to.contain(pretrained.parts[0].part);
    expect(text).to.contain(pretrained.milestone);
    expect(element.shadowRoot!.querySelectorAll('.phase a[href^="https://"]').length).to.be.greaterThan(5);
    expect($(element, '.total').textContent).to.match(/\d+–\d+ weeks at 10 hours a week/);
  });

  it('recomputes the estimate once the hours are entered', async () => {
    const element = await recommender(html`<path-recommender hours-per-week="5"></path-recommender>`);
    const slow = $(element, '.total').textContent!;
    const input = $<HTMLInputElement>(element, '#hours');
    input.value = '20';
    input.dispatchEvent(new Event('change'));
    await element.updateComplete;
    const fast = $(element, '.total').textContent!;
    const weeks = (text: string) => Number(/(\d+)–/.exec(text)![1]);
    expect(weeks(fast)).to.be.below(weeks(slow));
    expect(fast).to.contain('at 20 hours a week');
  });

  it('puts theory first when the reader learns that way, and a graded program when asked', async () => {
    const element = await recommender(html`<path-recommender learning-style="theory-first" structure="structured"></path-recommender>`);
    const titles = phaseTitles(element);
    expect(titles[1]).to.contain(title('math-deep'));
    expect(titles[2]).to.contain(title('ml-fundamentals-structured'));
  });

  it('can be operated with the keyboard alone', async () => {
    const wrapper = await fixture(html`<div><button>before</button><path-recommender></path-recommender></div>`);
    const element = wrapper.querySelector('path-recommender')!;
    await settled(element);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' }); // into the level group, on the checked radio (mid)
    expect((element.shadowRoot!.activeElement as HTMLInputElement).value).to.equal('mid');
    const changed = oneEvent(element, 'path-recommender-change');
    await sendKeys({ press: 'ArrowRight' });
    expect((await changed).detail.inputs.level).to.equal('senior');
    await element.updateComplete;
    expect(phaseTitles(element).join()).to.contain(title('serving-at-scale'));
    // The new path did not rebuild the radios: focus stays on the one the reader moved to.
    const focused = element.shadowRoot!.activeElement as HTMLInputElement;
    expect([focused.value, focused.checked]).to.deep.equal(['senior', true]);

    await sendKeys({ press: 'Tab' }); // learning style
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' }); // structure
    await sendKeys({ press: 'Tab' }); // hours
    expect(element.shadowRoot!.activeElement!.id).to.equal('hours');
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    expect(element.inputs.hoursPerWeek).to.equal(7);
    expect(element.inputs.style).to.equal('theory-first');
  });

  it('ignores unknown attribute values with a console warning', async () => {
    let element!: PathRecommender;
    const warnings = await captureWarnings(async () => {
      element = await recommender(html`<path-recommender level="wizard" direction="astronaut"></path-recommender>`);
    });
    expect(warnings.join()).to.contain('"wizard"').and.contain('"astronaut"');
    expect(element.inputs.level).to.equal('mid');
    expect(element.inputs.direction).to.equal(undefined);
  });

  it('gives the plan as Markdown and the milestones as a calendar, each download confirmed', async () => {
    const element = await recommender(html`<path-recommender level="staff" direction="backend"></path-recommender>`);
    const markdown = await element.toMarkdown();
    for (const phase of element.path.phases) expect(markdown).to.contain(phase.title);
    expect(markdown).to.contain('- Level: Staff');
    const calendar = await element.toCalendar('2027-03-01');
    expect(calendar.match(/BEGIN:VEVENT/g)).to.have.length(element.path.phases.length);

    // The buttons download exactly that text, and say so.
    const saved: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return 'blob:test';
    };
    try {
      buttonNamed(element, 'Download the plan (.md)').click();
      await waitUntil(() => saved.length === 1);
      expect($(element, '.export [role="status"]').textContent).to.equal('Downloaded ml-transition-plan.md.');
      buttonNamed(element, 'Download milestones (.ics calendar)').click();
      await waitUntil(() => saved.length === 2);
      await element.updateComplete;
      expect($(element, '.export [role="status"]').textContent).to.equal('Downloaded ml-learning-path.ics.');
    } finally {
      URL.createObjectURL = original;
    }
    expect(saved.map((blob) => blob.type)).to.deep.equal(['text/markdown', 'text/calendar']);
    expect(await saved[0].text()).to.equal(markdown);
  });

  it('puts the downloads beside the estimate, the start date in the calendar\'s group, one primary button per group', async () => {
    const element = await recommender();
    const summary = $(element, '.summary');
    const total = $(element, '.total');
    const exportBlock = $(element, '.export');
    expect(summary.contains(exportBlock)).to.equal(true);
    expect(total.nextElementSibling === exportBlock || total.nextElementSibling?.nextElementSibling === exportBlock).to.equal(true);
    const calendar = $<HTMLFieldSetElement>(element, '.export fieldset.calendar');
    expect(calendar.querySelector('legend')!.textContent).to.equal(ui.calendarGroup);
    expect(calendar.querySelector('input[type="date"]')).to.not.equal(null);
    expect(calendar.querySelector('button')!.textContent!.trim()).to.equal(ui.exportCalendar);
    expect($(element, '.plan-actions').querySelector('input[type="date"]')).to.equal(null);
    for (const group of [$(element, '.plan-actions'), calendar]) {
      expect(group.querySelectorAll('button:not(.secondary)'), group.className).to.have.length(1);
    }
  });

  it('gives the start date the kit\'s focus ring', async () => {
    const element = await recommender();
    const start = $<HTMLInputElement>(element, '#start');
    buttonNamed(element, 'Download the plan (.md)').focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(start);
    const style = getComputedStyle(start);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('3px');
  });

  it('speaks Chinese on a Chinese page', async () => {
    const element = await recommender(html`<path-recommender lang="zh-CN" level="senior"></path-recommender>`, { folded: true });
    expect($(element, 'h2').textContent).to.equal('你的机器学习转型路径');
    expect($(element, '.total').textContent).to.contain('周');
    await expect(element).to.be.accessible();
  });

  it('shows Chinese readers resources they can reach, marked by language, and every new line in Chinese', async function () {
    this.timeout(30_000); // an audit of the whole path, every phase open
    savedProfile({ specializations: ['backend', 'mobile'] });
    const element = await recommender(
      html`<path-recommender lang="zh-CN" learning-style="theory-first" structure="structured" hours-per-week="6"></path-recommender>`,
    );
    const text = visibleText(element);
    // Mainland-reachable editions of the same parts, after the English original, which is marked.
    const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.resources a')].map((a) => a.href);
    expect(links).to.include.members(['https://zh.d2l.ai/', 'https://space.bilibili.com/88461692']);
    expect(text).to.contain('中文资源：').and.contain('约 16 小时 · 英文');
    expect(text).to.contain('这个课程项目每周至少需要 10 小时，而你每周有 6 小时');
    expect(text).to.contain('换个安排：每周 10 小时，需');
    expect(text).to.contain('你的其他专长带来的内容').and.contain('把端侧机器学习设为主方向');
    expect(text).to.contain('每周约 1 小时，从第 1 周开始');
    expect(buttonNamed(element, '改为自学')).to.be.ok;
    await expect(element).to.be.accessible();
  });

  it('passes axe in light and dark', async function () {
    this.timeout(30_000); // two audits of the whole path, every phase open
    const element = await recommender(html`<path-recommender direction="mobile"></path-recommender>`);
    await expect(element).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(element).to.be.accessible();
  });

  it('runs habits alongside the path, with their weekly hours, not as extra weeks', async () => {
    const element = await recommender(html`<path-recommender hours-per-week="8"></path-recommender>`);
    const habits = [...element.shadowRoot!.querySelectorAll('[part="habit"]')];
    expect(folds(element, 'habit').map(foldTitle)).to.deep.equal(['Community', 'Papers and conferences']);
    expect(habits[0].textContent).to.contain('About 1 h a week, from week 1');
    expect(phaseTitles(element).join()).not.to.contain('Papers and conferences');
    expect($(element, '.summary').textContent).to.contain('Alongside the path, about 2 h a week: Community; Papers and conferences.');
    // The total ends with the last phase: habits add no weeks.
    const last = element.path.phases.at(-1)!;
    expect($(element, '.total').textContent).to.contain(`${weeksText(last.endsAfter)} at 8 hours a week`);
  });

  it('says what a very low or very high pace means, and nothing in between', async () => {
    const low = await recommender(html`<path-recommender hours-per-week="1"></path-recommender>`);
    expect($(low, '.summary').textContent).to.contain(ui.paceLow);
    const high = await recommender(html`<path-recommender hours-per-week="50"></path-recommender>`);
    expect($(high, '.summary').textContent).to.contain(ui.paceHigh);
    const usual = await recommender(html`<path-recommender hours-per-week="12"></path-recommender>`);
    expect(visibleText(usual)).not.to.contain(ui.paceLow).and.not.to.contain(ui.paceHigh);
  });

  it('says what would change the estimate: more hours a week, or the other way of studying', async () => {
    const element = await recommender(html`<path-recommender level="senior" hours-per-week="6"></path-recommender>`);
    const inputs = element.inputs;
    const faster = recommendPath(en as PathContent, { ...inputs, hoursPerWeek: 10 });
    const graded = recommendPath(en as PathContent, { ...inputs, structure: 'structured' });
    const line = $(element, '.what-if').textContent!.replace(/\s+/g, ' ').trim();
    expect(line).to.equal(`What would change this: at 10 h a week, ${weeksText(faster.weeks)}; a graded programme, ${weeksText(graded.weeks)}`);
  });

  it('keeps a graded programme to its term, warns below its load and offers self-paced study', async () => {
    const element = await recommender(html`<path-recommender structure="structured" hours-per-week="6"></path-recommender>`);
    const phase = [...element.shadowRoot!.querySelectorAll('[part="phase"]')].find((p) => p.textContent!.includes('graded programme'))!;
    expect(phase.textContent).to.contain('Term: 16 weeks at 10 h a week.');
    expect(phase.querySelector('.meta')!.textContent).to.contain('16 weeks');
    expect(phase.querySelector('[part="notice"]')!.textContent).to.contain('expects at least 10 h a week and you have 6');
    expect(phase.textContent).to.contain('Other graded programmes:');
    await expect(element).to.be.accessible();

    // Keyboard: the way out is a real button.
    buttonNamed(element, ui.useSelfPaced).focus();
    const changed = oneEvent(element, 'path-recommender-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.inputs.structure).to.equal('self-paced');
    await element.updateComplete;
    expect(phaseTitles(element).join()).to.contain(title('ml-fundamentals-self-paced'));
    expect(element.shadowRoot!.querySelector('[part="phase"] [part="notice"]')).to.equal(null);
  });

  it('shows what each other specialization adds and lets the reader switch the main direction', async () => {
    savedProfile({ specializations: ['backend', 'mobile', 'security'] });
    const element = await recommender(html`<path-recommender level="mid" hours-per-week="8"></path-recommender>`);
    const niche = () => element.shadowRoot!.querySelector('.phase.niche')!;
    expect(niche().querySelector('.tag')!.textContent).to.equal('Your direction');
    expect(niche().querySelector('h3')!.textContent).to.contain(label('backend'));
    const also = () => [...niche().querySelectorAll('.also > li > strong')].map((s) => s.textContent);
    expect(also()).to.deep.equal([label('mobile'), label('security')]);
    const mobile = en.directions.find((d) => d.id === 'mobile')!;
    expect(niche().textContent).to.contain(mobile.also.skill).and.contain(mobile.also.project);

    buttonNamed(element, `Make ${label('mobile')} my main direction`).focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.inputs.direction).to.equal('mobile');
    expect(niche().querySelector('h3')!.textContent).to.contain(label('mobile'));
    expect(also()).to.deep.equal([label('backend'), label('security')]);
    expect(JSON.parse(localStorage.getItem(PROFILE_STORAGE_KEY)!).data.specializations).to.deep.equal(['mobile', 'backend', 'security']);
    await expect(element).to.be.accessible();
  });

  it('changes visibly when the reader picks another specialization', async () => {
    savedProfile({ specializations: ['frontend'] });
    const element = await recommender(html`<path-recommender hours-per-week="8"></path-recommender>`);
    const before = $(element, '.total').textContent!;
    localStorage.setItem(PROFILE_STORAGE_KEY, JSON.stringify({ version: 1, data: { specializations: ['frontend', 'backend'] } }));
    window.dispatchEvent(new StorageEvent('storage', { key: PROFILE_STORAGE_KEY }));
    await waitUntil(() => element.shadowRoot!.querySelector('.also'), 'the other specialization never showed');
    expect($(element, '.also').textContent).to.contain(label('backend'));
    expect($(element, '.total').textContent).not.to.equal(before);
  });
});

