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

  it('refuses a preflight from an origin no site allows', async () => {
    const response = await preflight('https://evil.example');
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    assert.equal(response.status, 403);
    await response.body?.cancel();
    const wrongScheme = await preflight('https://localhost:5173');
    assert.equal(wrongScheme.headers.get('access-control-allow-origin'), null);
    await wrongScheme.body?.cancel();
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

  it('refuses a request whose origin the site does not list: 403, no CORS grant, vote not counted', async () => {
    const token = await newParticipant(server);
    const before = await countersOf(server, 'poll_demo_multi');
    // Allowed by another site, but not by the demo site that the key names.
    const response = await vote(server, 'poll_demo_multi', token, ['opt_bomen'], { origin: 'https://www.andere-stad.nl' });
    assert.equal(response.status, 403);
    assert.equal(response.body.code, 'origin-not-allowed');
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    const foreign = await vote(server, 'poll_demo_multi', token, ['opt_bomen'], { origin: 'https://evil.example' });
    assert.equal(foreign.status, 403);
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
    assert.deepEqual(await countersOf(server, 'poll_demo_multi'), before);
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
