import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { call } from './support/api.ts';
import { startEntry } from './support/run-process.ts';

/** Starts main.ts (as `npm start` does after the build) and waits for its printed API URL. */
async function startMain(dataDir: string) {
  const child = startEntry('src/main.ts', [], { INSPRAAK_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', INSPRAAK_LOG_LEVEL: 'warn' });
  let out = '';
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`main.ts did not start: ${out}`)), 15_000);
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /API:\s+(http:\/\/127\.0\.0\.1:\d+\/v1)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', () => reject(new Error(`main.ts exited: ${out}`)));
  });
  return { child, baseUrl, output: () => out };
}

describe('main.ts', () => {
  it('prints the demo keys, and an acknowledged ballot survives a kill -9', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'inspraak-crash-'));
    try {
      const first = await startMain(dataDir);
      assert.match(first.output(), /pk_demo_voorbeeld/);
      assert.match(first.output(), /sk_demo_voorbeeld/);
      assert.match(first.output(), /Demo page:\s+http:\/\/127\.0\.0\.1:\d+\//);
      const site = { 'inspraak-site-key': 'pk_demo_voorbeeld' };
      const participant = await call(first.baseUrl, 'createParticipant', { method: 'POST', path: '/participants', headers: site });
      const ballot = await call(first.baseUrl, 'castBallot', {
        method: 'POST',
        path: '/polls/poll_demo_multi/ballots',
        headers: { ...site, 'inspraak-participant-token': participant.body.token },
        json: { optionIds: ['opt_water'] },
      });
      assert.equal(ballot.status, 201);
      first.child.kill('SIGKILL');
      await once(first.child, 'exit');

      const second = await startMain(dataDir);
      try {
        const results = await call(second.baseUrl, 'getPollResults', { path: '/polls/poll_demo_multi/results', headers: site });
        assert.equal(results.body.totalBallots, 1);
        assert.equal(results.body.options.find((o: { optionId: string }) => o.optionId === 'opt_water').count, 1);
      } finally {
        second.child.kill('SIGTERM');
        const [code] = await once(second.child, 'exit');
        assert.equal(code, 0, 'graceful shutdown on SIGTERM');
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
