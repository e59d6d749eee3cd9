// Copies the embedding recipes in docs/recipes/ into the README. The files themselves are what the
// tests load and type-check, so the snippets a reader copies are the ones that were tested.
import { readFileSync, writeFileSync } from 'node:fs';

const RECIPES = [
  ['Plain HTML via the CDN', 'plain-html.html', 'html'],
  ['npm and a bundler', 'bundler.js', 'js'],
  ['React 19, client-rendered (bare tags)', 'react.tsx', 'tsx'],
  ['React with server rendering (Next.js): the components', 'react-ssr.tsx', 'tsx'],
  ['Vue 3 + Vite: the plugin config', 'vue.vite.config.ts', 'ts'],
  ['Vue 3: a component with an event', 'vue.vue', 'vue'],
  ['A renamed tag in TypeScript', 'renamed-tag.ts', 'ts'],
  ['WordPress (Custom HTML block)', 'wordpress.html', 'html'],
  ['Confluence (HTML macro), with company content', 'confluence.html', 'html'],
  ['Docusaurus', 'docusaurus.mdx', 'mdx'],
  ['MkDocs', 'mkdocs.md', 'md'],
  ['Notion and other iframe-only hosts (embed pages)', 'notion.txt', 'text'],
];

const fence = (lang, text) => `\`\`\`${lang}\n${text.trimEnd()}\n\`\`\``;
const body = RECIPES.map(([title, file, lang]) => `### ${title}\n\n${fence(lang, readFileSync(`docs/recipes/${file}`, 'utf8'))}`).join('\n\n');

const readme = readFileSync('README.md', 'utf8');
const generated = `<!-- Copied from docs/recipes/ by scripts/readme-recipes.mjs; edit those files. -->\n\n${body}`;
writeFileSync('README.md', readme.replace(/(<!-- recipes:start -->)[\s\S]*?(<!-- recipes:end -->)/, `$1\n${generated}\n$2`));
