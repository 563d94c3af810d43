// Where the server finds the files it serves or reads besides its code. Run from the TypeScript
// sources (tsx: `npm start`, `npm run inspraak`, the tests) they are where the repository builds
// them; in the installed package (`dist/*.js`) the package's build has copied them next to the code.
// The package build (scripts/build.ts) copies each `sources` path to its `package` path.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AssetPaths {
  /** The server's package.json (its version). */
  packageJson: string;
  /** The hosted pages' `embed.css` and `embed-frame.js`. */
  pages: string;
  /** The widgets' CDN build (loader, chunks, precompressed twins), served at `/cdn/`. */
  cdn: string;
  /** The staff console's build, served at `/admin/`. */
  console: string;
  /** The demo city page, served at `/` in demo mode. */
  demo: string;
  /** The API reference (`npm run docs:api`), served at `/docs/api/`. */
  apiReference: string;
  /** The widget manifest: which widgets have a hosted page, `/embed/<widget>/<id>`, and what it says of them. */
  widgetManifest: string;
}

/** Both places, from the package's root folder (`packages/server` in the repository). */
export function assetLayouts(packageRoot: string): { sources: AssetPaths; package: AssetPaths } {
  const repository = path.resolve(packageRoot, '../..');
  const dist = path.join(packageRoot, 'dist');
  const packageJson = path.join(packageRoot, 'package.json');
  return {
    sources: {
      packageJson,
      pages: path.join(packageRoot, 'src/pages'),
      cdn: path.join(repository, 'packages/widgets/dist/cdn'),
      console: path.join(repository, 'packages/console/dist'),
      demo: path.join(repository, 'examples/cms-page'),
      apiReference: path.join(repository, 'dist/api-reference'),
      widgetManifest: path.join(repository, 'packages/widgets/widgets.manifest.json'),
    },
    package: {
      packageJson,
      pages: path.join(dist, 'pages'),
      cdn: path.join(dist, 'cdn'),
      console: path.join(dist, 'console'),
      demo: path.join(dist, 'demo'),
      apiReference: path.join(dist, 'api-reference'),
      widgetManifest: path.join(dist, 'widgets.manifest.json'),
    },
  };
}

/** This module is `src/asset-paths.ts` under tsx and `dist/asset-paths.js` once compiled. */
export const runningFromSources = import.meta.url.endsWith('.ts');

export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const assetPaths: AssetPaths = assetLayouts(packageRoot)[runningFromSources ? 'sources' : 'package'];
