// Pages rendered on the server by the frameworks themselves, then hydrated in the browser:
//   /test/ssr/react.html  React 19: react-dom/server in Node, hydrateRoot in the page
//   /test/ssr/vue.html    Vue 3: createSSRApp + @vue/server-renderer in Node, createSSRApp in the page
// Server code imports the built package (`ml-transition-kit/...` resolves to this checkout's dist/
// through package.json "exports"), so run `npm run build` first. Client code is bundled by esbuild
// in development mode, so the frameworks log their hydration warnings as they would for a developer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { compileVue } from './vue-sfc.mjs';

const run = promisify(execFile);

// Inside the package, so Node resolves `ml-transition-kit/...` to this build (a self-reference).
export const CACHE = resolve('test/.ssr-cache');

const browserOptions = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  jsx: 'automatic',
  conditions: ['production'], // Lit's production build, as the other tests use it
  define: {
    'process.env.NODE_ENV': '"development"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  logLevel: 'silent',
};

/**
 * Bundles `entry` (which exports `render`) for Node with packages left to Node, and prints what it
 * renders, in a process of its own: the frameworks' development builds patch the console, which
 * the test runner's own process must keep.
 */
async function renderInNode(entry, name) {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', packages: 'external', jsx: 'automatic', write: false, logLevel: 'silent' });
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `${name}.mjs`);
  writeFileSync(file, `${result.outputFiles[0].text}\nprocess.stdout.write(await render());\n`);
  return (await run('node', [file], { encoding: 'utf8' })).stdout;
}

const bundleForBrowser = async (options) => (await build({ ...browserOptions, ...options })).outputFiles[0].text;

/** Shared by both pages: the reader's saved profile is set before anything loads, errors and warnings are collected. */
const page = (title, body, script) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <script>
      window.consoleMessages = [];
      for (const level of ['error', 'warn']) {
        const original = console[level];
        console[level] = (...args) => { consoleMessages.push(level + ': ' + args.map(String).join(' ')); original.apply(console, args); };
      }
      const saved = new URLSearchParams(location.search).get('saved');
      if (saved) localStorage.setItem('ml-transition-kit:profile', JSON.stringify({ version: 1, data: JSON.parse(saved) }));
    </script>
  </head>
  <body>
    ${body}
    <script type="module" src="${script}"></script>
  </body>
</html>`;

const PAGES = {
  '/test/ssr/react.html': async () => {
    const html = await renderInNode('test/fixtures/ssr/react-server.tsx', 'react-server');
    return page('React SSR', `<div id="root">${html}</div>`, '/test/ssr/react.js');
  },
  '/test/ssr/react.js': () => bundleForBrowser({ entryPoints: ['test/fixtures/ssr/react-client.tsx'] }),
  '/test/ssr/vue.html': async () => {
    const html = await renderInNode(await compileVue({ ssr: true }), 'vue-server');
    return page('Vue SSR', `<div id="app">${html}</div>`, '/test/ssr/vue.js');
  },
  '/test/ssr/vue.js': async () => bundleForBrowser({ entryPoints: [await compileVue({ ssr: false })] }),
};

export function ssrPages() {
  // Made once per run: a test fetches a page to see what the server sent, then loads it in a frame.
  const made = new Map();
  return async (context, next) => {
    const make = PAGES[context.path];
    if (!make) return next();
    if (!made.has(context.path)) made.set(context.path, make());
    context.type = context.path.endsWith('.js') ? 'js' : 'html';
    context.body = await made.get(context.path);
  };
}
