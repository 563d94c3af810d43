// Builds one of the project's browser bundles (the CDN folder: loader and chunks; or the staff
// console) into a folder of the test's own, with the project's rollup config, so a test never races
// another test that rebuilds packages/widgets/dist/cdn or packages/console/dist.
import { pathToFileURL } from 'node:url';
import { rollup, type OutputOptions, type RollupOptions } from 'rollup';

const configUrl = new URL('../../../rollup.config.js', import.meta.url);

/** Builds the rollup config whose input has an entry named `entry` (`inspraak`: the CDN; `console`) into `dir`. */
export async function buildBundleInto(entry: 'inspraak' | 'console', dir: string): Promise<void> {
  // A computed specifier: the config is JavaScript without type declarations.
  const configs = ((await import(pathToFileURL(configUrl.pathname).href)) as { default: RollupOptions[] }).default;
  const config = configs.find((candidate) => typeof candidate.input === 'object' && candidate.input !== null && entry in candidate.input);
  if (!config) throw new Error(`rollup.config.js has no build with the input "${entry}"`);
  const bundle = await rollup({ ...config, onwarn: () => {} });
  try {
    await bundle.write({ ...(config.output as OutputOptions), dir });
  } finally {
    await bundle.close();
  }
}

export const buildCdnInto = (dir: string): Promise<void> => buildBundleInto('inspraak', dir);
