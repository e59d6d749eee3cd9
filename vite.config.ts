/**
 * Vite serves the demo (`npm start`). The library builds are driven by scripts/build.mjs, which
 * reuses `cdnBuild`, `embedBuild` and `npmBuild` below.
 */
import { readFileSync } from 'node:fs';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type InlineConfig, type Plugin } from 'vite';
import { compactParts } from './src/elements/path-recommender/markup-whitespace.js';

export const cdnEntries = {
  'ml-transition-kit': 'src/index.ts',
  'skill-mapper': 'src/elements/skill-mapper/define.ts',
  'path-recommender': 'src/elements/path-recommender/define.ts',
  'transition-checklist': 'src/elements/transition-checklist/define.ts',
} as const;

export const npmEntries = {
  index: 'src/index.ts',
  'elements/skill-mapper/index': 'src/elements/skill-mapper/index.ts',
  'elements/skill-mapper/define': 'src/elements/skill-mapper/define.ts',
  'elements/path-recommender/index': 'src/elements/path-recommender/index.ts',
  'elements/path-recommender/define': 'src/elements/path-recommender/define.ts',
  'elements/transition-checklist/index': 'src/elements/transition-checklist/index.ts',
  'elements/transition-checklist/define': 'src/elements/transition-checklist/define.ts',
  'frameworks/react': 'src/frameworks/react.ts',
} as const;

/**
 * Minifies the markup and CSS inside Lit's html``, svg`` and css`` templates. Modules written with
 * compact-html's `html` (src/elements/path-recommender/compact-html.ts) first lose the whitespace
 * that `html` drops at run time (markup-whitespace.ts, the same code): the minifier would otherwise
 * collapse it to a space first, which the run-time pass no longer sees, and every rendered copy
 * would carry those text nodes.
 */
function minifyTemplates(): Plugin {
  const placeholder = /@TEMPLATE_EXPRESSION_*/; // how minify-literals joins a template's parts
  const compactTemplates = async (code: string, fileName: string) => {
    const compact = (joined: string) => compactParts(joined.split(placeholder)).join(placeholder.exec(joined)?.[0] ?? '');
    return (await minifyHTMLLiterals(code, { fileName, html: compact, css: false }))?.code ?? code;
  };
  return {
    name: 'minify-lit-templates',
    async transform(code, id) {
      if (!/\/src\/[^?]*\.ts($|\?)/.test(id)) return undefined;
      const source = /from ['"]\.\/compact-html\.js['"]/.test(code) ? await compactTemplates(code, id) : code;
      return (await minifyHTMLLiterals(source, { fileName: id })) ?? (source === code ? undefined : source);
    },
  };
}

/** Lit: every CDN file of a release imports the one copy in chunks/lit-[hash].js. */
const LIT = /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/context)\//;
const COPY = /\?copy-for=([\w-]+)&lang\.\w+$/;
const PLAN = /\/src\/elements\/shared\/plan-assemble\.ts\?/;
const copyOf = (id: string, entry: string) => `${id}?copy-for=${entry}&lang${/\.\w+$/.exec(id)?.[0] ?? '.js'}`;

/**
 * Gives each CDN entry its own copy of every module but Lit, so each file stays one download
 * (compressed whole) beside the Lit chunk, as it was before they shared Lit. The kit's platform
 * code keeps its page-wide state on globalThis, so copies in several files on one page agree.
 * The query ends in the file's extension so the usual TypeScript and JSON transforms still apply.
 */
function entryCopies(): Plugin {
  return {
    name: 'cdn-entry-copies',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const copyFor = importer && COPY.exec(importer)?.[1];
      if (!copyFor) return null;
      // What the 1:1 plan loads (other elements' content and Chinese, on demand) is a copy of its
      // own: shared with the element's Chinese, those strings would split into a second chunk
      // every Chinese page fetches. Duplicates live only in chunks a reader asks for.
      const entry = PLAN.test(importer) && !copyFor.endsWith('-plan') ? `${copyFor}-plan` : copyFor;
      const resolved = await this.resolve(source, importer.replace(COPY, ''), { ...options, skipSelf: true });
      if (!resolved || resolved.external || resolved.id.startsWith('\0') || LIT.test(resolved.id)) return resolved;
      return { ...resolved, id: copyOf(resolved.id, entry) };
    },
  };
}

/**
 * Ships the bundled advice as `JSON.parse('…')` instead of an object literal: V8 parses a JSON string
 * faster than the same data as JavaScript, which is what most of a CDN file is (see README, "How
 * the content ships"). Runs after Vite's own JSON transform, replacing its output.
 */
function contentAsJsonParse(): Plugin {
  return {
    name: 'content-as-json-parse',
    enforce: 'post',
    transform(_code, id) {
      const file = /^([^?]*\/src\/content\/[^?]*\.json)(\?|$)/.exec(id)?.[1];
      if (!file) return undefined;
      const json = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
      return { code: `export default JSON.parse(${JSON.stringify(json)});`, map: null };
    },
  };
}

/** Checking an embedder's content (valibot, schemas, problems): one on-demand chunk per entry. */
const CONTENT_OVERRIDE = /valibot|src\/content\/schema|src\/content\/common\/problems|src\/core\/(validate|merge-by-id)|(read-override|describe-problems|loaded-override)\.ts/;

/**
 * All CDN files in one build. Each entry is its element (or all three) with its English content,
 * importing the release's one Lit chunk: any mix of the kit's files on a page runs Lit once and
 * creates its Trusted Types policy once. Chinese, exports and content checking stay chunks that
 * load on demand.
 */
export function cdnBuild(): InlineConfig {
  const entries = Object.fromEntries(Object.entries(cdnEntries).map(([name, file]) => [name, copyOf(file, name)]));
  return {
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [entryCopies(), minifyTemplates(), contentAsJsonParse()],
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rollupOptions: {
        // Lets code shared with an on-demand chunk stay in the entry (the chunk imports it from
        // there) instead of becoming a third file every page must fetch.
        preserveEntrySignatures: 'allow-extension',
        // Minifying templates in four copies of the source is slow, and expected to be.
        checks: { bundlerTimings: false },
        output: {
          // Chunk names carry the entry they were copied for; file names need not.
          chunkFileNames: (chunk) => `chunks/${chunk.name.replace(/~.*|(\.\w+)?_copy-for_.*/, '')}-[hash].js`,
          // Vite keeps whitespace in ES library output; a CDN file wants every byte minified.
          minify: true,
          codeSplitting: {
            includeDependenciesRecursively: false,
            groups: [
              { name: 'lit', test: LIT },
              {
                debugName: 'content-override',
                name: (id) => (CONTENT_OVERRIDE.test(id) ? `content-override~${COPY.exec(id)?.[1]}` : null),
              },
            ],
          },
        },
      },
    },
  };
}

/** The scripts of the static embed pages (dist/embed/): no Lit, each one small file. */
export function embedBuild(name: 'embed' | 'host'): InlineConfig {
  const entry = name === 'embed' ? 'src/embed/embed-page.ts' : 'src/embed/host.ts';
  return {
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir: 'dist/embed',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rollupOptions: { output: { minify: true } },
    },
  };
}

/** ES modules for bundlers: one file per source module, `lit` and other dependencies left bare. */
export function npmBuild(): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [minifyTemplates()],
    build: {
      outDir: 'dist/npm',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      lib: { entry: npmEntries, formats: ['es'] },
      rollupOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^valibot$/, /^react($|\/)/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
}

export default defineConfig({
  server: { open: '/demo/' },
});
