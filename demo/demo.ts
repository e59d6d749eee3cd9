// Demo controls: switch every element's language and theme at once.
const select = (id: string) => document.getElementById(id) as HTMLSelectElement;

select('lang').addEventListener('change', (event) => {
  document.documentElement.lang = (event.target as HTMLSelectElement).value;
});

select('theme').addEventListener('change', (event) => {
  const theme = (event.target as HTMLSelectElement).value;
  for (const element of document.querySelectorAll('skill-mapper, path-recommender, transition-checklist')) element.setAttribute('theme', theme);
});
