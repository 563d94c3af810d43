// Builds the Vue example (`npx vite build examples/vue`) and serves it in development
// (`npx vite examples/vue`), proxying the API to `npm start`'s server on port 8080.
import vue from '@vitejs/plugin-vue';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [
    vue({
      template: {
        // <inspraak-*> are web components, not Vue components: Vue creates the elements and sets
        // properties and listeners on them.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('inspraak-') },
      },
    }),
  ],
  resolve: {
    // The widgets and the SDK are TypeScript sources in this monorepo (their `source` export condition).
    conditions: ['source', ...defaultClientConditions],
  },
  server: {
    proxy: { '/v1': process.env.INSPRAAK_API_ORIGIN ?? 'http://localhost:8080' },
  },
});
