// Browser tests of the widgets (and the console's screens), in a real browser, against the real API server on a fresh database.
// The engine comes from INSPRAAK_BROWSER=chromium|firefox|webkit (default chromium; scripts/wtr-browsers.js).
// Run through tsx so this config can start the TypeScript server:
//   node --import tsx --conditions=source node_modules/@web/test-runner/dist/bin.js --config web-test-runner.config.js
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { browserFor, selectedEngine } from './scripts/wtr-browsers.js';
import { summaryReporter } from './scripts/wtr-summary-reporter.js';
import { startTestServer } from './packages/server/src/testing.ts';
import { assistiveTechPlugin } from './packages/widgets/test/browser/assistive-tech-plugin.ts';
import { testServerMiddleware } from './packages/widgets/test/browser/test-server-middleware.ts';
import { mapFixtureMiddleware } from './packages/widgets/test/browser/map-fixture-middleware.ts';

const engine = selectedEngine();
const browser = await browserFor(engine);

const server = await startTestServer();

export default {
  // The widgets, and the staff console's screens (which reuse the widgets' fixtures).
  files: ['packages/widgets/src/**/*.test.ts', 'packages/console/src/**/*.test.ts'],
  // The workspaces' TypeScript sources (their `source` export condition), not their built dist/;
  // 'development' is what the dev server resolves by default (Lit's dev build, with its warnings).
  nodeResolve: { exportConditions: ['source', 'development'] },
  concurrency: 1,
  // A file's limit: the console's screens take 20 s alone in WebKitGTK, and over 180 s when the
  // storybook step shares the two cores with all three engines (seen once).
  testsFinishTimeout: 360_000,
  testFramework: { config: { timeout: 20_000 } },
  browsers: [browser.launcher],
  // The tests reach the API server through this dev server: its address, and fixture polls made
  // with the admin token (which a browser may not send).
  // The feedback map's tiles and geocoder come from local fixtures: no test reaches the internet.
  middleware: [mapFixtureMiddleware(server), testServerMiddleware(server)],
  plugins: [
    // What assistive technology meets: the accessibility tree, and forced colours (High Contrast).
    assistiveTechPlugin(),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('tsconfig.json', import.meta.url)) }),
    {
      name: 'inspraak-test-server',
      async serverStop() {
        await server.close();
        await browser.stop();
      },
    },
  ],
  reporters: [defaultReporter(), summaryReporter({ engine })],
};
