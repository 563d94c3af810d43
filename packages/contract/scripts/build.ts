// This package's `npm run build`: compiles src/ into dist/ (JavaScript, declarations with `.js`
// specifiers, see scripts/build-declarations.mjs), then puts the contract documents next to the
// loader: the YAML as published, and the JSON that `loadContract()` reads in the installed package.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { emitOrExit } from '../../../scripts/build-declarations.mjs';

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repositoryRoot = path.resolve(packageRoot, '../..');
const dist = path.join(packageRoot, 'dist');

// A clean folder: no compiled file of a deleted source may ship.
rmSync(dist, { recursive: true, force: true });
emitOrExit(path.relative(repositoryRoot, path.join(packageRoot, 'tsconfig.build.json')));

mkdirSync(path.join(dist, 'openapi'), { recursive: true });
for (const name of ['inspraak.yaml', 'open311.yaml']) copyFileSync(path.join(repositoryRoot, 'openapi', name), path.join(dist, 'openapi', name));
const document = parse(readFileSync(path.join(repositoryRoot, 'openapi/inspraak.yaml'), 'utf8'));
writeFileSync(path.join(dist, 'openapi/inspraak.json'), JSON.stringify(document));
console.log('build: dist/openapi/{inspraak.yaml,open311.yaml,inspraak.json}');
