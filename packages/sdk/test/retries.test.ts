/**
 * Retries, timeouts and aborts against the real server: the network is simulated by wrapping
 * fetch (a response lost after the server acted on the request, a response held past the timeout,
 * a closed port); the server is the real one.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { startTestServer } from '../../server/src/testing.ts';
import { createClient, InspraakApiError, type ClientOptions } from '../src/index.ts';
import { recordingFetch, type Fetch } from './recording-fetch.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const resident = (options: Partial<ClientOptions> = {}) =>
  createClient({ baseUrl: server.baseUrl, siteKey: server.siteKey, participantStore: new Map(), ...options });
const admin = (options: Partial<ClientOptions> = {}) =>
  createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken, ...options });

const requestOf = (input: RequestInfo | URL, init?: RequestInit) => new Request(input, init);

/** Resolves when `signal` aborts (as a fetch that never answers). */
const abortedBy = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));

/**
 * The first request matching `matches` reaches the server and is answered, but the answer is lost
 * on the way back: the call sees a network error (`drop`) or no answer until it gives up (`hold`).
 */
function losingFirstResponse(matches: (request: Request) => boolean, how: 'drop' | 'hold'): Fetch {
  let lost = false;
  return async (input, init) => {
    const request = requestOf(input, init);
    const response = await fetch(request);
    if (lost || !matches(request)) return response;
    lost = true;
    await response.arrayBuffer();
    if (how === 'hold') await abortedBy(request.signal);
    throw new TypeError('fetch failed', { cause: new Error('socket hang up') });
  };
}

async function closedPortUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}/v1`;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => assert.fail('expected the call to fail'),
    (error: unknown) => error,
  );
}

describe('retries', () => {
  test('a vote whose response was lost is retried with the same Idempotency-Key and counted once', async () => {
    const recorder = recordingFetch(
      losingFirstResponse((request) => request.method === 'POST' && request.url.endsWith('/ballots'), 'drop'),
    );
    const client = resident({ fetch: recorder.fetch });
    const poll = await client.polls.get('poll_demo_multi');
    const before = await resident().polls.results('poll_demo_multi');

    const receipt = await client.polls.vote('poll_demo_multi', { optionIds: [poll.options[0]!.id] });

    const posts = recorder.to('/ballots', 'POST');
    assert.equal(posts.length, 2, 'the lost response was retried');
    const key = posts[0]!.headers.get('idempotency-key');
    assert.ok(key && key.length >= 8);
    assert.equal(posts[1]!.headers.get('idempotency-key'), key);
    const afterVote = await resident().polls.results('poll_demo_multi');
    assert.equal(afterVote.totalBallots, before.totalBallots! + 1);
    assert.equal(afterVote.version, before.version + 1, 'one ballot, not a ballot and a change');
    assert.equal(receipt.results.version, afterVote.version, 'the receipt is the replay of the first answer');
  });

  test('a create whose answer came too late (timeout) is retried with the same key and creates one poll', async () => {
    const recorder = recordingFetch(
      losingFirstResponse((request) => request.method === 'POST' && request.url.endsWith('/admin/polls'), 'hold'),
    );
    const client = admin({ fetch: recorder.fetch, timeout: 1000 });
    const before = await admin().admin.polls.list({ limit: 100 });

    const poll = await client.admin.polls.create({ question: 'Eén keer?', options: [{ label: 'Ja' }, { label: 'Nee' }] });

    const posts = recorder.to('/admin/polls', 'POST');
    assert.equal(posts.length, 2);
    assert.equal(posts[0]!.signal.aborted, true, 'the first attempt was given up after the timeout');
    assert.equal(posts[1]!.headers.get('idempotency-key'), posts[0]!.headers.get('idempotency-key'));
    const afterCreate = await admin().admin.polls.list({ limit: 100 });
    assert.equal(afterCreate.items.length, before.items.length + 1);
    assert.equal(afterCreate.items.filter((item) => item.id === poll.id).length, 1);
  });

  test('separate calls get separate Idempotency-Keys; a given key is sent as is', async () => {
    const recorder = recordingFetch();
    const client = resident({ fetch: recorder.fetch });
    const poll = await client.polls.get('poll_demo_multi');
    await client.polls.vote('poll_demo_multi', { optionIds: [poll.options[0]!.id] });
    await client.polls.vote('poll_demo_multi', { optionIds: [poll.options[1]!.id] }, { idempotencyKey: 'my-own-key-123' });
    const keys = recorder.to('/ballots', 'POST').map((request) => request.headers.get('idempotency-key'));
    assert.equal(keys.length, 2);
    assert.notEqual(keys[0], 'my-own-key-123');
    assert.equal(keys[1], 'my-own-key-123');
    assert.equal(recorder.to('/participants', 'POST')[0]?.headers.get('idempotency-key')?.length! >= 8, true);
  });

  test('a timeout on every attempt fails with code timeout after the retries', async () => {
    const recorder = recordingFetch(async (input, init) => {
      const request = requestOf(input, init);
      const response = await fetch(request);
      await abortedBy(request.signal);
      return response;
    });
    const started = Date.now();
    const error = await rejection(resident({ fetch: recorder.fetch, timeout: 100, retry: 1 }).polls.get('poll_demo'));
    assert.ok(error instanceof InspraakApiError);
    assert.equal(error.status, 0);
    assert.equal(error.code, 'timeout');
    assert.equal(recorder.sent.length, 2, 'one attempt and one retry');
    assert.ok(Date.now() - started >= 200);
  });

  test('an unreachable server fails with network-error after the retries', async () => {
    const recorder = recordingFetch();
    const client = createClient({ baseUrl: await closedPortUrl(), siteKey: 'pk_demo_voorbeeld', fetch: recorder.fetch });
    const error = await rejection(client.polls.get('poll_demo'));
    assert.ok(error instanceof InspraakApiError);
    assert.equal(error.status, 0);
    assert.equal(error.code, 'network-error');
    assert.equal(error.kind, 'network');
    assert.equal(error.retryable, true);
    assert.equal(error.requestId, undefined);
    assert.ok(error.cause instanceof Error);
    assert.equal(recorder.sent.length, 3, 'the first attempt and 2 retries (the default)');
  });
});

describe('a page on an origin the site does not allow', () => {
  /** What a browser on that page sends: its origin, on every request. */
  const fromPageOn = (origin: string): Fetch => (input, init) => {
    const request = requestOf(input, init);
    request.headers.set('origin', origin);
    return fetch(request);
  };

  test('fails at once with code origin-not-allowed, not retried, and the console names the origin to add', async (t) => {
    const logged = t.mock.method(console, 'error', () => {});
    const recorder = recordingFetch(fromPageOn('https://www.not-listed.example'));
    const client = resident({ fetch: recorder.fetch });
    const error = await rejection(client.polls.get('poll_demo'));
    assert.ok(error instanceof InspraakApiError);
    assert.equal(error.status, 403);
    assert.equal(error.code, 'origin-not-allowed');
    assert.equal(error.kind, 'unauthorized');
    assert.equal(error.retryable, false);
    assert.equal(error.problem?.type, 'urn:inspraak:problem:origin-not-allowed');
    assert.ok(error.requestId);
    assert.equal(recorder.sent.length, 1, 'no retry');
    assert.deepEqual(
      logged.mock.calls.map((call) => call.arguments),
      [['This Inspraak site does not allow requests from https://www.not-listed.example. Add https://www.not-listed.example to its allowed origins.']],
    );
  });
});

describe('abort', () => {
  const isAbortError = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

  test('an aborted signal rejects at once with the AbortError and sends nothing', async () => {
    const recorder = recordingFetch();
    const error = await rejection(resident({ fetch: recorder.fetch }).polls.get('poll_demo', { signal: AbortSignal.abort() }));
    assert.ok(isAbortError(error), String(error));
    assert.equal(recorder.sent.length, 0);
  });

  test('aborting a request in flight rejects with the AbortError, without a retry', async () => {
    const recorder = recordingFetch(async (input, init) => {
      const request = requestOf(input, init);
      await abortedBy(request.signal);
      return fetch(request);
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await rejection(resident({ fetch: recorder.fetch }).polls.get('poll_demo', { signal: controller.signal }));
    assert.ok(isAbortError(error), String(error));
    assert.equal(recorder.sent.length, 1);
  });

  test('aborting during the wait before a retry stops the retries', async () => {
    const recorder = recordingFetch();
    const client = createClient({ baseUrl: await closedPortUrl(), siteKey: 'pk_demo_voorbeeld', fetch: recorder.fetch });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 60); // the first retry waits at least 150 ms
    const error = await rejection(client.polls.get('poll_demo', { signal: controller.signal }));
    assert.ok(isAbortError(error), String(error));
    assert.equal(recorder.sent.length, 1);
  });

  test('a custom abort reason is what the call rejects with', async () => {
    const controller = new AbortController();
    const reason = new Error('the resident left the page');
    controller.abort(reason);
    assert.equal(await rejection(resident().polls.results('poll_demo', { signal: controller.signal })), reason);
  });
});

describe('the same Idempotency-Key twice at once', () => {
  test('both calls get the one answer, and the ballot counts once', async () => {
    const recorder = recordingFetch();
    const client = resident({ fetch: recorder.fetch });
    const poll = await client.polls.get('poll_demo_multi');
    await client.participants.token();
    const before = await resident().polls.results('poll_demo_multi');
    const input = { optionIds: [poll.options[0]!.id] };
    const [first, second] = await Promise.all([
      client.polls.vote('poll_demo_multi', input, { idempotencyKey: 'same-key-twice-1' }),
      client.polls.vote('poll_demo_multi', input, { idempotencyKey: 'same-key-twice-1' }),
    ]);
    assert.deepEqual(second, first);
    assert.equal(first.results.version, before.version + 1);
    const posts = recorder.to('/ballots', 'POST');
    assert.ok(posts.every((sent) => sent.headers.get('idempotency-key') === 'same-key-twice-1'));
  });
});
