import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../../', import.meta.url));

test('src/generated/api.ts is what `npm run generate` makes of the contract now', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'inspraak-sdk-types-'));
  try {
    const fresh = path.join(dir, 'api.ts');
    // The root `generate` script as it stands, writing elsewhere.
    const script: string = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')).scripts.generate;
    const [command, ...args] = script.trim().split(/\s+/);
    assert.equal(command, 'openapi-typescript');
    const output = args.findIndex((arg) => arg === '-o' || arg === '--output');
    assert.ok(output >= 0, 'the generate script names its output with -o');
    args[output + 1] = fresh;
    const cli = path.join(root, 'node_modules/openapi-typescript/bin/cli.js');
    await promisify(execFile)(process.execPath, [cli, ...args], { cwd: root });
    const [expected, actual] = await Promise.all([
      readFile(fresh),
      readFile(path.join(root, 'packages/sdk/src/generated/api.ts')),
    ]);
    assert.ok(expected.length > 1000, 'the generator wrote the types');
    assert.ok(
      expected.equals(actual),
      'packages/sdk/src/generated/api.ts is stale: run `npm run generate` at the repository root',
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
