// Client-rendered React 19 (Vite, Create React App): register once, then use the tags as JSX.
// With server rendering (Next.js, Remix), use the components of the next recipe instead.
import 'ml-transition-kit';
import type {} from 'ml-transition-kit/react';

export function CareerPage() {
  return (
    <skill-mapper
      specialization="frontend"
      onskill-mapper-change={(event) => console.log('picked', event.detail.specializations)}
    />
  );
}
