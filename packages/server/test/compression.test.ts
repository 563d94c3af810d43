import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { openEventStream } from './support/event-stream.ts';
import { createPoll, newParticipant, siteHeaders, vote } from './support/fixtures.ts';
import { getRaw } from './support/raw-http.ts';

describe('compression of dynamic responses (brotli, gzip)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ env: { INSPRAAK_SSE_HEARTBEAT_MS: '60000' } });
  });
  after(() => server.close());

  it('compresses JSON of 1 KB and more with the encoding the client prefers', async () => {
    const url = `${server.baseUrl}/boards/board_demo/ideas`;
    const plain = await getRaw(url, siteHeaders(server));
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.body.length > 1024, `${plain.body.length} B`);
    const br = await getRaw(url, { ...siteHeaders(server), 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.match(String(br.headers.vary), /accept-encoding/i);
    assert.deepEqual(JSON.parse(brotliDecompressSync(br.body).toString()), JSON.parse(plain.body.toString()));
    const gzip = await getRaw(url, { ...siteHeaders(server), 'accept-encoding': 'gzip' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(JSON.parse(gunzipSync(gzip.body).toString()), JSON.parse(plain.body.toString()));
    assert.ok(br.body.length < plain.body.length / 2, `${plain.body.length} B → ${br.body.length} B`);
  });

  it('compresses the hosted pages, which still vary on Accept-Language', async () => {
    const page = await getRaw(`${server.origin}/embed/poll/poll_demo`, { 'accept-encoding': 'br' });
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-encoding'], 'br');
    assert.match(String(page.headers.vary), /accept-language/i);
    assert.match(String(page.headers.vary), /accept-encoding/i);
    assert.match(brotliDecompressSync(page.body).toString(), /<h1/);
  });

  it('never compresses a live-results stream: each event leaves at once', { timeout: 5000 }, async () => {
    const poll = await createPoll(server, { question: 'Gezipt?', options: [{ label: 'a' }, { label: 'b' }], resultsVisibility: 'always' });
    const reader = await openEventStream(`${server.baseUrl}/polls/${poll.id}/results/stream`, { ...siteHeaders(server), 'accept-encoding': 'br, gzip' });
    try {
      assert.equal(reader.status, 200);
      assert.equal(reader.headers.get('content-encoding'), null);
      assert.equal((await reader.next(1000)).id, '0');
      const token = await newParticipant(server);
      const sentAt = Date.now();
      assert.equal((await vote(server, poll.id, token, [poll.options[0]!.id])).status, 201);
      const update = await reader.next(1000);
      assert.equal(update.id, '1');
      assert.ok(Date.now() - sentAt < 1000, 'within one second');
    } finally {
      reader.close();
    }
  });
});
