/** 429 from the real server with tiny rate limits: the SDK waits Retry-After, or fails when that is too long. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer } from '../../server/src/testing.ts';
import { createClient, InspraakApiError, type ClientOptions } from '../src/index.ts';
import { recordingFetch } from './recording-fetch.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

const resident = (server: TestServer, options: Partial<ClientOptions> = {}) =>
  createClient({ baseUrl: server.baseUrl, siteKey: server.siteKey, participantStore: new Map(), ...options });

describe('a short rate-limit window', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ env: { INSPRAAK_RATE_LIMIT_CLIENT: '2', INSPRAAK_RATE_LIMIT_WINDOW: '1' } });
  });
  after(() => server.close());

  test('a 429 is retried after Retry-After, and the call succeeds', async () => {
    const recorder = recordingFetch();
    const client = resident(server, { fetch: recorder.fetch });
    for (let call = 0; call < 10 && !recorder.sent.some((sent) => sent.response?.status === 429); call++) {
      assert.equal((await client.polls.get('poll_demo')).id, 'poll_demo');
    }
    const limited = recorder.sent.findIndex((sent) => sent.response?.status === 429);
    assert.ok(limited >= 0, 'the limit was reached');
    const refused = recorder.sent[limited]!;
    const retryAfter = Number(refused.response!.headers.get('retry-after'));
    assert.ok(retryAfter >= 1);
    const retry = recorder.sent[limited + 1];
    assert.ok(retry, 'the refused request was retried');
    assert.equal(retry.response?.status, 200);
    assert.ok(retry.at - refused.at >= retryAfter * 1000 - 50, `waited ${retry.at - refused.at} ms`);
  });

  test('without retries the 429 is an InspraakApiError with retryAfter', async () => {
    const client = resident(server, { retry: 0 });
    let error: unknown;
    for (let call = 0; call < 10 && !error; call++) {
      error = await client.polls.get('poll_demo').then(() => undefined, (error: unknown) => error);
    }
    assert.ok(error instanceof InspraakApiError);
    assert.equal(error.status, 429);
    assert.equal(error.code, 'rate-limited');
    assert.equal(error.kind, 'rate-limited');
    assert.equal(error.retryable, true);
    assert.ok(error.retryAfter !== undefined && error.retryAfter >= 1);
    assert.ok(error.requestId);
  });
});

describe('a long rate-limit window', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ env: { INSPRAAK_RATE_LIMIT_CLIENT: '1', INSPRAAK_RATE_LIMIT_WINDOW: '86400' } });
  });
  after(() => server.close());

  test('a Retry-After too long to wait for fails at once, with retryAfter', async () => {
    const recorder = recordingFetch();
    const client = resident(server, { fetch: recorder.fetch });
    await client.polls.get('poll_demo');
    const started = Date.now();
    const error = await client.polls.get('poll_demo').then(
      () => assert.fail('expected a 429'),
      (error: unknown) => error,
    );
    assert.ok(error instanceof InspraakApiError);
    assert.equal(error.status, 429);
    assert.ok(error.retryAfter! > 30, `retryAfter ${error.retryAfter}`);
    assert.equal(recorder.sent.length, 2, 'not retried');
    assert.ok(Date.now() - started < 1000);
  });
});
