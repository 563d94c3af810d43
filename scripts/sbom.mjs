// `npm run sbom`: the CycloneDX SBOM (JSON) of what @inspraak/server runs in production: the server
// package and its dependency tree without devDependencies, with each package's version and declared
// licence, as installed in node_modules. Written where the server package ships it, for a city's
// security team and its vulnerability scanners. The build runs it after the server's own build.
//
//   node scripts/sbom.mjs [output file]    default: packages/server/dist/sbom.cdx.json
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sbomFile = path.join(root, 'packages/server/dist/sbom.cdx.json');

const output = path.resolve(process.argv[2] ?? sbomFile);
mkdirSync(path.dirname(output), { recursive: true });
// The package exports no path to its CLI; npm links it here.
const cli = path.join(root, 'node_modules/.bin/cyclonedx-npm');
const { status } = spawnSync(
  process.execPath,
  [
    cli,
    '--workspace', '@inspraak/server',
    '--omit', 'dev',
    // No timestamp or random serial number: the same tree gives the same file.
    '--output-reproducible',
    '--flatten-components',
    '--output-format', 'JSON',
    '--output-file', output,
  ],
  { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
);
if (status !== 0) process.exit(status ?? 1);
const { components } = JSON.parse(readFileSync(output, 'utf8'));
console.log(`SBOM: ${path.relative(root, output)} (CycloneDX, ${components.length} components)`);
