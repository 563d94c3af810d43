#!/usr/bin/env node
// `npm run typecheck` and the 'types' step of `npm test`: every TypeScript project of the repository,
// one after the other, each named as it runs. `tsc -b` builds the root project and the projects it
// references (each package's code and tests, with the globals where that code runs: see
// tsconfig.base.json); the framework examples and the framework typings' type tests have JSX or Vue
// templates and a tsconfig of their own (Vue's templates are checked by vue-tsc). Exits non-zero if any fails.
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules/.bin', name);

const projects = [
  { checker: 'tsc', build: 'tsconfig.json' },
  { checker: 'tsc', project: 'packages/widgets/test/typings' },
  { checker: 'tsc', project: 'examples/react' },
  { checker: 'vue-tsc', project: 'packages/widgets/test/typings/vue' },
  { checker: 'vue-tsc', project: 'examples/vue' },
];

let failed = 0;
for (const { checker, project, build } of projects) {
  const started = Date.now();
  // Declarations into .tsbuild/ (gitignored): a referenced project is read from its checked output.
  const args = build ? ['-b', build] : ['-p', project, '--noEmit'];
  const { status } = spawnSync(bin(checker), args, { cwd: root, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${status === 0 ? 'ok' : 'FAILED'}: ${checker} ${args.join(' ')} (${seconds} s)`);
  if (status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
