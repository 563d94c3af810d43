#!/usr/bin/env node
// `npm start`: the one-command demo. Rebuilds only what is out of date (the contract's generated
// types and constants; the widgets' and the console's builds; the API reference), then runs `inspraak serve --demo` from the sources.
// "Out of date": a hash of every input file (path and content) differs from the one recorded after
// the last build that npm start ran, or an output is missing.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stateFile = join(root, 'node_modules/.cache/inspraak/start-builds.json');

const builds = [
  {
    name: 'contract types',
    command: ['run', 'generate', '--silent'],
    inputs: ['openapi/inspraak.yaml', 'packages/contract/scripts/generate.mjs'],
    outputs: ['packages/contract/src/generated/api.ts', 'packages/contract/src/generated/constants.ts', 'packages/contract/src/generated/schemas.ts'],
  },
  {
    name: 'widgets and console',
    command: ['run', 'build:widgets', '--silent'],
    inputs: ['openapi', 'packages/contract/src', 'packages/sdk/src', 'packages/sdk/package.json', 'packages/widgets/src', 'packages/widgets/package.json', 'packages/widgets/widgets.manifest.json', 'packages/console/src', 'packages/console/package.json', 'rollup.config.js', 'package-lock.json'],
    outputs: ['packages/widgets/dist/cdn/inspraak.js', 'packages/console/dist/console.js'],
  },
  {
    name: 'API reference',
    command: ['run', 'docs:api', '--silent'],
    inputs: ['openapi', 'scripts/api-reference'],
    outputs: ['dist/api-reference/index.html'],
  },
];

/** Tests and generated output do not change a build. */
const skipped = (name) => name === 'node_modules' || name === 'dist' || name === 'test' || name.endsWith('.test.ts');

function* filesUnder(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return;
  if (!info.isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path).sort()) if (!skipped(entry)) yield* filesUnder(join(path, entry));
}

function fingerprint(inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of filesUnder(join(root, input))) hash.update(`${relative(root, file)}\0`).update(readFileSync(file));
  }
  return hash.digest('hex');
}

const recorded = existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')) : {};
for (const build of builds) {
  const now = fingerprint(build.inputs);
  const built = build.outputs.every((output) => existsSync(join(root, output)));
  if (built && recorded[build.name] === now) continue;
  console.log(`npm start: building the ${build.name} (${built ? 'sources changed' : 'not built yet'})`);
  const result = spawnSync('npm', build.command, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  recorded[build.name] = fingerprint(build.inputs); // the build may have regenerated inputs (the contract's types)
  mkdirSync(dirname(stateFile), { recursive: true });
  writeFileSync(stateFile, JSON.stringify(recorded, null, 2));
}

const server = spawn(
  process.execPath,
  ['--import', 'tsx', '--conditions=source', join(root, 'packages/server/src/cli.ts'), 'serve', '--demo', ...process.argv.slice(2)],
  { cwd: process.cwd(), stdio: 'inherit' },
);
// The server shuts down gracefully on these; pass them on and leave with its exit code.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
