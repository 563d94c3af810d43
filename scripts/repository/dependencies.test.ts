// Every package a file imports is declared by the package that holds the file, and nothing declared
// goes unused: knip reads knip.jsonc and each workspace's package.json.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';

const root = fileURLToPath(new URL('../..', import.meta.url));

it('declares every import in the package that makes it (knip)', () => {
  const knip = spawnSync(process.execPath, ['node_modules/knip/bin/knip.js', '--no-progress', '--no-config-hints'], { cwd: root, encoding: 'utf8' });
  assert.equal(knip.status, 0, `knip found undeclared, unused or unresolved dependencies:\n${knip.stdout}${knip.stderr}`);
});
