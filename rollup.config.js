// Builds: the npm packages (ESM, dependencies external) and the CDN folder (loader + per-widget
// chunks, nothing external, minified). `npm run build` runs this after generating the SDK's types.
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { cdnPreloadManifest, cleanOutput, minifyLitTemplates } from './scripts/rollup-plugins.js';

const at = (path) => fileURLToPath(new URL(path, import.meta.url));
const tsconfig = at('tsconfig.json');

// Lit decorators need the tsconfig's experimentalDecorators (see TOOLCHAIN.md).
const typescript = () => esbuild({ tsconfig, target: 'es2022', sourceMap: true });

/** npm: one file per source module, so a user's bundler can leave out what they do not import. */
const npmBuild = (input, dir, root, external) => ({
  input,
  external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
  plugins: [cleanOutput(), typescript()],
  output: {
    dir,
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: root,
    entryFileNames: '[name].js',
    sourcemap: true,
  },
});

/** Which chunks each tag needs: the loader asks for all of them at once when the tag appears. */
const widgetModules = {
  'inspraak-poll': [at('packages/widgets/src/define/poll.ts'), at('packages/widgets/src/cdn/poll-prefetch.ts')],
};

export default [
  npmBuild({ index: at('packages/sdk/src/index.ts') }, at('packages/sdk/dist'), at('packages/sdk/src'), ['ky']),
  npmBuild(
    { index: at('packages/widgets/src/index.ts'), 'define/poll': at('packages/widgets/src/define/poll.ts') },
    at('packages/widgets/dist/npm'),
    at('packages/widgets/src'),
    ['lit', '@lit', 'ky', '@inspraak/sdk'],
  ),
  {
    input: { inspraak: at('packages/widgets/src/cdn/loader.ts') },
    plugins: [
      cleanOutput(),
      // ky's subset the SDK uses, a fifth of ky's bytes (see ky-subset.ts); npm users keep ky.
      { name: 'inspraak-ky-subset', resolveId: (source) => (source === 'ky' ? at('packages/widgets/src/cdn/ky-subset.ts') : null) },
      // The browser's production builds (lit without dev warnings); @inspraak/sdk from its TypeScript source.
      nodeResolve({ browser: true, exportConditions: ['production'], extensions: ['.ts', '.js'] }),
      typescript(),
      minifyLitTemplates(),
      terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
      cdnPreloadManifest(widgetModules),
    ],
    output: {
      dir: at('packages/widgets/dist/cdn'),
      format: 'es',
      // The loader keeps a stable name (pages point at it); everything else is immutable and cacheable.
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      // The loader's data reads for a poll travel with the SDK: one request, started before Lit arrives.
      manualChunks: { 'poll-data': [at('packages/widgets/src/cdn/poll-prefetch.ts')] },
      sourcemap: true,
    },
  },
];
