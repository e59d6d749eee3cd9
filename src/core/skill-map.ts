/**
 * From the specializations a reader picked to one merged picture of their move into ML.
 * Pure: the same content and selection always give the same map.
 */
import type {
  LearnItem,
  MlSkill,
  Project,
  Role,
  SkillMapperContent,
  Source,
  Specialization,
  Tool,
  Transfer,
} from '../content/schema/skill-mapper.js';
import { LEARN_STAGES } from '../content/learn-stages.js';
import { uniqueBy } from './unique.js';

export interface SkillLink {
  from: string;
  to: string;
}

export interface SkillMap {
  /** The picked specializations, in content order. */
  selected: Specialization[];
  transfers: Transfer[];
  /**
   * What to learn: foundations, then math, then each pick's niche, then production. Within a stage
   * the picks' own order holds; a topic two picks share appears once.
   */
  learn: LearnItem[];
  roles: Role[];
  /** A tool two picks both recommend (the same URL) appears once, with the first pick's advice. */
  tools: Tool[];
  projects: { specialization: Specialization; project: Project }[];
  /** The ML skills the transferable skills lead to, for the diagram's right column. */
  mlSkills: MlSkill[];
  links: SkillLink[];
  sources: Source[];
}

const byId = <T extends { id: string }>(item: T) => item.id;

/** Known ids among `ids`, in content order; unknown ones are left out. */
export function knownSpecializationIds(content: SkillMapperContent, ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  return content.specializations.filter((spec) => wanted.has(spec.id)).map(byId);
}

/** A specialization followed by those it combines (full-stack brings frontend and backend). */
function expand(content: SkillMapperContent, spec: Specialization): Specialization[] {
  const parts = (spec.combines ?? []).flatMap((id) => content.specializations.filter((other) => other.id === id));
  return [spec, ...parts];
}

function lookup<T extends { id: string }>(catalogue: readonly T[], ids: Iterable<string>): T[] {
  const index = new Map(catalogue.map((item) => [item.id, item]));
  return [...ids].flatMap((id) => index.get(id) ?? []);
}

/** A stable sort by stage: Array.prototype.sort keeps equal items in their order. */
const byStage = (items: LearnItem[]) =>
  items.sort((a, b) => LEARN_STAGES.indexOf(a.stage) - LEARN_STAGES.indexOf(b.stage));

export function mapSkills(content: SkillMapperContent, ids: Iterable<string>): SkillMap {
  const picked = new Set(knownSpecializationIds(content, ids));
  const selected = content.specializations.filter((spec) => picked.has(spec.id));
  const covered = uniqueBy(selected.flatMap((spec) => expand(content, spec)), byId);

  const transfers = uniqueBy(covered.flatMap((spec) => spec.transfers), byId);
  const links = uniqueBy(
    transfers.flatMap((transfer) => transfer.mapsTo.map((to) => ({ from: transfer.id, to }))),
    (link) => `${link.from}>${link.to}`,
  );
  return {
    selected,
    transfers,
    learn: byStage(uniqueBy(covered.flatMap((spec) => spec.learn), byId)),
    roles: lookup(content.roles, new Set(covered.flatMap((spec) => spec.roles))),
    tools: uniqueBy(covered.flatMap((spec) => spec.tools), (tool) => tool.url),
    projects: selected.map((spec) => ({ specialization: spec, project: spec.firstProject })),
    mlSkills: lookup(content.mlSkills, new Set(links.map((link) => link.to))),
    links,
    sources: lookup(content.sources, new Set(covered.flatMap((spec) => spec.sources))),
  };
}
