// Storybook for designers: every widget in every state, with the API mocked by Mock Service Worker
// from the contract's own examples (stories/mocks/). Written by hand: `storybook init` fails here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

/**
 * Serves MSW's worker script at the root of the preview, in `storybook dev` and in the static build,
 * straight from the installed msw package: it always matches the msw version of the stories.
 */
function mockServiceWorker(): Plugin {
  const file = require.resolve('msw/mockServiceWorker.js');
  const name = 'mockServiceWorker.js';
  return {
    name: 'inspraak-mock-service-worker',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `/${name}`) return next();
        response.setHeader('content-type', 'text/javascript');
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: name, source: readFileSync(file, 'utf8') });
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config, { configType }) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, {
      // The workspaces' TypeScript sources (`source` export condition), as the tests and tsx use them.
      resolve: { conditions: ['source', ...defaultClientConditions] },
      plugins: [mockServiceWorker()],
      // Lit's `static properties` need class fields with [[Set]] semantics (tsconfig
      // `useDefineForClassFields: false`): Vite's transform reads the root tsconfig.json.
      build: { chunkSizeWarningLimit: 2000 },
      // A build lists no files, so CI logs stay short; `storybook dev` keeps Vite's messages.
      logLevel: configType === 'PRODUCTION' ? 'warn' : 'info',
    });
  },
};

export default config;
