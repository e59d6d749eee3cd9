// <skill-mapper> on a phone: a tap on a chip shows its result in view, and the skills that carry
// over are listed once, with where they lead.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/skill-mapper/define.js';
import en from '../../src/content/skill-mapper/en.json';
import type { SkillMapper } from '../../src/elements/skill-mapper/skill-mapper.js';
import { inColumn, settled } from '../support/helpers.js';

const mapperAt = (width: number, specialization = '') =>
  inColumn<SkillMapper>(width, html`<skill-mapper specialization=${specialization}></skill-mapper>`);

/** True when `element` is drawn, neither hidden nor clipped away for screen readers only. */
function drawn(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.clipPath !== 'none') return false;
  }
  return true;
}

describe('<skill-mapper> on a phone', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('keeps the result of a tap in view at 390×844', async () => {
    await setViewport({ width: 390, height: 844 });
    const element = await mapperAt(358);
    const chips = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('.choice input')];
    const backend = chips.find((chip) => chip.value === 'backend')!;
    // The reader has scrolled the chips into view, the last of them at the bottom of the screen.
    chips.at(-1)!.scrollIntoView({ block: 'end' });
    backend.click();
    await settled(element);
    const line = element.shadowRoot!.querySelector('.picked')!;
    const analogue = en.specializations.find((s) => s.id === 'backend')!.analogue;
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Backend → ML counterpart: ${analogue}`);
    const box = line.getBoundingClientRect();
    expect(box.height, 'drawn').to.be.greaterThan(20);
    expect(box.top, 'below the top of the screen').to.be.at.least(0);
    expect(box.bottom, 'above the fold').to.be.at.most(innerHeight);
    expect(line.getAttribute('role')).to.equal('status');
  });

  it('says the picks once for screen readers, and shows no extra line on a wide screen', async () => {
    const element = await mapperAt(800, 'backend');
    const line = element.shadowRoot!.querySelector('.picked')!;
    expect(line.textContent).to.contain(en.specializations.find((s) => s.id === 'backend')!.analogue);
    expect(drawn(line)).to.equal(false);
  });

  it('lists each skill that carries over once, with the ML skills it leads to, in a narrow column', async () => {
    const element = await mapperAt(390, 'backend');
    const root = element.shadowRoot!;
    expect(drawn(root.querySelector('.diagram')!), 'the figure is left to screen readers').to.equal(false);
    const transfers = en.specializations.find((s) => s.id === 'backend')!.transfers;
    for (const transfer of transfers) {
      const shown = [...root.querySelectorAll('*')].filter(
        (node) => node.children.length === 0 && node.textContent!.trim() === transfer.label && drawn(node),
      );
      expect(shown, transfer.label).to.have.length(1);
      const item = shown[0].closest('li')!;
      const leads = item.querySelector('.leads-to')!;
      expect(drawn(leads)).to.equal(true);
      const ml = transfer.mapsTo.map((id) => en.mlSkills.find((skill) => skill.id === id)!.label);
      for (const label of ml) expect(leads.textContent).to.contain(label);
    }
  });

  it('draws the diagram on a wide screen, without the extra lines', async () => {
    const element = await mapperAt(800, 'backend');
    const root = element.shadowRoot!;
    expect(drawn(root.querySelector('.diagram svg')!)).to.equal(true);
    expect([...root.querySelectorAll('.leads-to')].some(drawn)).to.equal(false);
  });
});
