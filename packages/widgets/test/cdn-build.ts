// Builds the CDN folder (loader and chunks) into a folder of the test's own, with the project's
// rollup config, so a test never races another test that rebuilds packages/widgets/dist/cdn.
import { pathToFileURL } from 'node:url';
import { rollup, type OutputOptions, type RollupOptions } from 'rollup';

const configUrl = new URL('../../../rollup.config.js', import.meta.url);

export async function buildCdnInto(dir: string): Promise<void> {
  // A computed specifier: the config is JavaScript without type declarations.
  const configs = ((await import(pathToFileURL(configUrl.pathname).href)) as { default: RollupOptions[] }).default;
  const cdn = configs.find((config) => typeof config.input === 'object' && config.input !== null && 'inspraak' in config.input);
  if (!cdn) throw new Error('rollup.config.js has no CDN build (input "inspraak")');
  const bundle = await rollup({ ...cdn, onwarn: () => {} });
  try {
    await bundle.write({ ...(cdn.output as OutputOptions), dir });
  } finally {
    await bundle.close();
  }
}
