// Builds the React example (`npx vite build examples/react`) and serves it in development
// (`npx vite examples/react`), proxying the API to `npm start`'s server on port 8080.
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  resolve: {
    // The widgets and the SDK are TypeScript sources in this monorepo (their `source` export condition).
    conditions: ['source', ...defaultClientConditions],
  },
  // Vite's own TSX transform (Oxc), React 19's automatic runtime: no plugin needed. Oxc reads each file's
  // tsconfig: the widgets' (the root one) has `useDefineForClassFields: false`, which Lit's reactive
  // properties need, and so does this app's.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  server: {
    proxy: { '/v1': process.env.INSPRAAK_API_ORIGIN ?? 'http://localhost:8080' },
  },
});
