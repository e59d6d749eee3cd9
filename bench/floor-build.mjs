// Bundles the floor element the way scripts/build.mjs bundles the CDN files (same Vite lib build,
// same target and minification, Lit's production build in a chunk of its own beside the file), so
// the floor differs from the kit only in what the element does, not in how it is shipped.
import { build } from 'vite';

export async function buildFloor(root) {
  // Lit's package exports pick its production build only when NODE_ENV says so (as in build.mjs).
  process.env.NODE_ENV = 'production';
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir: 'bench/.out',
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: { entry: 'bench/floor-element.js', formats: ['es'], fileName: () => 'floor.js' },
      rollupOptions: {
        // The banner keeps `eslint .` off this generated, minified file.
        output: {
          minify: true,
          postBanner: '/* eslint-disable */',
          chunkFileNames: '[name]-[hash].js',
          codeSplitting: { groups: [{ name: 'lit', test: /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\// }] },
        },
      },
    },
  });
  return 'bench/.out/floor.js';
}
