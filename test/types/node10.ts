// Type-checked by scripts/check-pack.mjs in a project that installed the packed tarball, with
// tsconfig.node10.json (`moduleResolution: node10`, which ignores "exports"): every subpath resolves
// through "typesVersions".
import { SkillMapper } from 'ml-transition-kit';
import type { PathRecommender } from 'ml-transition-kit/path-recommender';
import 'ml-transition-kit/path-recommender/define';
import type { SkillMapper as SkillMapperClass } from 'ml-transition-kit/skill-mapper';
import 'ml-transition-kit/skill-mapper/define';
import type { TransitionChecklist } from 'ml-transition-kit/transition-checklist';
import 'ml-transition-kit/transition-checklist/define';
import type { SkillMapper as SkillMapperComponent } from 'ml-transition-kit/react';
import type {} from 'ml-transition-kit/preact';
import type {} from 'ml-transition-kit/vue';

export const checks: [typeof SkillMapper, SkillMapperClass['selectedIds'], PathRecommender['inputs'], TransitionChecklist['storageKey'], typeof SkillMapperComponent] | undefined =
  undefined;
