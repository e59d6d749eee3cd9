/**
 * Vite serves the demo (`npm start`). The library builds are driven by scripts/build.mjs, which
 * reuses `cdnBuild` and `npmBuild` below for each entry.
 */
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type InlineConfig, type Plugin } from 'vite';

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
} as const;

/** Minifies the markup and CSS inside Lit's html``, svg`` and css`` templates. */
function minifyTemplates(): Plugin {
  return {
    name: 'minify-lit-templates',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return undefined;
      return (await minifyHTMLLiterals(code, { fileName: id })) ?? undefined;
    },
  };
}

/** One self-contained file per CDN entry: Lit inlined; only a language chunk may load beside it. */
export function cdnBuild(name: keyof typeof cdnEntries): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [minifyTemplates()],
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: cdnEntries[name], formats: ['es'], fileName: () => `${name}.js` },
      // Vite keeps whitespace in ES library output; a CDN file wants every byte minified.
      rollupOptions: {
        // Lets code shared with an on-demand chunk stay in the entry (the chunk imports it from
        // there) instead of becoming a third file every page must fetch.
        preserveEntrySignatures: 'allow-extension',
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: true,
          // Everything that checks an embedder's content travels as one on-demand chunk.
          codeSplitting: {
            includeDependenciesRecursively: false,
            groups: [{ name: 'content-override', test: /valibot|src\/content\/schema\/(?!limits)|src\/content\/common\/problems|src\/core\/(validate|merge-by-id)|(read-override|describe-problems|loaded-override)\.ts/ }],
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
        external: [/^lit($|\/)/, /^@lit\//, /^valibot$/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
}

export default defineConfig({
  server: { open: '/demo/' },
});
