/**
 * The SSE parser and reconnect loop, fed byte streams chosen to hit the awkward cases of the
 * format (the end-to-end stream against the real server is in subscribe.test.ts).
 */
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { describe, test, type TestContext } from 'node:test';
import { InspraakApiError } from '../src/errors.ts';
import { eventStream, type ServerSentEvent } from '../src/event-stream.ts';

const encoder = new TextEncoder();

/** A 200 event-stream response whose body is these chunks, then the end (or an error). */
function streamOf(chunks: string[], end: 'close' | 'error' | 'hang' = 'close'): Response {
  let index = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(encoder.encode(chunks[index++]));
      else if (end === 'close') controller.close();
      else if (end === 'error') controller.error(new TypeError('terminated'));
      // 'hang': never answer again, like an idle connection
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

const all = (event: ServerSentEvent) => event;

/**
 * With fake timers (`t.mock.timers`): lets the stream's promises settle, then fires the timers it
 * set (the clock jumps to each one's time), until `done`.
 */
async function runTimersUntil(t: TestContext, done: () => boolean): Promise<void> {
  for (let turns = 0; !done(); turns += 1) {
    if (turns > 1000) throw new Error('the stream set no timer that leads on');
    await new Promise((resolve) => setImmediate(resolve));
    t.mock.timers.runAll();
  }
}

async function take<T>(iterator: AsyncIterableIterator<T>, count: number): Promise<T[]> {
  const values: T[] = [];
  for await (const value of iterator) {
    values.push(value);
    if (values.length === count) break;
  }
  return values;
}

describe('eventStream', () => {
  test('parses fields, comments, multi-line data and every kind of line ending, even split across chunks', async () => {
    const connects: (string | undefined)[] = [];
    const events = eventStream(
      async (lastEventId) => {
        connects.push(lastEventId);
        return streamOf(
          [
            ': keep-alive\n\n',
            'event: results\nid: 7\ndata: {"a":',
            '1}\n\n',
            'data: line one\r\ndata:line two\r',
            '\n\r\n',
            'event: results\rid: 8\rdata: {"a":2}\r\r',
            'data\n\n',
            'id: 9\n\n', // no data: sets the id, dispatches nothing
            'event: results\ndata: no-end-yet',
          ],
          'hang',
        );
      },
      all,
    );
    const received = await take(events, 4);
    assert.deepEqual(received, [
      { event: 'results', data: '{"a":1}', id: '7' },
      { event: 'message', data: 'line one\nline two', id: '7' },
      { event: 'results', data: '{"a":2}', id: '8' },
      { event: 'message', data: '', id: '8' },
    ]);
    assert.deepEqual(connects, [undefined]);
  });

  test('reconnects after a drop with Last-Event-ID, keeps the last id, and stops on return()', async () => {
    const connects: (string | undefined)[] = [];
    const signals: AbortSignal[] = [];
    const events = eventStream(
      async (lastEventId, signal) => {
        connects.push(lastEventId);
        signals.push(signal);
        if (connects.length === 1) return streamOf(['retry: 20\n', 'id: 1\ndata: first\n\n', 'id: 2\ndata: half'], 'error');
        if (connects.length === 2) return streamOf([': nothing new\n\n']); // ends cleanly: reconnect again
        return streamOf(['id: 3\ndata: third\n\n'], 'hang');
      },
      (event) => `${event.id}:${event.data}`,
    );
    const started = Date.now();
    assert.deepEqual(await take(events, 2), ['1:first', '3:third']);
    // An event cut off by the drop is not dispatched, and its id is not remembered.
    assert.deepEqual(connects, [undefined, '1', '1']);
    assert.ok(Date.now() - started < 2000, 'the server’s retry: 20 set the reconnect delay');
    assert.equal(signals.at(-1)?.aborted, true, 'return() aborted the open connection');
    assert.deepEqual(await events.next(), { done: true, value: undefined });
  });

  test('waits longer after each failed attempt', async (t) => {
    // The SDK's own timers, on a fake clock; no jitter (Math.random() = 1 takes nothing off).
    t.mock.timers.enable({ apis: ['setTimeout', 'Date'] });
    t.mock.method(Math, 'random', () => 1);
    const times: number[] = [];
    const events = eventStream(async () => {
      times.push(Date.now());
      if (times.length < 4) return streamOf(['retry: 40\n\n'], 'error');
      return streamOf(['data: done\n\n'], 'hang');
    }, all);
    const first = take(events, 1);
    await runTimersUntil(t, () => times.length === 4);
    await first;
    const gaps = times.slice(1).map((time, index) => time - times[index]!);
    assert.deepEqual(gaps, [40, 80, 160], 'the server’s retry: 40, doubled after each failure');
  });

  test('ends with the error of a 4xx, and retries a 503 after its Retry-After', async (t) => {
    const notFound = new InspraakApiError('Not found', { status: 404, code: 'not-found' });
    const pageSignal = new AbortController().signal;
    const events = eventStream(
      async () => {
        throw notFound;
      },
      all,
      pageSignal,
    );
    await assert.rejects(events.next(), (error) => error === notFound);
    assert.equal(getEventListeners(pageSignal, 'abort').length, 0, 'no listener left on a long-lived signal');

    t.mock.timers.enable({ apis: ['setTimeout', 'Date'] });
    let attempts = 0;
    const started = Date.now();
    const retried = eventStream(async () => {
      attempts += 1;
      if (attempts === 1) throw new InspraakApiError('Unavailable', { status: 503, code: 'unavailable', retryAfter: 1 });
      return streamOf(['data: back\n\n'], 'hang');
    }, all);
    const back = take(retried, 1);
    await runTimersUntil(t, () => attempts === 2);
    assert.deepEqual((await back).map((event) => event.data), ['back']);
    assert.equal(Date.now() - started, 1000, 'waited Retry-After');
  });

  test('ends without an error when the signal aborts, during a read or during the wait', async () => {
    const controller = new AbortController();
    const events = eventStream(async () => streamOf(['data: one\n\n'], 'hang'), all, controller.signal);
    assert.equal((await events.next()).value?.data, 'one');
    const pending = events.next();
    controller.abort();
    assert.deepEqual(await pending, { done: true, value: undefined });

    const waiting = new AbortController();
    let attempts = 0;
    const dropping = eventStream(
      async () => {
        attempts += 1;
        return streamOf(['retry: 60000\n\n'], 'error');
      },
      all,
      waiting.signal,
    );
    const next = dropping.next();
    setTimeout(() => waiting.abort(), 50);
    assert.deepEqual(await next, { done: true, value: undefined });
    assert.equal(attempts, 1);

    // Aborted while the consumer holds an event: the next call ends at once, without the reconnect wait.
    const holding = new AbortController();
    const held = eventStream(async () => streamOf(['retry: 60000\n', 'data: one\n\n']), all, holding.signal);
    assert.equal((await held.next()).value?.data, 'one');
    holding.abort();
    const started = Date.now();
    assert.deepEqual(await held.next(), { done: true, value: undefined });
    assert.ok(Date.now() - started < 500);

    const aborted = eventStream(async () => assert.fail('must not connect'), all, AbortSignal.abort());
    assert.deepEqual(await aborted.next(), { done: true, value: undefined });
  });
});
