// Its own file (its own page): once storage fails, the page's profile store stays in memory mode.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/skill-mapper/define.js';
import type { SkillMapper } from '../../src/elements/skill-mapper/skill-mapper.js';
import { PROFILE_STORAGE_KEY } from '../../src/platform/profile.js';
import { settled, visibleText, withThrowingStorage } from '../support/helpers.js';

describe('<skill-mapper> with broken storage', () => {
  it('starts fresh from corrupted saved state and keeps the bad copy aside', async () => {
    localStorage.setItem(PROFILE_STORAGE_KEY, '{"version":1,"data":');
    const element = await fixture<SkillMapper>(html`<skill-mapper></skill-mapper>`);
    await settled(element);
    expect(element.selectedIds).to.deep.equal([]);
    expect(Object.values({ ...localStorage })).to.include('{"version":1,"data":');
  });

  it('keeps working in memory with a visible notice when storage throws', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    await withThrowingStorage(async () => {
      const element = await fixture<SkillMapper>(html`<skill-mapper></skill-mapper>`);
      await settled(element);
      element.shadowRoot!.querySelector<HTMLInputElement>('input[value="backend"]')!.click();
      await element.updateComplete;
      expect(element.selectedIds).to.deep.equal(['backend']);
      const notice = element.shadowRoot!.querySelector('[role="status"] .notice');
      expect(notice?.textContent).to.contain("won't let the page save your choice");
      expect(visibleText(element)).to.contain('Model serving');

      // A second element on the page shares the in-memory choice.
      const sibling = await fixture<SkillMapper>(html`<skill-mapper></skill-mapper>`);
      await settled(sibling);
      expect(sibling.selectedIds).to.deep.equal(['backend']);
    });
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
  });

  it('says so in Chinese on a Chinese page', async () => {
    const element = await fixture<SkillMapper>(html`<skill-mapper lang="zh-CN"></skill-mapper>`);
    await settled(element);
    expect(element.shadowRoot!.querySelector('[role="status"] .notice')?.textContent).to.contain('不允许页面保存');
  });
});
