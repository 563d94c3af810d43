import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startTestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { countersOf, newParticipant, siteHeaders, vote } from './support/fixtures.ts';

function assertLimited(response: { status: number; headers: Headers; body: any }, policy: string, quota: number) {
  assert.equal(response.status, 429);
  assert.equal(response.body.code, 'rate-limited');
  const retryAfter = Number(response.headers.get('retry-after'));
  assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60);
  assert.equal(response.body.retryAfter, retryAfter);
  assert.equal(response.headers.get('ratelimit'), `"${policy}";r=0;t=${retryAfter}`);
  assert.equal(response.headers.get('ratelimit-policy'), `"${policy}";q=${quota};w=60`);
}

describe('rate limits', () => {
  it('per client address: 429 with Retry-After, RateLimit and RateLimit-Policy', async () => {
    const server = await startTestServer({ env: { INSPRAAK_RATE_LIMIT_CLIENT: '3' } });
    try {
      for (let i = 0; i < 3; i++) assert.equal((await call(server.baseUrl, 'getHealth', { path: '/health' })).status, 200);
      assertLimited(await call(server.baseUrl, 'getHealth', { path: '/health' }), 'client', 3);
    } finally {
      await server.close();
    }
  });

  it('per site key', async () => {
    const server = await startTestServer({ config: { rateLimit: { perSite: 2 } } });
    try {
      const headers = siteHeaders(server);
      for (let i = 0; i < 2; i++) assert.equal((await call(server.baseUrl, 'getPoll', { path: '/polls/poll_demo', headers })).status, 200);
      assertLimited(await call(server.baseUrl, 'getPoll', { path: '/polls/poll_demo', headers }), 'site', 2);
      // Other clients without a site key are not held back by the site's limit.
      assert.equal((await call(server.baseUrl, 'getHealth', { path: '/health' })).status, 200);
    } finally {
      await server.close();
    }
  });

  it('per poll for ballots: the refused ballot is not counted; other polls still take ballots', async () => {
    const server = await startTestServer({ env: { INSPRAAK_RATE_LIMIT_POLL_BALLOTS: '2' } });
    try {
      const token = await newParticipant(server);
      assert.equal((await vote(server, 'poll_demo_multi', token, ['opt_bomen'])).status, 201);
      assert.equal((await vote(server, 'poll_demo_multi', token, ['opt_water'])).status, 200);
      const before = await countersOf(server, 'poll_demo_multi');
      assertLimited(await vote(server, 'poll_demo_multi', token, ['opt_bankjes']), 'poll-ballots', 2);
      assert.deepEqual(await countersOf(server, 'poll_demo_multi'), before);
      assert.equal((await vote(server, 'poll_demo', token, ['opt_groen'])).status, 201);
    } finally {
      await server.close();
    }
  });

  it('lets requests through again when the window ends', async () => {
    const server = await startTestServer({ env: { INSPRAAK_RATE_LIMIT_CLIENT: '1', INSPRAAK_RATE_LIMIT_WINDOW: '1' } });
    try {
      // Two requests in one window exceed a quota of 1 (a third in case a window ended in between).
      let response = await call(server.baseUrl, 'getHealth', { path: '/health' });
      for (let i = 0; i < 2 && response.status !== 429; i++) response = await call(server.baseUrl, 'getHealth', { path: '/health' });
      assert.equal(response.status, 429);
      assert.equal(response.headers.get('ratelimit-policy'), '"client";q=1;w=1');
      await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after')) * 1000 + 50));
      assert.equal((await call(server.baseUrl, 'getHealth', { path: '/health' })).status, 200);
    } finally {
      await server.close();
    }
  });
});
