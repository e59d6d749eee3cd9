/**
 * The picture of a skill map: the reader's transferable skills on the left, linked to the ML
 * skills they lead to on the right. The SVG is decorative for assistive technology; the list
 * beside it says the same in words. In narrow columns the whole figure is left to assistive
 * technology, and the "What carries over" list shows where each skill leads instead.
 */
import { html, svg, type TemplateResult } from 'lit';
import { layoutBipartite } from '../../core/bipartite-layout.js';
import { sentenceOf } from '../../core/format.js';
import type { SkillMap } from '../../core/skill-map.js';
import type { SkillMapperStrings } from './locales/en.js';

const WIDTH = 640; // the viewBox adds 2 units each side so the nodes' borders are not clipped
const ROW = 44;
const NODE_WIDTH = 250;
const NODE_HEIGHT = 34;
const RIGHT_X = WIDTH - NODE_WIDTH;

/**
 * A label that fits its node (room for about 24 Latin letters; a CJK character counts as two):
 * longer ones end in "…" in the picture. Nothing is lost, because the list beside the picture (what
 * assistive technology reads) and the node's tooltip say it whole.
 */
function fitted(label: string): string {
  let room = 24;
  const chars = [...label];
  const end = chars.findIndex((char) => (room -= char > '\u2e7f' ? 2 : 1) < 0);
  return end < 0 ? label : `${chars.slice(0, end - 1).join('').trimEnd()}…`;
}

function node(x: number, y: number, label: string, kind: 'from' | 'to'): TemplateResult {
  return svg`<g class="node ${kind}">
    <title>${label}</title>
    <rect x=${x} y=${y - NODE_HEIGHT / 2} width=${NODE_WIDTH} height=${NODE_HEIGHT} rx="8"></rect>
    <text x=${x + 12} y=${y} dominant-baseline="central">${fitted(label)}</text>
  </g>`;
}

/** The ML skills a transferable skill leads to, listed in the page's language. */
export const leadsTo = (map: SkillMap, mapsTo: readonly string[], locale: string): string =>
  sentenceOf(mapsTo.map((id) => map.mlSkills.find((skill) => skill.id === id)?.label ?? id), locale);

export function renderSkillDiagram(map: SkillMap, strings: SkillMapperStrings, locale: string): TemplateResult {
  const layout = layoutBipartite(
    map.transfers.map((transfer) => transfer.id),
    map.mlSkills.map((skill) => skill.id),
    map.links,
    ROW,
  );
  const leftY = new Map(layout.left.map((entry) => [entry.id, entry.y]));
  const rightY = new Map(layout.right.map((entry) => [entry.id, entry.y]));
  const labelOf = new Map([...map.transfers, ...map.mlSkills].map((item) => [item.id, item.label]));
  const top = 28; // room for the column headings

  return html`<figure class="diagram" part="diagram">
    <figcaption>${strings.diagramTitle}</figcaption>
    <svg viewBox="-2 0 ${WIDTH + 4} ${layout.height + top}" aria-hidden="true" focusable="false">
      <text class="column-title" x="0" y="14">${strings.diagramFrom}</text>
      <text class="column-title" x=${RIGHT_X} y="14">${strings.diagramTo}</text>
      <g transform="translate(0 ${top})">
        ${map.links.map((link) => {
          const y1 = leftY.get(link.from) ?? 0;
          const y2 = rightY.get(link.to) ?? 0;
          const mid = WIDTH / 2;
          return svg`<path class="link" d="M${NODE_WIDTH} ${y1} C${mid} ${y1} ${mid} ${y2} ${RIGHT_X} ${y2}"></path>`;
        })}
        ${layout.left.map((entry) => node(0, entry.y, labelOf.get(entry.id) ?? entry.id, 'from'))}
        ${layout.right.map((entry) => node(RIGHT_X, entry.y, labelOf.get(entry.id) ?? entry.id, 'to'))}
      </g>
    </svg>
    <ul class="diagram-text">
      ${map.transfers.map(
        (transfer) =>
          html`<li>
            <span class="from">${transfer.label}</span>
            <span class="arrow" aria-hidden="true">→</span><span class="visually-hidden">${strings.mapsTo}</span>
            <span class="to">${leadsTo(map, transfer.mapsTo, locale)}</span>
          </li>`,
      )}
    </ul>
  </figure>`;
}
