// The checklist's tools: the plan's one primary button, and "More" (progress file and reset) as a
// real disclosure a keyboard can open and close, each download confirmed in a status message.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/transition-checklist/define.js';
import ui from '../../src/content/checklist/ui.en.json';
import uiZh from '../../src/content/checklist/ui.zh-CN.json';
import type { TransitionChecklist } from '../../src/elements/transition-checklist/transition-checklist.js';
import { settled } from '../support/helpers.js';

async function checklist(template = html`<transition-checklist></transition-checklist>`): Promise<TransitionChecklist> {
  const element = await fixture<TransitionChecklist>(template);
  await settled(element);
  return element;
}
const $ = <T extends Element>(element: TransitionChecklist, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
const more = (element: TransitionChecklist) => $<HTMLButtonElement>(element, '.more > button');
const panel = (element: TransitionChecklist) => $<HTMLElement>(element, '#more');

describe('<transition-checklist> tools', () => {
  beforeEach(() => localStorage.clear());

  it('has one primary button, Copy; export, import and reset wait under More', async () => {
    const element = await checklist();
    const primary = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tools button:not(.secondary)')].filter((b) => b.checkVisibility());
    expect(primary.map((b) => b.textContent!.trim())).to.deep.equal(['Copy the plan']);
    expect(more(element).getAttribute('aria-expanded')).to.equal('false');
    expect(more(element).getAttribute('aria-controls')).to.equal('more');
    expect(panel(element).checkVisibility()).to.equal(false);
    expect(panel(element).textContent).to.contain(ui.exportProgress).and.contain(ui.importProgress).and.contain(ui.reset);
  });

  it('opens More from the keyboard, and Escape closes it with the focus back on More', async () => {
    const element = await checklist();
    more(element).focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(more(element).getAttribute('aria-expanded')).to.equal('true');
    expect(panel(element).checkVisibility()).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement!.textContent!.trim()).to.equal(ui.exportProgress);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    await waitUntil(() => element.shadowRoot!.activeElement === more(element));
    expect(more(element).getAttribute('aria-expanded')).to.equal('false');
    expect(panel(element).checkVisibility()).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('confirms the progress export in a polite status message, in English and Chinese', async () => {
    for (const [lang, strings, done] of [
      ['en', ui, 'Downloaded ml-transition-progress.json.'],
      ['zh-CN', uiZh, '已下载 ml-transition-progress.json。'],
    ] as const) {
      const element = await checklist(html`<transition-checklist lang=${lang}></transition-checklist>`);
      more(element).click();
      await element.updateComplete;
      const saved: Blob[] = [];
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob) => (saved.push(blob), 'blob:test');
      try {
        [...panel(element).querySelectorAll('button')].find((b) => b.textContent!.trim() === strings.exportProgress)!.click();
      } finally {
        URL.createObjectURL = original;
      }
      await element.updateComplete;
      expect(JSON.parse(await saved[0].text()).state.checked).to.deep.equal([]);
      const status = $(element, '.export-status');
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal(done);
    }
  });
});
