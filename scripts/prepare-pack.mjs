#!/usr/bin/env node
// A workspace package's `prepack` (and, with `--after`, its `postpack`), run by `npm pack` and
// `npm publish` in the package's folder:
// - every file its package.json points at (exports, bin) must exist: a package packed before
//   `npm run build` would install without its JavaScript, so packing stops and says what to run;
// - the repository's LICENSE goes into the package folder for the tarball, and is removed after
//   (npm always packs a package's LICENSE; a committed copy per package would drift).
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = process.cwd();
const license = join(root, 'LICENSE');
const copied = join(packageDir, 'LICENSE');

/** Every file path in an `exports` or `bin` value, whatever the nesting of conditions. */
function targets(value) {
  if (typeof value === 'string') return value.includes('*') ? [] : [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}

if (process.argv.includes('--after')) {
  if (existsSync(license)) rmSync(copied, { force: true });
} else {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const missing = [...new Set([...targets(pkg.exports), ...targets(pkg.bin)])].filter((file) => !existsSync(join(packageDir, file)));
  if (missing.length > 0) {
    console.error(`${pkg.name}: not built, missing ${missing.join(', ')}. Run \`npm run build\` at the repository root first.`);
    process.exit(1);
  }
  if (existsSync(license)) copyFileSync(license, copied);
}
