// Its own page: once storage fails, the page stays in memory mode.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/transition-checklist/define.js';
import type { TransitionChecklist } from '../../src/elements/transition-checklist/transition-checklist.js';
import { settled, withThrowingStorage } from '../support/helpers.js';

describe('<transition-checklist> when storage throws', () => {
  it('keeps working in memory, says so, and still exports', async () => {
    await withThrowingStorage(async () => {
      const element = await fixture<TransitionChecklist>(html`<transition-checklist></transition-checklist>`);
      await settled(element);
      element.shadowRoot!.querySelector<HTMLInputElement>('.items input')!.click();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[role=status] .notice')!.textContent).to.contain('Export it as JSON');
      expect(JSON.parse(element.exportProgress()).state.checked).to.have.length(1);
      expect(await element.toMarkdown()).to.contain('- [x]');
    });
  });
});
