// The CDN build's stand-in for ky (src/cdn/ky-subset.ts), against a real HTTP server: each
// behaviour the SDK relies on, with the options the SDK passes.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import ky, { HTTPError, TimeoutError, type RetryOptions } from '../src/cdn/ky-subset.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
let base: string;
let seen: Seen[] = [];
let respond: (request: Seen, response: ServerResponse, attempt: number) => void;

// What the SDK passes (packages/sdk/src/http.ts).
const sdkRetry = (limit = 2): RetryOptions => ({
  limit,
  methods: ['get', 'post', 'patch'],
  statusCodes: [408, 429, 500, 502, 503, 504],
  afterStatusCodes: [429, 503],
  retryOnTimeout: true,
  jitter: () => 1,
  shouldRetry: ({ error }) => (error.name === 'AbortError' ? false : undefined),
});

before(async () => {
  server = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    const entry = { method: request.method!, url: request.url!, headers: request.headers, body };
    seen.push(entry);
    respond(entry, response, seen.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

after(() => server.close());

beforeEach(() => {
  seen = [];
  respond = (_, response) => response.end('{"ok":true}');
});

describe('ky subset', () => {
  it('joins prefixUrl and path, drops undefined search params, sends JSON with its content type', async () => {
    const api = ky.create({ prefixUrl: base, retry: sdkRetry() });
    const response = await api('polls/p1/ballots', {
      method: 'post',
      json: { optionIds: ['a'] },
      headers: { 'idempotency-key': 'k1' },
      searchParams: { limit: 5, cursor: undefined },
    });
    assert.deepEqual(await response.json(), { ok: true });
    assert.equal(seen[0]!.method, 'POST');
    assert.equal(seen[0]!.url, '/v1/polls/p1/ballots?limit=5');
    assert.equal(seen[0]!.headers['content-type'], 'application/json');
    assert.equal(seen[0]!.headers['idempotency-key'], 'k1');
    assert.equal(seen[0]!.body, '{"optionIds":["a"]}');
  });

  it('retries a 503 after Retry-After, then returns the success', async () => {
    respond = (_, response, attempt) => {
      if (attempt < 3) response.writeHead(503, { 'retry-after': '0' }).end();
      else response.end('{"third":true}');
    };
    const api = ky.create({ prefixUrl: base, retry: sdkRetry() });
    const response = await api('health');
    assert.deepEqual(await response.json(), { third: true });
    assert.equal(seen.length, 3);
  });

  it('retries a POST with the same headers (the idempotency key), up to the limit, then throws HTTPError', async () => {
    respond = (_, response) => response.writeHead(500).end('{"code":"internal"}');
    const retried: number[] = [];
    const api = ky.create({
      prefixUrl: base,
      retry: sdkRetry(2),
      hooks: { beforeRetry: [({ retryCount }) => void retried.push(retryCount)] },
    });
    const error = await api('polls/p1/ballots', { method: 'post', json: {}, headers: { 'idempotency-key': 'same' } }).catch((e: unknown) => e);
    assert.ok(error instanceof HTTPError);
    assert.equal(error.response.status, 500);
    assert.equal(await error.response.text(), '{"code":"internal"}');
    assert.equal(seen.length, 3);
    assert.deepEqual(
      seen.map((request) => request.headers['idempotency-key']),
      ['same', 'same', 'same'],
    );
    assert.deepEqual(retried, [1, 2]);
  });

  it('does not retry a 4xx outside the status codes', async () => {
    respond = (_, response) => response.writeHead(409).end();
    const api = ky.create({ prefixUrl: base, retry: sdkRetry() });
    const error = await api('x').catch((e: unknown) => e);
    assert.ok(error instanceof HTTPError);
    assert.equal(error.response.status, 409);
    assert.equal(seen.length, 1);
  });

  it('times out each attempt, retries when asked, then throws TimeoutError', async () => {
    respond = () => {}; // never answers
    const api = ky.create({ prefixUrl: base, timeout: 100, retry: sdkRetry(1) });
    const error = await api('slow').catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError);
    assert.equal(seen.length, 2);
  });

  it('retries a failed connection, and calls a custom fetch', async () => {
    let calls = 0;
    const api = ky.create({
      prefixUrl: base,
      retry: sdkRetry(2),
      fetch: (request) => (++calls < 3 ? Promise.reject(new TypeError('fetch failed')) : fetch(request)),
    });
    assert.equal((await api('health')).status, 200);
    assert.equal(calls, 3);
  });

  it('stops at once when the caller aborts, with the AbortError, and does not retry', async () => {
    respond = () => {};
    const controller = new AbortController();
    const api = ky.create({ prefixUrl: base, timeout: 5000, retry: sdkRetry() });
    const pending = api('slow', { signal: controller.signal }).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 50);
    const error = (await pending) as Error;
    assert.equal(error.name, 'AbortError');
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(seen.length, 1);
  });

  it('sends a FormData body as multipart, with the boundary fetch sets, and the same body on a retry', async () => {
    respond = (_, response, attempt) => (attempt < 2 ? response.writeHead(503, { 'retry-after': '0' }).end() : response.end('{}'));
    const form = new FormData();
    form.set('receipt', 'r1');
    const api = ky.create({ prefixUrl: base, retry: sdkRetry() });
    await api('reports/r1/photos', { method: 'post', body: form, headers: { 'idempotency-key': 'k2' } });
    assert.equal(seen.length, 2);
    for (const request of seen) {
      assert.match(request.headers['content-type']!, /^multipart\/form-data; boundary=/);
      assert.match(request.body, /name="receipt"\r\n\r\nr1\r\n/);
    }
  });

  it('lets shouldRetry refuse a retry', async () => {
    respond = (_, response) => response.writeHead(503).end();
    const api = ky.create({ prefixUrl: base, retry: { ...sdkRetry(), shouldRetry: () => false } });
    const error = await api('x').catch((e: unknown) => e);
    assert.ok(error instanceof HTTPError);
    assert.equal(seen.length, 1);
  });
});
