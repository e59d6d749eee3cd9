import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/path-recommender/define.js';
import en from '../../src/content/path/en.json';
import type { PathRecommender } from '../../src/elements/path-recommender/path-recommender.js';
import { captureWarnings, settled, visibleText } from '../support/helpers.js';

async function recommender(template = html`<path-recommender></path-recommender>`): Promise<PathRecommender> {
  const element = await fixture<PathRecommender>(template);
  await settled(element);
  return element;
}

const $ = <T extends Element>(element: PathRecommender, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
const phaseTitles = (element: PathRecommender) =>
  [...element.shadowRoot!.querySelectorAll('.phase h3')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
const title = (id: string) => en.phases.find((p) => p.id === id)!.title;

describe('<path-recommender>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('shows ordered phases with goals, reasons, resources, milestones and an estimate', async () => {
    const element = await recommender(html`<path-recommender level="junior" hours-per-week="10"></path-recommender>`);
    const titles = phaseTitles(element);
    expect(titles[0]).to.equal(`1. ${title('python-ml-stack')}`);
    expect(titles[1]).to.equal(`2. ${title('integrate-pretrained')}`);
    const text = visibleText(element);
    const pretrained = en.phases.find((p) => p.id === 'integrate-pretrained')!;
    expect(text).to.contain(pretrained.goal);
    expect(text).to.contain(pretrained.reason);
    expect(text).to.contain(pretrained.milestone);
    expect(element.shadowRoot!.querySelectorAll('.phase a[href^="https://"]').length).to.be.greaterThan(5);
    expect($(element, '.total').textContent).to.match(/\d+–\d+ weeks at 10 hours a week/);
  });

  it('recomputes the estimate as the hours change', async () => {
    const element = await recommender(html`<path-recommender hours-per-week="5"></path-recommender>`);
    const slow = $(element, '.total').textContent!;
    const input = $<HTMLInputElement>(element, '#hours');
    input.value = '20';
    input.dispatchEvent(new Event('input'));
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

    await sendKeys({ press: 'Tab' }); // learning style
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' }); // structure
    await sendKeys({ press: 'Tab' }); // hours
    expect(element.shadowRoot!.activeElement!.id).to.equal('hours');
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    expect(element.hoursPerWeek).to.equal(7);
    expect(element.learningStyle).to.equal('theory-first');
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

  it('exports the path as Markdown and the milestones as a calendar', async () => {
    const element = await recommender(html`<path-recommender level="staff" direction="backend"></path-recommender>`);
    const markdown = await element.toMarkdown();
    for (const phase of element.path.phases) expect(markdown).to.contain(phase.title);
    expect(markdown).to.contain('Staff');
    const calendar = await element.toCalendar('2027-03-01');
    expect(calendar.match(/BEGIN:VEVENT/g)).to.have.length(element.path.phases.length);

    // The buttons download exactly that text.
    const saved: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return 'blob:test';
    };
    try {
      const [markdownButton, calendarButton] = element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.export button');
      markdownButton.click();
      calendarButton.click();
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      URL.createObjectURL = original;
    }
    expect(saved.map((blob) => blob.type)).to.deep.equal(['text/markdown', 'text/calendar']);
    expect(await saved[0].text()).to.equal(markdown);
  });

  it('speaks Chinese on a Chinese page', async () => {
    const element = await recommender(html`<path-recommender lang="zh-CN" level="senior"></path-recommender>`);
    expect($(element, 'h2').textContent).to.equal('你的机器学习学习路径');
    expect($(element, '.total').textContent).to.contain('周');
    await expect(element).to.be.accessible();
  });

  it('passes axe in light and dark', async () => {
    const element = await recommender(html`<path-recommender direction="mobile"></path-recommender>`);
    await expect(element).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(element).to.be.accessible();
  });
});
