// Builds page/ with Vite, as a developer's app would be: `node build-page.mjs <vite's module URL> <outDir>`.
// Vite comes from the repository (the one it tests with); everything the page imports from node_modules here.
import { fileURLToPath } from 'node:url';

const [viteUrl, outDir] = process.argv.slice(2);
const { build } = await import(viteUrl);
await build({
  root: fileURLToPath(new URL('page/', import.meta.url)),
  configFile: false,
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true },
});
