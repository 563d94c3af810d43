// Builds: the npm packages (ESM, dependencies external) and the CDN folder (loader + per-widget
// chunks, nothing external, minified). `npm run build` runs this after generating the SDK's types.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { cdnPreloadManifest, cleanOutput, loaderIntegrity, minifyLitTemplates, precompress, widgetManifestModules } from './scripts/rollup-plugins.js';
import { widgets } from './scripts/widget-manifest.mjs';

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

/** Each widget's module that registers its tag (`@inspraak/widgets/<name>`): an npm entry point, and what the loader imports. */
const defineModule = (widget) => at(`packages/widgets/src/define/${widget.name}.ts`);

/** What the loader imports when a tag appears (widgets.manifest.json): its define module, and the module that starts its data reads. */
const loaderImports = Object.fromEntries(
  widgets.map((widget) => [widget.tag, { define: defineModule(widget), ...(widget.prefetch && { prefetch: at(`packages/widgets/${widget.prefetch}`) }) }]),
);

/** The modules of the shared `core` chunk; the idea and map APIs of the SDK stay out (their widgets load them). */
const coreModules =
  /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\/|\/packages\/sdk\/src\/(core|http|participants|participant-store|errors|polls)\.ts$|\/packages\/widgets\/src\/(cdn\/(ky-subset|poll-prefetch)|components\/poll\/poll-data|base\/(client-context|error-messages|events|inspraak-element|localize|shared-styles))\.ts$/;

/** What the idea form and the idea board share: the SDK's idea API, styles, texts. */
const ideaModules =
  /\/packages\/sdk\/src\/(ideas|boards)\.ts$|\/packages\/widgets\/src\/(base\/(idea-apis|idea-styles)|locales\/(nl-ideas|idea-translations))\.ts$/;

/** What every form widget shares (idea form, idea board, feedback map): the GOV.UK field pattern, the load error, and list paging. */
const formModules = /\/packages\/sdk\/src\/pagination\.ts$|\/packages\/widgets\/src\/base\/(form-field|form-styles|character-count|heading|load-error)\.ts$/;

/** The feedback map without Leaflet (which stays a lazily imported chunk of its own): its SDK API, code and Dutch texts. */
const mapModules =
  /\/packages\/sdk\/src\/maps\.ts$|\/packages\/widgets\/src\/(define\/feedback-map|components\/feedback-map\/(feedback-map|feedback-map-events|feedback-map\.styles|map-data)|locales\/(nl-map|map-translations))\.ts$/;

/** What a bundle served to browsers as it is (the CDN, the console) is built with: minified, nothing external. */
const browserBundle = () => [
  // ky's subset the SDK uses, a fifth of ky's bytes (see ky-subset.ts); npm users keep ky.
  { name: 'inspraak-ky-subset', resolveId: (source) => (source === 'ky' ? at('packages/widgets/src/cdn/ky-subset.ts') : null) },
  // The browser's production builds (lit without dev warnings); @inspraak/* from their TypeScript sources.
  nodeResolve({ browser: true, exportConditions: ['source', 'production'], extensions: ['.ts', '.js'] }),
  typescript(),
  minifyLitTemplates(),
  terser({ module: true, ecma: 2022, compress: { passes: 3 }, format: { comments: false } }),
];

export default [
  npmBuild({ index: at('packages/sdk/src/index.ts') }, at('packages/sdk/dist'), at('packages/sdk/src'), ['ky', '@inspraak/contract']),
  npmBuild(
    {
      index: at('packages/widgets/src/index.ts'),
      ...Object.fromEntries(widgets.map((widget) => [`define/${widget.name}`, defineModule(widget)])),
    },
    at('packages/widgets/dist/npm'),
    at('packages/widgets/src'),
    ['lit', '@lit', 'ky', '@inspraak/contract', '@inspraak/sdk', 'leaflet'],
  ),
  {
    input: { inspraak: at('packages/widgets/src/cdn/loader.ts') },
    plugins: [
      cleanOutput(),
      // The loader's table of widgets and the embed upgrade's id attributes, from widgets.manifest.json.
      widgetManifestModules(loaderImports, Object.fromEntries(widgets.map((widget) => [widget.name, widget.idAttribute]))),
      ...browserBundle(),
      cdnPreloadManifest(Object.fromEntries(Object.entries(loaderImports).map(([tag, modules]) => [tag, Object.values(modules)]))),
      // The NL Design System token mapping (docs/theming.md), for cities that load the widgets from the CDN.
      {
        name: 'inspraak-themes',
        generateBundle() {
          this.emitFile({ type: 'asset', fileName: 'themes/nl-design-system.css', source: readFileSync(at('packages/widgets/themes/nl-design-system.css'), 'utf8') });
        },
      },
      // `.br` and `.gz` next to every file, and the versioned loader's SRI value in integrity.json.
      precompress(),
      loaderIntegrity(at('packages/widgets/package.json')),
    ],
    output: {
      dir: at('packages/widgets/dist/cdn'),
      format: 'es',
      // The loader keeps a stable name (pages point at it); everything else is immutable and cacheable:
      // the server knows a chunk by its `-<8 hex digits>.js` ending (src/http/static-files.ts).
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      hashCharacters: 'hex',
      // What every widget shares (Lit, the base, the SDK's core) in one chunk with the poll's data
      // reads, so a poll page still downloads three files (each extra file costs gzip bytes) and the
      // loader's reads start as soon as the SDK is there, while the poll's own chunk downloads.
      // Rollup adds a manual chunk's dependencies to it: the SDK's index re-exports the idea API, so
      // the idea widgets' shared modules are named too, or they would land in every poll page.
      manualChunks: (id) =>
        coreModules.test(id) ? 'core' : ideaModules.test(id) ? 'ideas' : formModules.test(id) ? 'forms' : mapModules.test(id) ? 'feedback-map' : undefined,
      sourcemap: true,
    },
  },
  // The staff console, served by the server at /admin/ (packages/console); its admin APIs in chunks of their own.
  {
    input: { console: at('packages/console/src/main.ts') },
    plugins: [cleanOutput(), ...browserBundle(), precompress()],
    output: {
      dir: at('packages/console/dist'),
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      hashCharacters: 'hex',
      sourcemap: true,
    },
  },
];
