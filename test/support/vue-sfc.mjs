// Compiles docs/recipes/vue.vue as @vitejs/plugin-vue does, with the compilerOptions of
// docs/recipes/vue.vite.config.ts, and writes an entry that renders it on the server or hydrates it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileScript, parse } from '@vue/compiler-sfc';
import { build } from 'esbuild';

const CACHE = resolve('test/.ssr-cache');

/** The options the recipe's config passes to the Vue plugin (the plugin itself is not installed here). */
async function pluginOptions() {
  const stubs = {
    name: 'recipe-stubs',
    setup(builder) {
      builder.onResolve({ filter: /^(@vitejs\/plugin-vue|vite)$/ }, (args) => ({ path: args.path, namespace: 'stub' }));
      builder.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({
        contents: args.path === 'vite' ? 'export const defineConfig = (config) => config;' : 'export default (options) => ({ name: "vite:vue", options });',
      }));
    },
  };
  const result = await build({ entryPoints: ['docs/recipes/vue.vite.config.ts'], bundle: true, format: 'esm', platform: 'node', write: false, plugins: [stubs], logLevel: 'silent' });
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `vite-config-${Date.now()}.mjs`);
  writeFileSync(file, result.outputFiles[0].text);
  const config = (await import(pathToFileURL(file).href)).default;
  return config.plugins.find((plugin) => plugin.name === 'vite:vue').options;
}

/** Writes the compiled component and an entry around it; returns the entry's path. */
export async function compileVue({ ssr }) {
  const options = await pluginOptions();
  const { compilerOptions } = options.template;
  // The plugin passes the compiler options to the parser too: the parser decides what is a component.
  const { descriptor } = parse(readFileSync('docs/recipes/vue.vue', 'utf8'), { filename: 'vue.vue', templateParseOptions: compilerOptions });
  const script = compileScript(descriptor, {
    id: 'career-page',
    inlineTemplate: true,
    templateOptions: { ssr, compilerOptions },
  });
  const name = ssr ? 'vue-component-ssr' : 'vue-component';
  writeFileSync(join(CACHE, `${name}.ts`), script.content);
  const entry = ssr
    ? `import component from './${name}.js';\nimport { createSSRApp } from 'vue';\nimport { renderToString } from 'vue/server-renderer';\nexport const render = () => renderToString(createSSRApp(component));\n`
    : `import component from './${name}.js';\nimport { createSSRApp } from 'vue';\ncreateSSRApp(component).mount('#app');\n`;
  const file = join(CACHE, `${name}-entry.ts`);
  writeFileSync(file, entry);
  return file;
}
