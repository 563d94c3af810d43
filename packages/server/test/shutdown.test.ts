// Graceful shutdown of a real `inspraak serve` process on SIGTERM: result streams are told to
// reconnect and end cleanly, a write already being received finishes and is acknowledged (and
// kept), a request that arrives meanwhile gets 503, and the process exits 0.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { demoBoardId, demoMultiPollId, demoSiteKey } from '../src/db/demo-seed.ts';
import { call } from './support/api.ts';
import { assertMatchesContract } from './support/contract-response.ts';
import { startServe, type ServeProcess } from './support/run-process.ts';

const site = { 'inspraak-site-key': demoSiteKey };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads an event stream as raw text until the server ends it; rejects if the connection breaks. */
async function readStream(url: string) {
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...site } });
  assert.equal(response.status, 200);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  const ended = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return text;
      text += value;
    }
  })();
  return { text: () => text, ended };
}

/**
 * A POST whose body arrives in two parts, the second only when `finish()` is called. `received`
 * settles once the server is handling the request: it sends `Expect: 100-continue`, and Node's
 * server answers `100 Continue` in the same turn in which it hands the request to Fastify. (A fixed
 * wait raced a loaded CI machine: the SIGTERM came before the server had read the request.)
 */
function slowPost(origin: string, path: string, headers: Record<string, string>, body: string) {
  const url = new URL(path, origin);
  const bytes = Buffer.from(body);
  let resolveResponse!: (value: { status: number; text: string }) => void;
  const response = new Promise<{ status: number; text: string }>((resolve) => (resolveResponse = resolve));
  let resolveReceived!: () => void;
  const received = new Promise<void>((resolve) => (resolveReceived = resolve));
  const req = httpRequest(
    {
      host: url.hostname,
      port: url.port,
      method: 'POST',
      path: url.pathname,
      headers: { ...headers, 'content-type': 'application/json', 'content-length': bytes.length, expect: '100-continue' },
    },
    (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolveResponse({ status: res.statusCode!, text }));
    },
  );
  req.on('error', (error) => resolveResponse({ status: 0, text: String(error) }));
  req.on('continue', () => {
    req.write(bytes.subarray(0, 10));
    resolveReceived();
  });
  req.flushHeaders();
  return {
    received,
    response,
    finish() {
      req.end(bytes.subarray(10));
    },
  };
}

describe('inspraak serve: graceful shutdown on SIGTERM', () => {
  let dataDir: string;
  let server: ServeProcess | undefined;
  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'inspraak-shutdown-'));
  });
  after(async () => {
    server?.child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('streams reconnect, the write in flight is acknowledged and kept, new requests get 503, exit 0', async () => {
    server = await startServe(['--demo'], { INSPRAAK_DATA_DIR: dataDir });
    const { origin, baseUrl } = server;
    const stream = await readStream(`${baseUrl}/polls/${demoMultiPollId}/results/stream`);
    while (!stream.text().includes('event: results')) await wait(20);

    const token = (await call(baseUrl, 'createParticipant', { method: 'POST', path: '/participants', headers: site })).body.token as string;
    const inFlight = slowPost(origin, `/v1/boards/${demoBoardId}/ideas`, { ...site, 'inspraak-participant-token': token }, JSON.stringify({
      title: 'Een idee dat binnenkomt tijdens het afsluiten',
      description: 'Het moet toch bewaard blijven.',
      categoryId: 'cat_groen',
    }));
    await inFlight.received; // the server is handling the request and has part of its body

    server.child.kill('SIGTERM');

    // The stream is told when to reconnect and then ends cleanly (no broken connection).
    const streamed = await stream.ended;
    assert.match(streamed, /retry: 1000\n\n$/, 'a retry hint is the last thing on the stream');

    // While the write is still arriving the server answers new requests (new connections) with 503.
    let refused: Response | undefined;
    for (let attempt = 0; attempt < 100 && !refused; attempt += 1) {
      const response = await fetch(`${baseUrl}/polls/${demoMultiPollId}`, { headers: site });
      if (response.status === 503) refused = response;
      else await response.arrayBuffer();
    }
    assert.ok(refused, 'a request during shutdown gets 503');
    const text = await refused.text();
    assertMatchesContract('getPoll', { status: refused.status, headers: refused.headers, text });
    assert.equal(JSON.parse(text).code, 'server-closing');
    assert.equal(refused.headers.get('retry-after'), '1');
    assert.equal(refused.headers.get('connection'), 'close');

    inFlight.finish();
    const written = await inFlight.response;
    assert.equal(written.status, 201, written.text);
    const ideaId = JSON.parse(written.text).idea.id as string;
    assert.equal(await server.exited, 0);

    // The acknowledged write is there after a restart.
    server = await startServe(['--demo'], { INSPRAAK_DATA_DIR: dataDir });
    const idea = await call(server.baseUrl, 'getIdea', { path: `/ideas/${ideaId}`, headers: site });
    assert.equal(idea.status, 200);
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0);
    server = undefined;
  });
});
