// Pages that mix the kit's CDN files under a Content-Security-Policy sent as an HTTP header, the
// way a strict site sends it. The policy is the one the README's "Strict pages" section prints.
//
//   /test/strict-page.html?files=skill-mapper,path-recommender[&policy=duplicates]
//     loads /dist/cdn/<file>.js for each file, in that order, with the elements they define;
//     a file written `other:<file>` comes from /test/other-release/cdn/, which serves the same build
//     under other URLs: to the browser, a second release of the kit with its own Lit.
import { readFileSync } from 'node:fs';

const TAGS = ['skill-mapper', 'path-recommender', 'transition-checklist'];

/** The policy in the README's "Strict pages" code block, on one line. */
export function readmePolicy() {
  const section = readFileSync('README.md', 'utf8').split('### Strict pages')[1] ?? '';
  const block = /```\n(Content-Security-Policy:[\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('strict-pages: no Content-Security-Policy block under "### Strict pages" in README.md');
  return block.replace(/^Content-Security-Policy:\s*/, '').replace(/\s+/g, ' ').trim();
}

function page(files) {
  const scripts = files.map((file) => {
    const [release, name] = file.startsWith('other:') ? ['/test/other-release/cdn', file.slice(6)] : ['/dist/cdn', file];
    return `<script type="module" src="${release}/${name}.js"></script>`;
  });
  const tags = TAGS.filter((tag) => files.some((file) => file.endsWith(tag) || file.endsWith('ml-transition-kit')));
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${files.join(' + ')} under a strict policy</title>
    <script src="/test/fixtures/capture-errors.js"></script>
    ${scripts.join('\n    ')}
  </head>
  <body>${tags.map((tag) => `<${tag}></${tag}>`).join('')}</body>
</html>`;
}

export function strictPages() {
  const strict = readmePolicy();
  // What the README asks of a page where two different releases of the kit meet.
  const duplicates = strict.replace(/trusted-types lit-html/, "trusted-types lit-html 'allow-duplicates'");
  return async (context, next) => {
    if (context.path.startsWith('/test/other-release/cdn/')) {
      context.path = context.path.replace('/test/other-release/cdn/', '/dist/cdn/');
      return next();
    }
    if (context.path !== '/test/strict-page.html') return next();
    const files = (context.query.files ?? '').split(',').filter(Boolean);
    context.set('Content-Security-Policy', context.query.policy === 'duplicates' ? duplicates : strict);
    context.type = 'html';
    context.body = page(files);
  };
}
