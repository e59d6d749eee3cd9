// Type-checked by `npm run typecheck`: how a Preact app uses the elements.
import type {} from '../../src/frameworks/preact.js';

export function Article() {
  return (
    <main>
      <skill-mapper specialization="backend mobile" lang="zh-CN" />
      <path-recommender structure="structured" direction="mobile" />
      <transition-checklist storage-key="me" content-mode="extend" src="/company-checklist.json" />
      {/* @ts-expect-error: not a structure */}
      <path-recommender structure="bootcamp" />
    </main>
  );
}
