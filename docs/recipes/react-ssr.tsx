// React with server rendering (Next.js, Remix, Vite SSR): use the components from
// 'ml-transition-kit/react'. They set props as properties and listen through a ref, so
// onSkillMapperChange fires after hydration, where a bare tag's onskill-mapper-change does not.
'use client'; // Next.js App Router: the components run on the client after the server's HTML
import { useState } from 'react';
import { PathRecommender, SkillMapper } from 'ml-transition-kit/react';

export function CareerPage() {
  const [picked, setPicked] = useState<string[]>([]);
  return (
    <>
      <SkillMapper specialization="backend" onSkillMapperChange={(event) => setPicked(event.detail.specializations)} />
      <p>{picked.length ? `You picked: ${picked.join(', ')}` : 'Pick your specialization above.'}</p>
      <PathRecommender level="senior" hoursPerWeek={8} onPathRecommenderChange={(event) => console.log(event.detail.weeks)} />
    </>
  );
}
