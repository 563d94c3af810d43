import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.ts';
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

/**
 * `count` reads of the demo poll, 10 at a time, each as `forwardedFor(i)` says (the test connects
 * from 127.0.0.1, as a reverse proxy on the same machine would). Returns how many got 429.
 */
async function flood(server: TestServer, count: number, forwardedFor: (i: number) => string): Promise<number> {
  let refused = 0;
  for (let start = 0; start < count; start += 10) {
    const batch = Array.from({ length: Math.min(10, count - start) }, async (_, j) => {
      const response = await fetch(`${server.baseUrl}/polls/poll_demo`, { headers: { ...siteHeaders(server), 'x-forwarded-for': forwardedFor(start + j) } });
      await response.body?.cancel();
      if (response.status === 429) refused += 1;
      else assert.equal(response.status, 200);
    });
    await Promise.all(batch);
  }
  return refused;
}

/** A resident the flood has nothing to do with: reads the poll, gets a token, votes. */
async function residentIsServed(server: TestServer, address: string) {
  const headers = { ...siteHeaders(server), 'x-forwarded-for': address };
  assert.equal((await call(server.baseUrl, 'getPoll', { path: '/polls/poll_demo', headers })).status, 200);
  const participant = await call(server.baseUrl, 'createParticipant', { method: 'POST', path: '/participants', headers });
  assert.equal(participant.status, 201);
  assert.equal((await vote(server, 'poll_demo_multi', participant.body.token, ['opt_bomen'], { 'x-forwarded-for': address })).status, 201);
}

/** A client's own, made-up X-Forwarded-For entries, different on every request. */
const spoofed = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}, 198.18.${i & 255}.1`;

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

  for (const [setting, trustProxy] of [['a hop count', '1'], ['a list of proxy addresses', '127.0.0.1,10.0.0.0/8']]) {
    it(`behind a trusted proxy given as ${setting}: a client rotating its own X-Forwarded-For is still limited`, async () => {
      const server = await startTestServer({ env: { INSPRAAK_TRUST_PROXY: trustProxy, INSPRAAK_RATE_LIMIT_CLIENT: '600' } });
      try {
        // The proxy appends the address it saw; everything before it is the client's own say.
        const refused = await flood(server, 700, (i) => `${spoofed(i)}, 203.0.113.7`);
        assert.equal(refused, 100, '700 requests where the limit is 600');
        const last = await call(server.baseUrl, 'getPoll', { path: '/polls/poll_demo', headers: { ...siteHeaders(server), 'x-forwarded-for': '10.9.9.9, 203.0.113.7' } });
        assertLimited(last, 'client', 600);
        // The proxy still tells clients apart.
        await residentIsServed(server, '198.51.100.9');
      } finally {
        await server.close();
      }
    });
  }

  describe('fairness: a flood on a site does not make another resident’s requests fail', () => {
    it('one client rotating addresses inside its IPv6 /64 (720 requests, 12 times its limit)', async () => {
      const server = await startTestServer({ env: { INSPRAAK_TRUST_PROXY: '1', INSPRAAK_RATE_LIMIT_CLIENT: '60' } });
      try {
        // One subscriber's /64 is one client, however it picks the last 64 bits.
        const refused = await flood(server, 720, (i) => `2001:db8:a:b:${i.toString(16)}::${(i * 31).toString(16)}`);
        assert.equal(refused, 660);
        await residentIsServed(server, '198.51.100.9');
        await residentIsServed(server, '2001:db8:a:c::1'); // the next /64 is someone else
      } finally {
        await server.close();
      }
    });

    it('a dozen addresses each using their whole quota', async () => {
      const server = await startTestServer({ env: { INSPRAAK_TRUST_PROXY: '1', INSPRAAK_RATE_LIMIT_CLIENT: '60' } });
      try {
        const refused = await flood(server, 12 * 60, (i) => `203.0.113.${(i % 12) + 1}`);
        assert.equal(refused, 0, 'each address stays within its own limit');
        await residentIsServed(server, '198.51.100.9');
      } finally {
        await server.close();
      }
    });
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
    // The limiter's windows run on Date: a fake clock moves past the window without waiting for it.
    mock.timers.enable({ apis: ['Date'], now: Date.now() });
    try {
      // Two requests in one window exceed a quota of 1.
      assert.equal((await call(server.baseUrl, 'getHealth', { path: '/health' })).status, 200);
      const response = await call(server.baseUrl, 'getHealth', { path: '/health' });
      assert.equal(response.status, 429);
      assert.equal(response.headers.get('ratelimit-policy'), '"client";q=1;w=1');
      mock.timers.tick(Number(response.headers.get('retry-after')) * 1000 - 1);
      assert.equal((await call(server.baseUrl, 'getHealth', { path: '/health' })).status, 429, 'still inside the window');
      mock.timers.tick(1);
      assert.equal((await call(server.baseUrl, 'getHealth', { path: '/health' })).status, 200);
    } finally {
      mock.timers.reset();
      await server.close();
    }
  });
});
