// `npm test` itself (scripts/test.mjs), as a contributor without browsers meets it: the steps that need
// none still run and count, the browser steps fail and say what to install, the summary line adds up.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';

const root = fileURLToPath(new URL('../..', import.meta.url));
const output = mkdtempSync(path.join(tmpdir(), 'inspraak-test-runner-'));
after(() => rmSync(output, { recursive: true, force: true }));

/** `node scripts/test.mjs …args` on a machine without browsers, its counts in a folder of its own. */
function runTests(...args: string[]) {
  // Not as a child of this test run: node:test would make the inner runs report to it.
  const { NODE_TEST_CONTEXT: _, ...env } = process.env;
  return spawnSync(process.execPath, ['scripts/test.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...env, INSPRAAK_NO_BROWSERS: '1', INSPRAAK_TEST_OUTPUT: output },
  });
}

describe('npm test without a browser', () => {
  it('runs the steps that need none, names the browser steps it could not run, and fails', () => {
    const run = runTests('contract', 'widgets in Chromium', 'storybook', 'widgets in WebKitGTK');
    const lines = run.stdout.trim().split('\n');
    const summary = lines.slice(lines.indexOf('=== summary ===') + 1);
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(summary[0]!, /^contract: [1-9]\d* passed, 0 failed \(/);
    // In the order of `--list`, whatever order they were asked in.
    assert.equal(summary[1], 'widgets in Chromium: NOT RUN, install it: apt-get install chromium; 0 passed, 1 failed');
    assert.match(summary[2]!, /^widgets in WebKitGTK: NOT RUN, install it: apt-get install webkit2gtk-driver/);
    assert.equal(summary[3], 'storybook: NOT RUN, install it: apt-get install chromium; 0 passed, 1 failed');
    const passed = Number(/^contract: (\d+) passed/.exec(summary[0]!)![1]);
    assert.equal(summary.at(-1), `${passed} passed, 3 failed`);
    assert.match(run.stderr, /No Chromium or Google Chrome was found/);
  });

  it('names its steps, and refuses a step it does not have', () => {
    const list = runTests('--list');
    assert.equal(list.status, 0);
    for (const step of ['contract', 'types', 'server', 'sdk', 'build', 'widgets in Chromium', 'storybook']) assert.ok(list.stdout.split('\n').includes(step), step);
    const unknown = runTests('servr');
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /No test step named "servr"/);
    assert.equal(unknown.stdout.trim().split('\n').at(-1), '0 passed, 1 failed');
  });
});
