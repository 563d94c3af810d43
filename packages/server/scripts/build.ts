// This package's `npm run build`: compiles src/ into dist/ (tsc, tsconfig.build.json), then copies
// what the server serves or reads besides its code from where the repository builds it into dist/,
// where the installed package looks (src/asset-paths.ts names both places). Stops, naming the
// command, when something is not built yet.
import { cpSync, existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { emitOrExit } from '../../../scripts/build-declarations.mjs';
import { assetLayouts, packageRoot, type AssetPaths } from '../src/asset-paths.ts';

const repositoryRoot = path.resolve(packageRoot, '../..');

const { sources, package: target } = assetLayouts(packageRoot);

// A clean folder: no compiled file of a deleted source may ship.
rmSync(path.join(packageRoot, 'dist'), { recursive: true, force: true });
// JavaScript and declarations; the declarations' `./config.ts` specifiers become `./config.js`, which
// tsc leaves as written (see scripts/build-declarations.mjs).
emitOrExit(path.relative(repositoryRoot, path.join(packageRoot, 'tsconfig.build.json')));

interface Asset {
  /** Which files (by name) and folders to copy. */
  keep(name: string, isFolder: boolean): boolean;
  /** The command that builds the source folder, when one does. */
  builtBy?: string;
  /** The target folder holds compiled code too: add files, never clear it. */
  shared?: boolean;
}

const assets: Record<Exclude<keyof AssetPaths, 'packageJson'>, Asset> = {
  pages: { keep: (name, isFolder) => !isFolder && (name === 'embed.css' || name === 'embed-frame.js'), shared: true },
  cdn: { keep: () => true, builtBy: 'npm run build (at the repository root)' },
  console: { keep: () => true, builtBy: 'npm run build (at the repository root)' },
  demo: { keep: (name) => !name.endsWith('.test.ts') && name !== 'README.md' },
  apiReference: { keep: () => true, builtBy: 'npm run docs:api (at the repository root)' },
  widgetManifest: { keep: () => true },
};

for (const [name, asset] of Object.entries(assets) as Array<[keyof typeof assets, Asset]>) {
  const from = sources[name];
  const to = target[name];
  if (!existsSync(from)) {
    console.error(`build: ${from} is missing${asset.builtBy ? `; build it with: ${asset.builtBy}` : ''}`);
    process.exit(1);
  }
  if (!asset.shared) rmSync(to, { recursive: true, force: true });
  cpSync(from, to, {
    recursive: true,
    filter: (source) => source === from || asset.keep(path.basename(source), statSync(source).isDirectory()),
  });
  console.log(`build: ${path.relative(packageRoot, to)} <- ${path.relative(packageRoot, from)}`);
}

