import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { jsonModulesPlugin } from './test/support/json-modules-plugin.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { passedFailedReporter } from './test/support/passed-failed-reporter.mjs';
import { ssrPages } from './test/support/ssr-pages.mjs';
import { strictPages } from './test/support/strict-pages.mjs';


export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build, as the CDN files ship it (and without its dev-mode banner in every log).
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // Pages that need HTTP headers (a strict Content-Security-Policy) are made here.
  // Pages React and Vue render on the server (test/support/ssr-pages.mjs).
  middleware: [strictPages(), ssrPages()],
  plugins: [jsonModulesPlugin(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  reporters: [defaultReporter(), passedFailedReporter()],
};
