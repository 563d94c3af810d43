import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { createSite } from '../src/services/site-service.ts';
import { call } from './support/api.ts';
import { countersOf, newParticipant, vote, voterHeaders } from './support/fixtures.ts';

describe('CORS', () => {
  let server: TestServer;
  let otherKey: string;
  before(async () => {
    server = await startTestServer();
    const other = await createSite({ db: server.app.inspraak.db, now: () => new Date() }, { name: 'Andere stad', origins: ['https://www.andere-stad.nl'] });
    otherKey = other.site.publicKey;
  });
  after(() => server.close());

  const preflight = (origin: string, path = '/polls/poll_demo/ballots') =>
    fetch(server.baseUrl + path, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,inspraak-site-key,inspraak-participant-token,idempotency-key',
      },
    });

  it('grants a preflight from an origin some site allows (port wildcard)', async () => {
    const response = await preflight('http://localhost:5173');
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    const allowed = response.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const header of ['content-type', 'inspraak-site-key', 'inspraak-participant-token', 'idempotency-key', 'if-none-match', 'last-event-id']) {
      assert.ok(allowed.includes(header), header);
    }
    assert.match(response.headers.get('access-control-allow-methods')!, /POST/);
    assert.match(response.headers.get('vary')!, /Origin/);
    const other = await preflight('https://www.andere-stad.nl');
    assert.equal(other.status, 204);
  });

  it('grants a preflight from an origin no site allows, so the page can read the refusal that follows', async () => {
    // A refused preflight is a network error to the page: it would never learn why.
    const response = await preflight('https://evil.example');
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://evil.example');
    assert.equal(response.headers.get('access-control-allow-credentials'), null);
    assert.match(response.headers.get('vary')!, /Origin/);
    assert.equal(await response.text(), '');
    // `null` is every sandboxed frame's and file's origin: never granted.
    const sandboxed = await preflight('null');
    assert.equal(sandboxed.headers.get('access-control-allow-origin'), null);
    await sandboxed.body?.cancel();
  });

  it('grants an actual request from an allowed origin and exposes the headers', async () => {
    const response = await call(server.baseUrl, 'getPoll', {
      path: '/polls/poll_demo',
      headers: { 'inspraak-site-key': server.siteKey, origin: 'http://127.0.0.1:8080' },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8080');
    const exposed = response.headers.get('access-control-expose-headers')!;
    for (const header of ['ETag', 'Link', 'Location', 'Retry-After', 'RateLimit', 'RateLimit-Policy', 'X-Request-Id']) {
      assert.ok(exposed.includes(header), header);
    }
  });

  /** A refusal the page can read: the problem for that origin and nothing else. */
  const assertReadableRefusal = (response: { status: number; headers: Headers; body: any }, origin: string) => {
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('access-control-allow-origin'), origin);
    assert.equal(response.headers.get('access-control-allow-credentials'), null);
    assert.match(response.headers.get('vary')!, /Origin/);
    assert.match(response.headers.get('content-type')!, /^application\/problem\+json/);
    assert.equal(response.body.type, 'urn:inspraak:problem:origin-not-allowed');
    assert.equal(response.body.code, 'origin-not-allowed');
    // The detail tells the page's developer which origin to add.
    assert.equal(response.body.detail, `This Inspraak site does not allow requests from ${origin}. Add ${origin} to its allowed origins.`);
    assert.deepEqual(Object.keys(response.body).sort(), ['code', 'detail', 'requestId', 'status', 'title', 'type']);
  };

  it('refuses a request whose origin the site does not list with a 403 the page can read; the vote is not counted', async () => {
    const token = await newParticipant(server);
    const before = await countersOf(server, 'poll_demo_multi');
    // Allowed by another site, but not by the demo site that the key names.
    const response = await vote(server, 'poll_demo_multi', token, ['opt_bomen'], { origin: 'https://www.andere-stad.nl' });
    assertReadableRefusal(response, 'https://www.andere-stad.nl');
    // No other site allows it either: refused before any route.
    const foreign = await vote(server, 'poll_demo_multi', token, ['opt_bomen'], { origin: 'https://evil.example' });
    assertReadableRefusal(foreign, 'https://evil.example');
    assert.deepEqual(await countersOf(server, 'poll_demo_multi'), before);
  });

  it('a refused read holds only the problem, never the data', async () => {
    for (const origin of ['https://www.andere-stad.nl', 'https://evil.example']) {
      const response = await call(server.baseUrl, 'getPoll', { path: '/polls/poll_demo', headers: { 'inspraak-site-key': server.siteKey, origin } });
      assertReadableRefusal(response, origin);
      assert.ok(!response.text.includes('poll_demo'), response.text);
      assert.equal(response.headers.get('etag'), null);
    }
    // The granted preflight makes nothing else readable: an admin call from a page is refused unreadably.
    const admin = await call(server.baseUrl, 'listPolls', {
      path: '/admin/polls',
      headers: { authorization: `Bearer ${server.adminToken}`, origin: 'https://evil.example' },
    });
    assert.equal(admin.status, 403);
    assert.equal(admin.body.code, 'admin-token-from-browser');
    assert.equal(admin.headers.get('access-control-allow-origin'), null);
  });

  it('a refusal to `null` (a sandboxed frame, a file) is no grant', async () => {
    const response = await call(server.baseUrl, 'getPoll', { path: '/polls/poll_demo', headers: { 'inspraak-site-key': server.siteKey, origin: 'null' } });
    assert.equal(response.status, 403);
    assert.equal(response.body.code, 'origin-not-allowed');
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  it('the other site answers its own origin and refuses localhost', async () => {
    const own = await call(server.baseUrl, 'createParticipant', {
      method: 'POST',
      path: '/participants',
      headers: { 'inspraak-site-key': otherKey, origin: 'https://www.andere-stad.nl' },
    });
    assert.equal(own.status, 201);
    assert.equal(own.headers.get('access-control-allow-origin'), 'https://www.andere-stad.nl');
    const local = await call(server.baseUrl, 'getPoll', { path: '/polls/poll_demo', headers: { 'inspraak-site-key': otherKey, origin: 'http://localhost:3000' } });
    assert.equal(local.status, 403);
  });

  it('every resident operation refuses a foreign origin with 403', async () => {
    const token = await newParticipant(server);
    const headers = { ...voterHeaders(server, token), origin: 'https://evil.example' };
    const cases: Array<[string, string]> = [
      ['getPoll', '/polls/poll_demo'],
      ['getMyBallot', '/polls/poll_demo/ballot'],
      ['getPollResults', '/polls/poll_demo/results'],
      ['streamPollResults', '/polls/poll_demo/results/stream'],
      ['streamResultsOfPolls', '/polls/results/stream?pollIds=poll_demo'],
    ];
    for (const [operationId, path] of cases) {
      const response = await call(server.baseUrl, operationId, { path, headers });
      assert.equal(response.status, 403, operationId);
    }
    const participant = await call(server.baseUrl, 'createParticipant', { method: 'POST', path: '/participants', headers });
    assert.equal(participant.status, 403);
  });

  it('requests without an Origin (server-side) get no CORS headers and are served', async () => {
    const response = await call(server.baseUrl, 'getPoll', { path: '/polls/poll_demo', headers: { 'inspraak-site-key': server.siteKey } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });
});
