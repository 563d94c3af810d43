// The Node example end to end: the real `npm start` server in its own process, the script in
// another, and two residents who vote through the SDK while the script waits for them.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createClient } from '@inspraak/sdk';
import { startServerProcess, type ServerProcess } from '../../scripts/server-process.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const script = join(root, 'examples/node/create-poll-and-export.ts');

let server: ServerProcess;
let tmp: string;
/** Scripts still running; a failed test leaves its script waiting, `after` ends it. */
const running = new Set<ChildProcess>();

before(async () => {
  server = await startServerProcess();
  tmp = mkdtempSync(join(tmpdir(), 'inspraak-node-example-'));
});

after(async () => {
  for (const child of running) child.kill('SIGKILL');
  await server?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const baseUrl = () => `${server.origin}/v1`;
const resident = () => createClient({ baseUrl: baseUrl(), siteKey: 'pk_demo_voorbeeld', participantStore: new Map() });

/** Runs the script as a user would, against the test server; collects what it prints. */
function runScript(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', script, ...args], {
    cwd: root,
    env: { ...process.env, INSPRAAK_API: baseUrl(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: Array<() => void> = [];
  const changed = () => waiters.splice(0).forEach((wake) => wake());
  child.stdout.on('data', (chunk) => ((stdout += chunk), changed()));
  child.stderr.on('data', (chunk) => ((stderr += chunk), changed()));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => (changed(), resolve(code))));
  running.add(child);
  child.once('close', () => running.delete(child));

  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    /** The exit code; fails the test when the script runs past `ms`. */
    async exitCode(ms = 30_000) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the script did not exit within ${ms} ms:\n${stderr}`)), ms);
      });
      try {
        return await Promise.race([exited, late]);
      } finally {
        clearTimeout(timer);
      }
    },
    /** The first match of `pattern` in what the script wrote to stderr, waiting for it. */
    async waitFor(pattern: RegExp, ms = 30_000): Promise<RegExpMatchArray> {
      const deadline = Date.now() + ms;
      for (;;) {
        const match = stderr.match(pattern);
        if (match) return match;
        if (child.exitCode !== null) throw new Error(`the script exited (${child.exitCode}) before printing ${pattern}:\n${stderr}`);
        if (Date.now() > deadline) throw new Error(`the script did not print ${pattern} within ${ms} ms:\n${stderr}`);
        await new Promise<void>((wake) => {
          waiters.push(wake);
          setTimeout(wake, 200);
        });
      }
    },
  };
}

describe('examples/node/create-poll-and-export.ts', () => {
  it('creates a poll, waits for 2 ballots, closes the poll and writes the results as CSV', async () => {
    const out = join(tmp, 'results.csv');
    const run = runScript([
      '--question', 'Welke naam krijgt het nieuwe park?',
      '--option', 'Stationspark',
      '--option', 'De Groene Long',
      '--option', 'Café Groen, aan het water',
      '--ballots', '2',
      '--out', out,
    ]);
    const pollId = (await run.waitFor(/^Poll created: (\S+)$/m))[1]!;
    await run.waitFor(new RegExp(`^  <inspraak-poll poll="${pollId}"></inspraak-poll>$`, 'm'));

    const poll = await resident().polls.get(pollId);
    assert.equal(poll.resultsVisibility, 'always');
    assert.equal(poll.status, 'open');
    const [stationspark, groeneLong, cafe] = poll.options.map((option) => option.id);

    // One ballot at a time, each seen live by the script before the next.
    await run.waitFor(/^0 of 2 ballots/m);
    await resident().polls.vote(pollId, { optionIds: [cafe!] });
    await run.waitFor(/^1 of 2 ballots/m);
    await resident().polls.vote(pollId, { optionIds: [groeneLong!] });
    await run.waitFor(/^2 of 2 ballots/m);

    assert.equal(await run.exitCode(), 0, run.stderr());
    assert.equal(run.stdout(), '', 'with --out the CSV goes to the file only');
    assert.match(run.stderr(), new RegExp(`Poll ${pollId} closed`));

    const bytes = readFileSync(out);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the file starts with the UTF-8 byte-order mark');
    assert.equal(
      bytes.subarray(3).toString('utf8'),
      [
        'option_id,option,ballots,percentage',
        `${stationspark},Stationspark,0,0.0`,
        `${groeneLong},De Groene Long,1,50.0`,
        `${cafe},"Café Groen, aan het water",1,50.0`,
        'total,,2,',
        '',
      ].join('\r\n'),
    );
    assert.equal((await resident().polls.get(pollId)).status, 'closed');
  });

  it('stops waiting at --timeout, still closes the poll, and writes the CSV to stdout', async () => {
    const run = runScript(['--ballots', '5', '--timeout', '1']);
    const pollId = (await run.waitFor(/^Poll created: (\S+)$/m))[1]!;
    assert.equal(await run.exitCode(), 0, run.stderr());
    assert.match(run.stderr(), /Time is up after 1 s with 0 of 5 ballots/);
    const lines = run.stdout().split('\r\n');
    assert.equal(lines[0], 'option_id,option,ballots,percentage', 'stdout holds the CSV only, without a byte-order mark');
    assert.equal(lines.length, 6, run.stdout()); // header, the three example options, total, final line end
    assert.equal(lines[4], 'total,,0,');
    assert.equal((await resident().polls.get(pollId)).status, 'closed');
  });

  it('stops cleanly on Ctrl-C while waiting, leaving the poll open', async () => {
    const run = runScript(['--ballots', '2']);
    const pollId = (await run.waitFor(/^Poll created: (\S+)$/m))[1]!;
    await run.waitFor(/^0 of 2 ballots/m);
    run.child.kill('SIGINT');
    assert.equal(await run.exitCode(), 130, run.stderr());
    assert.match(run.stderr(), new RegExp(`Stopped\\. Poll ${pollId} stays open\\.`));
    assert.equal(run.stdout(), '');
    assert.equal((await resident().polls.get(pollId)).status, 'open');
  });

  it('exits 1 with the status, code, detail and request id when the admin token is wrong', async () => {
    const run = runScript(['--ballots', '1'], { INSPRAAK_ADMIN_TOKEN: 'sk_not_a_real_token' });
    assert.equal(await run.exitCode(), 1, run.stderr());
    assert.match(run.stderr(), /Inspraak API error: 401 admin-token-unknown/);
    assert.match(run.stderr(), /This admin token is not known/);
    assert.match(run.stderr(), /request id: \S+/);
    assert.doesNotMatch(run.stderr(), /Poll created/);
  });

  it('exits 2 with the usage on a bad argument', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--ballots', 'twee'], /--ballots must be a positive whole number, not "twee"/],
      [['--frobnicate'], /Unknown option '--frobnicate'/],
      [['--option', 'Alleen deze'], /at least two --option values/],
    ];
    for (const [args, problem] of cases) {
      const run = runScript(args);
      assert.equal(await run.exitCode(), 2, `${args.join(' ')}: ${run.stderr()}`);
      assert.match(run.stderr(), problem);
      assert.match(run.stderr(), /^Usage: node --import tsx --conditions=source examples\/node\/create-poll-and-export\.ts/m);
      assert.doesNotMatch(run.stderr(), /Poll created/);
    }
  });
});
