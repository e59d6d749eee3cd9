// React 19 (Vite, Next.js client components, ...): register once, then use the tags as JSX.
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
