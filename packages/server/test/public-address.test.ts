// The server's public address (INSPRAAK_PUBLIC_URL, else where it listens) names its links and
// decides which origin is its own; the Host header, which a client and a DNS-rebinding page
// choose, decides nothing.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createPublicAddress } from '../src/http/public-address.ts';
import { createSite } from '../src/services/site-service.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { assertMatchesContract } from './support/contract-response.ts';
import { jpegWithGps, newReport, uploadPhoto } from './support/map-fixtures.ts';

/** One request with headers fetch will not send as given (Host). */
function rawRequest(origin: string, options: { method?: string; path: string; headers: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: Headers; text: string }>((resolve, reject) => {
    const url = new URL(options.path, origin);
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: options.method ?? 'GET', path: url.pathname + url.search, headers: { host: url.host, ...options.headers }, setHost: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') headers.set(name, value);
          resolve({ status: res.statusCode!, headers, text });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const meta = (body: string, name: string) => new RegExp(`<meta property="${name}" content="([^"]*)">`).exec(body)?.[1];

/** A site that allows only its own city's origin, with a poll. */
async function proefstad(server: TestServer) {
  const { site, adminToken } = await createSite(
    { db: server.app.inspraak.db, now: () => new Date() },
    { name: 'Gemeente Proefstad', origins: ['https://www.proefstad.nl'] },
  );
  const created = await fetch(`${server.baseUrl}/admin/polls`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'poll_proefstad', question: 'Welke kleur?', options: [{ label: 'Rood' }, { label: 'Blauw' }] }),
  });
  assert.equal(created.status, 201);
  return site.publicKey;
}

describe('createPublicAddress', () => {
  const listeningOn = (address: string, port = 4000) => () => ({ address, port, family: address.includes(':') ? 'IPv6' : 'IPv4' });
  const configured = { host: '127.0.0.1', port: 8080 };

  it('INSPRAAK_PUBLIC_URL is the origin and the only own origin', () => {
    const address = createPublicAddress('https://inspraak.utrecht.nl', listeningOn('127.0.0.1'), configured);
    assert.equal(address.origin(), 'https://inspraak.utrecht.nl');
    assert.equal(address.isOwnOrigin('https://inspraak.utrecht.nl'), true);
    assert.equal(address.isOwnOrigin('http://127.0.0.1:4000'), false);
    assert.equal(address.isOwnOrigin('http://inspraak.utrecht.nl'), false);
  });

  it('on loopback: the listening address, and every loopback name for that port counts as own', () => {
    const address = createPublicAddress(undefined, listeningOn('127.0.0.1'), configured);
    assert.equal(address.origin(), 'http://127.0.0.1:4000');
    for (const own of ['http://127.0.0.1:4000', 'http://localhost:4000', 'http://[::1]:4000']) assert.equal(address.isOwnOrigin(own), true, own);
    for (const other of ['http://127.0.0.1:4001', 'https://localhost:4000', 'http://evil.example:4000', 'null', undefined]) {
      assert.equal(address.isOwnOrigin(other), false, String(other));
    }
    assert.equal(createPublicAddress(undefined, listeningOn('::1'), configured).origin(), 'http://[::1]:4000');
  });

  it('on other addresses only that one origin; on every interface, localhost for links and no loopback aliases', () => {
    const lan = createPublicAddress(undefined, listeningOn('10.1.2.3'), configured);
    assert.equal(lan.origin(), 'http://10.1.2.3:4000');
    assert.equal(lan.isOwnOrigin('http://10.1.2.3:4000'), true);
    assert.equal(lan.isOwnOrigin('http://localhost:4000'), false);
    const all = createPublicAddress(undefined, listeningOn('0.0.0.0'), configured);
    assert.equal(all.origin(), 'http://localhost:4000');
    assert.equal(all.isOwnOrigin('http://127.0.0.1:4000'), false);
  });

  it('before it listens: the configured host and port', () => {
    assert.equal(createPublicAddress(undefined, () => null, configured).origin(), 'http://127.0.0.1:8080');
  });
});

describe('own origin and links on a real server', () => {
  describe('without INSPRAAK_PUBLIC_URL', () => {
    let server: TestServer;
    let siteKey: string;
    before(async () => {
      server = await startTestServer();
      siteKey = await proefstad(server);
    });
    after(() => server.close());

    it('DNS rebinding: Host: evil.example with Origin: http://evil.example is not the own origin', async () => {
      const port = new URL(server.origin).port;
      for (const host of [`evil.example:${port}`, 'evil.example']) {
        const origin = `http://${host}`;
        const response = await rawRequest(server.origin, {
          method: 'POST',
          path: '/v1/participants',
          headers: { host, origin, 'inspraak-site-key': siteKey },
        });
        assertMatchesContract('createParticipant', response);
        assert.equal(response.status, 403, `${host}: ${response.text}`);
        // The refusal (readable by the origin it names, as every origin refusal is) holds no token.
        assert.equal(JSON.parse(response.text).code, 'origin-not-allowed');
        assert.ok(!('token' in JSON.parse(response.text)));
      }
      // Its own origin (the hosted pages) still is.
      const own = await rawRequest(server.origin, { method: 'POST', path: '/v1/participants', headers: { origin: server.origin, 'inspraak-site-key': siteKey } });
      assert.equal(own.status, 201, own.text);
    });

    it('links on a hosted page name the listening address, whatever Host says', async () => {
      const response = await rawRequest(server.origin, { path: '/embed/poll/poll_proefstad', headers: { host: 'evil.example' } });
      assert.equal(response.status, 200);
      assert.equal(meta(response.text, 'og:url'), `${server.origin}/embed/poll/poll_proefstad`);
      assert.ok(!response.text.includes('evil.example'));
    });
  });

  describe('with INSPRAAK_PUBLIC_URL', () => {
    const publicUrl = 'https://inspraak.proefstad.nl';
    let server: TestServer;
    let siteKey: string;
    before(async () => {
      server = await startTestServer({ env: { INSPRAAK_PUBLIC_URL: publicUrl } });
      siteKey = await proefstad(server);
    });
    after(() => server.close());

    it('hosted pages link to it: canonical, og:url and the address for residents', async () => {
      const body = await (await fetch(`${server.origin}/embed/poll/poll_proefstad`)).text();
      assert.equal(meta(body, 'og:url'), `${publicUrl}/embed/poll/poll_proefstad`);
      assert.match(body, new RegExp(`<link rel="canonical" href="${publicUrl}/embed/poll/poll_proefstad">`));
      assert.match(body, new RegExp(`<span class="url">${publicUrl}/embed/poll/poll_proefstad</span>`));
      assert.ok(!body.includes(server.origin));
    });

    it('photo URLs are on it', async () => {
      const { report, receipt } = await newReport(server);
      const upload = await uploadPhoto(server, report.id, receipt, { data: await jpegWithGps() });
      assert.equal(upload.status, 201, upload.text);
      assert.equal(upload.body.url, `${publicUrl}/v1/photos/${upload.body.id}`);
    });

    it('it is the own origin; the listening address no longer is', async () => {
      const participant = (origin: string) =>
        rawRequest(server.origin, { method: 'POST', path: '/v1/participants', headers: { origin, 'inspraak-site-key': siteKey } });
      assert.equal((await participant(publicUrl)).status, 201);
      assert.equal((await participant(server.origin)).status, 403);
    });
  });
});
