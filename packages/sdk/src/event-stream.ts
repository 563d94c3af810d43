/**
 * Server-Sent Events over fetch streaming (Node 20 has no EventSource, and EventSource cannot send
 * headers): parses `text/event-stream` and reconnects after a dropped connection with
 * `Last-Event-ID` and a growing, capped delay, until the signal aborts or the consumer stops.
 *
 * Why our own parser and not `eventsource-parser` (measured 2026-12, min+gzip as the CDN build
 * makes them): `parse` below is 0.5 KB; eventsource-parser 3.1.1 is 1.4 KB before the stream
 * reading around it, so the live-results chunk (1.6 KB) would grow by about 0.9 KB for the same
 * behaviour (the HTML standard's parsing: CR, LF and CRLF lines, comments, `id` without NUL,
 * `retry`, the BOM, which TextDecoder drops). Its 4.x line needs Node 22.12; we support Node 20.
 * event-stream.test.ts holds the parsing cases, so a switch later is a measured one.
 */
import { InspraakApiError } from './errors.ts';

export interface ServerSentEvent {
  /** `message` when the event names no type. */
  event: string;
  data: string;
  id: string;
}

/** Opens the stream; `lastEventId` is the id of the last event seen, if any. */
export type Connect = (lastEventId: string | undefined, signal: AbortSignal) => Promise<Response>;

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;

/** Resolves after `ms`, or at once when `signal` aborts. */
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, signal.aborted ? 0 : ms);
    signal.addEventListener('abort', done);
  });

/** The events of one connection, parsed as the HTML standard describes. */
async function* parse(
  body: ReadableStream<Uint8Array>,
  state: { lastEventId: string | undefined; retry: number },
  signal: AbortSignal,
) {
  const reader = body.getReader();
  // A fetch ends its body on abort; a wrapped or custom fetch may not, so end the read here too.
  const cancel = () => void reader.cancel().catch(() => {});
  signal.addEventListener('abort', cancel);
  const decoder = new TextDecoder();
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let id = state.lastEventId;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      for (let match; (match = /\r\n|[\r\n]/.exec(buffer)); ) {
        // A CR at the end of the chunk may be the first half of a CRLF.
        if (match[0] === '\r' && match.index === buffer.length - 1) break;
        const line = buffer.slice(0, match.index);
        buffer = buffer.slice(match.index + match[0].length);
        if (line === '') {
          state.lastEventId = id;
          if (data.length) yield { event: event || 'message', data: data.join('\n'), id: id ?? '' };
          event = '';
          data = [];
          continue;
        }
        const colon = line.indexOf(':');
        if (colon === 0) continue; // a comment, e.g. a keep-alive
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + (line[colon + 1] === ' ' ? 2 : 1));
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
        else if (field === 'id' && !value.includes('\0')) id = value;
        else if (field === 'retry' && /^\d+$/.test(value)) state.retry = Number(value);
      }
    }
  } finally {
    signal.removeEventListener('abort', cancel);
    cancel();
  }
}

async function* run<T>(
  connect: Connect,
  pick: (event: ServerSentEvent) => T | undefined,
  signal: AbortSignal,
  done: () => void,
) {
  const state = { lastEventId: undefined as string | undefined, retry: FIRST_DELAY_MS };
  let failures = 0;
  try {
    while (!signal.aborted) {
      let wait: number | undefined;
      try {
        const response = await connect(state.lastEventId || undefined, signal);
        if (response.status === 204 || !response.body) return; // the server asks us to stop
        for await (const event of parse(response.body, state, signal)) {
          failures = 0;
          const value = pick(event);
          if (value !== undefined) yield value;
        }
        if (signal.aborted) return;
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof InspraakApiError) {
          const { status } = error;
          if (status >= 400 && status < 500 && status !== 408 && status !== 429) throw error;
          if (error.retryAfter !== undefined) wait = error.retryAfter * 1000;
        }
        // else: the connection dropped while reading; reconnect
      }
      const backoff = Math.min(MAX_DELAY_MS, state.retry * 2 ** failures++);
      await sleep(Math.max(wait ?? 0, backoff * (0.5 + Math.random() / 2)), signal);
    }
  } finally {
    done();
  }
}

/**
 * The picked values of a reconnecting event stream. Ends without an error when `signal` aborts
 * or the consumer stops (`break`, `return()`); throws an InspraakApiError on a 4xx other than 408/429.
 */
export function eventStream<T>(
  connect: Connect,
  pick: (event: ServerSentEvent) => T | undefined,
  signal?: AbortSignal,
): AsyncIterableIterator<T> {
  const stop = new AbortController();
  const forward = () => stop.abort(signal?.reason);
  if (signal?.aborted) forward();
  else signal?.addEventListener('abort', forward, { once: true });
  const events = run(connect, pick, stop.signal, () => signal?.removeEventListener('abort', forward));
  return {
    next: () => events.next(),
    return(value?: unknown) {
      // Aborting ends a read that is still waiting, so the queued return() can run.
      stop.abort();
      return events.return(value as undefined);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** What the shared poll stream carries: one poll's results per event (a subset of `PollResults`). */
interface PollEvent {
  pollId: string;
  version: number;
}

/** Opens the stream of several polls; `lastEventId` lists the version of each poll already seen. */
export type ConnectPolls = (pollIds: string[], lastEventId: string | undefined, signal: AbortSignal) => Promise<Response>;

interface Subscriber<T> {
  queue: T[];
  error?: unknown;
  wake(): void;
}

/** Subscribes and unsubscribes reopen the shared stream at most once per this many ms. */
const SETTLE_MS = 50;

/**
 * Live results of many polls over one connection (browsers allow six per origin). Keeps one
 * stream open for the polls that have a subscriber; when that set changes it waits `SETTLE_MS`,
 * and then until `idle()` (no other call of the client in flight), and reconnects with the new
 * set, sending the version of each poll it has as `Last-Event-ID`, so the server sends only what is
 * new. Waiting for `idle` is what makes polls that load together share one connection: each
 * subscribes when its own reads are done, and those may end far more than `SETTLE_MS` apart. Each
 * subscriber gets its own poll's results, the latest known ones first.
 */
export function pollStreams<T extends PollEvent>(connect: ConnectPolls, idle: () => boolean) {
  const subscribers = new Map<string, Set<Subscriber<T>>>();
  const latest = new Map<string, T>();
  let open: { ids: string; stop: AbortController } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const end = (pollId: string, error?: unknown) => {
    for (const subscriber of subscribers.get(pollId) ?? []) {
      subscriber.error = error ?? null;
      subscriber.wake();
    }
    subscribers.delete(pollId);
    latest.delete(pollId);
  };

  const reconnect = async () => {
    timer = undefined;
    // Other polls of the page may still be loading, and will subscribe once loaded.
    if (subscribers.size && !idle()) return settle();
    const pollIds = [...subscribers.keys()].sort();
    if (open?.ids === `${pollIds}`) return;
    open?.stop.abort();
    if (!pollIds.length) return (open = undefined);
    const current = (open = { ids: `${pollIds}`, stop: new AbortController() });
    const { signal } = current.stop;
    const seen = () =>
      pollIds
        .filter((id) => latest.has(id))
        .map((id) => `${id}:${latest.get(id)!.version}`)
        .join(',') || undefined;
    try {
      // The id of the last event is ignored: the versions seen, of the polls now followed, say more.
      const events = eventStream(
        (_, connection) => connect(pollIds, seen(), connection),
        (event) => (event.event === 'results' ? (JSON.parse(event.data) as T) : undefined),
        signal,
      );
      for await (const results of events) {
        if (!subscribers.has(results.pollId)) continue;
        latest.set(results.pollId, results);
        for (const subscriber of subscribers.get(results.pollId)!) {
          subscriber.queue.push(results);
          subscriber.wake();
        }
      }
      if (signal.aborted) return; // replaced by a stream of another set of polls
      // The server asks us to stop (204): end this stream's subscribers.
      for (const id of pollIds) end(id);
    } catch (error) {
      if (signal.aborted) return;
      // A 404 names the unknown polls; those fail, the others reconnect without them.
      const unknown =
        error instanceof InspraakApiError && error.status === 404
          ? (error.problem?.errors ?? [])
              .map((e) => pollIds[Number(/^#\/query\/pollIds\/(\d+)$/.exec(e.pointer)?.[1] ?? -1)])
              .filter((id): id is string => id !== undefined)
          : [];
      for (const id of unknown.length ? unknown : pollIds) end(id, error);
    }
    open = undefined;
    settle();
  };

  /** The set of polls changed: reconnect soon, or close at once when nobody listens. */
  const settle = () => {
    if (!subscribers.size) {
      clearTimeout(timer);
      timer = undefined;
      void reconnect();
    } else timer ??= setTimeout(reconnect, SETTLE_MS);
  };

  async function* follow(subscriber: Subscriber<T>, signal: AbortSignal) {
    while (!signal.aborted) {
      const value = subscriber.queue.shift();
      if (value) yield value;
      else if (subscriber.error !== undefined) {
        if (subscriber.error) throw subscriber.error;
        return;
      } else await new Promise<void>((resolve) => (subscriber.wake = resolve));
    }
  }

  /** One poll's results: the latest known ones first, then each change; ends when `signal` aborts. */
  return (pollId: string, signal?: AbortSignal): AsyncIterableIterator<T> => {
    const stop = new AbortController();
    const subscriber: Subscriber<T> = { queue: latest.has(pollId) ? [latest.get(pollId)!] : [], wake() {} };
    // Leaving at once on abort (not at the next read) closes a connection nobody needs any more.
    const leave = () => {
      signal?.removeEventListener('abort', forward);
      const polls = subscribers.get(pollId);
      if (!polls?.delete(subscriber)) return;
      if (!polls.size) end(pollId);
      settle();
    };
    const forward = () => {
      stop.abort();
      subscriber.wake();
      leave();
    };
    let polls = subscribers.get(pollId);
    if (!polls) subscribers.set(pollId, (polls = new Set()));
    polls.add(subscriber);
    if (signal?.aborted) forward();
    else {
      signal?.addEventListener('abort', forward, { once: true });
      settle();
    }
    const events = follow(subscriber, stop.signal);
    return {
      next: () =>
        events.next().then((result) => {
          if (result.done) leave();
          return result;
        }, (error: unknown) => {
          leave();
          throw error;
        }),
      return(value?: unknown) {
        forward();
        return events.return(value as undefined);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  };
}
