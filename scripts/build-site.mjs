// `npm run build:site`: the demo site as a static folder (site/) that deploys as-is: the demo pages,
// the built kit they load (dist/) and the manifest the API page reads. Run `npm run build` first.
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';

if (!existsSync('dist/cdn/ml-transition-kit.js')) throw new Error('build:site needs the kit: run `npm run build` first');

rmSync('site', { recursive: true, force: true });
// dev.html loads the TypeScript sources through Vite; it has no place in a static site.
cpSync('demo', 'site/demo', { recursive: true, filter: (path) => !path.endsWith('dev.html') });
cpSync('dist', 'site/dist', { recursive: true });
cpSync('custom-elements.json', 'site/custom-elements.json');
writeFileSync(
  'site/index.html',
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ml-transition-kit</title>' +
    '<meta http-equiv="refresh" content="0; url=demo/"></head><body><a href="demo/">ml-transition-kit demo</a></body></html>\n',
);
console.log('build:site: site/ is ready to deploy');
