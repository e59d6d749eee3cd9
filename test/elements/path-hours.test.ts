// The hours field: the estimate follows what the reader entered, not each keystroke; the pace reads
// in the right plural; a value outside 1–60 is refused where the reader sees it, never changed quietly.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/path-recommender/define.js';
import type { PathRecommender } from '../../src/elements/path-recommender/path-recommender.js';
import { settled } from '../support/helpers.js';

async function recommender(hours: number, lang = 'en'): Promise<PathRecommender> {
  const element = await fixture<PathRecommender>(html`<path-recommender lang=${lang} hours-per-week=${hours}></path-recommender>`);
  await settled(element);
  return element;
}

const $ = <T extends Element>(element: PathRecommender, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
const total = (element: PathRecommender) => $(element, '.total').textContent!.replace(/\s+/g, ' ').trim();

/** Types into the hours field as a reader would: select what is there, type over it. */
async function typeHours(element: PathRecommender, keys: string) {
  const input = $<HTMLInputElement>(element, '#hours');
  input.focus();
  input.select();
  for (const key of keys) await sendKeys(key === '⌫' ? { press: 'Backspace' } : { type: key });
  await element.updateComplete;
}

async function leaveField(element: PathRecommender) {
  await sendKeys({ press: 'Tab' });
  await element.updateComplete;
}

describe('<path-recommender> hours field', () => {
  beforeEach(() => localStorage.clear());

  it('says "1 hour a week", and "6 hours a week"', async () => {
    expect(total(await recommender(1))).to.contain('at 1 hour a week (').and.not.contain('1 hours');
    expect(total(await recommender(6))).to.contain('at 6 hours a week (');
  });

  it('says the pace the Chinese way', async () => {
    expect(total(await recommender(1, 'zh-CN'))).to.match(/^按每周 1 小时计算，约需 \d+–\d+ 周/);
  });

  it('keeps the estimate while the reader retypes, and follows once they leave the field', async () => {
    const element = await recommender(6);
    const before = total(element);
    await typeHours(element, '⌫');
    expect(total(element), 'cleared').to.equal(before);
    await typeHours(element, '1');
    expect(total(element), 'half-typed 12').to.equal(before);
    await sendKeys({ type: '2' });
    await leaveField(element);
    expect(total(element)).to.contain('at 12 hours a week').and.not.equal(before);
    expect(element.inputs.hoursPerWeek, 'the answer').to.equal(12);
    expect(element.getAttribute('hours-per-week'), "the page's preset, as the page set it").to.equal('6');
  });

  it('refuses 80 where the reader sees it, says the limit and keeps the estimate', async function () {
    this.timeout(30_000); // many keystrokes and an axe run over the whole path
    const element = await recommender(6);
    const before = total(element);
    await typeHours(element, '80');
    await leaveField(element);
    const input = $<HTMLInputElement>(element, '#hours');
    expect(input.value, 'what the reader typed stays').to.equal('80');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = $(element, '#hours-error');
    expect(error.textContent!.trim()).to.equal('Enter whole hours from 1 to 60. The estimate still uses 6 hours a week.');
    expect(error.getBoundingClientRect().height, 'visible').to.be.greaterThan(10);
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('hours-error');
    expect(total(element)).to.equal(before);
    expect(element.hoursPerWeek).to.equal(6);
    await expect(element).to.be.accessible();

    // Fixed, the message goes and the estimate follows.
    await typeHours(element, '40');
    expect(error.textContent!.trim()).to.equal('');
    await leaveField(element);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(total(element)).to.contain('at 40 hours a week');
  });

  it('says the limit in Chinese', async () => {
    const element = await recommender(6, 'zh-CN');
    await typeHours(element, '0');
    await leaveField(element);
    expect($(element, '#hours-error').textContent!.trim()).to.equal('请输入 1 到 60 之间的整数小时数。估算仍按每周 6 小时计算。');
  });
});
