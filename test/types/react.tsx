// Type-checked by `npm run typecheck`: how a React 19 app uses the elements.
import type {} from '../../src/frameworks/react.js';

export function Article() {
  return (
    <main>
      <skill-mapper specialization="backend" theme="dark" onskill-mapper-change={(event) => console.log(event.detail.specializations)} />
      <path-recommender level="senior" learning-style="code-first" hours-per-week={8} onpath-recommender-change={(event) => event.detail.weeks.max} />
      <transition-checklist storage-key="team-a" class="wide" ontransition-checklist-change={(event) => event.detail.done} />
      {/* @ts-expect-error: not a level */}
      <path-recommender level="wizard" />
      {/* @ts-expect-error: not a theme */}
      <skill-mapper theme="purple" />
    </main>
  );
}
