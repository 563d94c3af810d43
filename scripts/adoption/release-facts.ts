// What the release files must agree on, read from where each fact lives: the packages' versions
// and licence, CHANGELOG.md's releases (parsed by keep-a-changelog), the Node.js engine range.
import { readFileSync } from 'node:fs';
import { parser, type Changelog } from 'keep-a-changelog';

export const repositoryRoot = new URL('../../', import.meta.url);
export const readRootFile = (name: string): string => readFileSync(new URL(name, repositoryRoot), 'utf8');

/** The packages a city or a developer installs. */
export const publishedPackages = ['packages/sdk', 'packages/widgets', 'packages/server'] as const;

interface PackageJson {
  name: string;
  version: string;
  license?: string;
  engines?: { node?: string };
  dependencies?: Record<string, string>;
}
export const packageJson = (folder: string): PackageJson => JSON.parse(readRootFile(`${folder}/package.json`));

export const changelog = (): Changelog => parser(readRootFile('CHANGELOG.md'));

/** The newest release with a version (not "Unreleased"): its version and date as YYYY-MM-DD. */
export function latestRelease(): { version: string; date: string } {
  const release = changelog().releases.find((r) => r.version !== undefined);
  if (!release?.version || !release.date) throw new Error('CHANGELOG.md has no dated release');
  return { version: release.version, date: release.date.toISOString().slice(0, 10) };
}
