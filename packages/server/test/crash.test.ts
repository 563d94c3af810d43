import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { call } from './support/api.ts';
import { startServe } from './support/run-process.ts';

describe('inspraak serve --demo', () => {
  it('prints the demo keys, and an acknowledged ballot survives a kill -9', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'inspraak-crash-'));
    try {
      const first = await startServe(['--demo'], { INSPRAAK_DATA_DIR: dataDir });
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
      await first.exited;

      const second = await startServe(['--demo'], { INSPRAAK_DATA_DIR: dataDir });
      try {
        const results = await call(second.baseUrl, 'getPollResults', { path: '/polls/poll_demo_multi/results', headers: site });
        assert.equal(results.body.totalBallots, 1);
        assert.equal(results.body.options.find((o: { optionId: string }) => o.optionId === 'opt_water').count, 1);
      } finally {
        second.child.kill('SIGTERM');
        assert.equal(await second.exited, 0, 'graceful shutdown on SIGTERM');
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
