/** Live results over Server-Sent Events from the real server. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer } from '../../server/src/testing.ts';
import { createClient, InspraakApiError, type ClientOptions, type PollResults } from '../src/index.ts';
import { recordingFetch, type Fetch } from './recording-fetch.ts';
import { until } from './until.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const resident = (options: Partial<ClientOptions> = {}) =>
  createClient({ baseUrl: server.baseUrl, siteKey: server.siteKey, participantStore: new Map(), ...options });

const isStream = (input: RequestInfo | URL) =>
  new URL(input instanceof Request ? input.url : input).pathname.endsWith('/results/stream');

/**
 * A fetch whose first results stream breaks (as a dropped connection does) right after its first
 * `results` event has come through.
 */
function droppingFirstStream(): Fetch {
  let streams = 0;
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!isStream(input) || ++streams > 1 || !response.body) return response;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let seen = '';
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const event = seen.indexOf('event: results');
        if (event >= 0 && seen.indexOf('\n\n', event) >= 0) {
          controller.error(new TypeError('terminated'));
          await reader.cancel();
          return;
        }
        const { done, value } = await reader.read();
        if (done) return controller.close();
        seen += decoder.decode(value, { stream: true });
        controller.enqueue(value);
      },
      cancel: (reason) => reader.cancel(reason),
    });
    return new Response(body, { status: response.status, headers: response.headers });
  };
}

describe('polls.subscribe', () => {
  test('yields the current results, then a vote cast by another client', async () => {
    const controller = new AbortController();
    const recorder = recordingFetch();
    const watcher = resident({ fetch: recorder.fetch });
    const events = watcher.polls.subscribe('poll_demo_multi', { signal: controller.signal });
    const current = (await events.next()).value!;
    assert.equal(current.pollId, 'poll_demo_multi');
    assert.equal(current.visible, true);
    assert.deepEqual(current, await resident().polls.results('poll_demo_multi'));

    const voter = resident();
    const poll = await voter.polls.get('poll_demo_multi');
    const optionId = poll.options[0]!.id;
    await voter.polls.vote('poll_demo_multi', { optionIds: [optionId] });
    const next = (await events.next()).value!;
    assert.equal(next.version, current.version + 1);
    assert.equal(next.totalBallots, current.totalBallots! + 1);
    const count = (results: PollResults) => results.options!.find((option) => option.optionId === optionId)!.count;
    assert.equal(count(next), count(current) + 1);

    const [stream] = recorder.to('/results/stream');
    assert.equal(stream?.headers.get('inspraak-site-key'), server.siteKey);
    assert.equal(stream?.headers.get('accept'), 'text/event-stream');
    assert.equal(stream?.headers.get('inspraak-participant-token'), await watcher.participants.token());
    controller.abort();
    assert.deepEqual(await events.next(), { done: true, value: undefined });
  });

  test('resumes after a dropped connection with Last-Event-ID, without repeating what it had', async () => {
    const recorder = recordingFetch(droppingFirstStream());
    const controller = new AbortController();
    const events = resident({ fetch: recorder.fetch }).polls.subscribe('poll_demo_multi', { signal: controller.signal });
    const first = (await events.next()).value!;
    const following = events.next();

    const streams = () => recorder.to('/results/stream');
    await until(() => streams()[1]?.response, 5000, 'the reconnection');
    assert.equal(streams()[0]?.headers.get('last-event-id'), null);
    assert.equal(streams()[1]?.headers.get('last-event-id'), `poll_demo_multi:${first.version}`);

    const voter = resident();
    const poll = await voter.polls.get('poll_demo_multi');
    await voter.polls.vote('poll_demo_multi', { optionIds: [poll.options[1]!.id] });
    const second = (await following).value!;
    assert.equal(second.version, first.version + 1, 'the next event is the new vote, not the old results again');
    assert.equal(second.totalBallots, first.totalBallots! + 1);
    assert.equal(streams().length, 2);
    controller.abort();
    assert.equal((await events.next()).done, true);
  });

  test('after-vote results become visible on the stream once this participant votes', async () => {
    const controller = new AbortController();
    const client = resident();
    const events = client.polls.subscribe('poll_demo', { signal: controller.signal });
    const before = (await events.next()).value!;
    assert.equal(before.visible, false);
    assert.equal(before.hiddenReason, 'after-vote');

    const poll = await client.polls.get('poll_demo');
    await client.polls.vote('poll_demo', { optionIds: [poll.options[0]!.id] });
    const afterVote = (await events.next()).value!;
    assert.equal(afterVote.version, before.version + 1);
    assert.equal(afterVote.visible, true);
    controller.abort();
  });

  test('a for-await loop ends quietly when the signal aborts, and break closes the connection', async () => {
    const recorder = recordingFetch();
    const client = resident({ fetch: recorder.fetch });
    const controller = new AbortController();
    const seen: number[] = [];
    for await (const results of client.polls.subscribe('poll_demo_multi', { signal: controller.signal })) {
      seen.push(results.version);
      controller.abort();
    }
    assert.equal(seen.length, 1);
    assert.equal(recorder.to('/results/stream')[0]?.signal.aborted, true);

    for await (const results of client.polls.subscribe('poll_demo_multi')) {
      seen.push(results.version);
      break;
    }
    assert.equal(seen.length, 2);
    const second = recorder.to('/results/stream')[1];
    assert.equal(second?.signal.aborted, true, 'break aborted the open request');
    assert.equal(recorder.to('/results/stream').length, 2, 'and did not reconnect');
  });

  test('an unknown poll ends the iteration with a 404', async () => {
    const events = resident().polls.subscribe('no_such_poll');
    const error = await events.next().then(
      () => assert.fail('expected a 404'),
      (error: unknown) => error,
    );
    assert.ok(error instanceof InspraakApiError);
    assert.equal(error.status, 404);
  });
});

describe('polls.subscribe on one client shares one connection', () => {
  const admin = () => createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken });
  const newPoll = (question: string) =>
    admin().admin.polls.create({ question, options: [{ label: 'Ja' }, { label: 'Nee' }], resultsVisibility: 'always' });
  const voteOn = async (pollId: string) => {
    const voter = resident();
    const poll = await voter.polls.get(pollId);
    await voter.polls.vote(pollId, { optionIds: [poll.options[0]!.id] });
  };
  /** Resolves with the next value, or rejects when none comes within `ms`. */
  const within = <T>(promise: Promise<T>, ms: number) =>
    Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no value')), ms))]);

  test('three subscriptions open one stream; each gets only its poll; an abort keeps the others flowing', async () => {
    const polls = await Promise.all(['Gedeeld A?', 'Gedeeld B?', 'Gedeeld C?'].map(newPoll));
    const recorder = recordingFetch();
    const client = resident({ fetch: recorder.fetch });
    const controllers = polls.map(() => new AbortController());
    const events = polls.map((poll, index) => client.polls.subscribe(poll.id, { signal: controllers[index]!.signal }));
    const firsts = await Promise.all(events.map((iterator) => iterator.next()));
    assert.deepEqual(firsts.map((first) => first.value!.pollId), polls.map((poll) => poll.id));
    const streams = () => recorder.to('/results/stream');
    assert.equal(streams().length, 1, 'one connection for three polls');
    assert.equal(streams()[0]!.url.pathname, new URL(`${server.baseUrl}/polls/results/stream`).pathname);
    assert.deepEqual(streams()[0]!.url.searchParams.get('pollIds')!.split(',').sort(), polls.map((poll) => poll.id).sort());
    assert.equal(streams()[0]!.headers.get('inspraak-participant-token'), await client.participants.token());

    const nextA = events[0]!.next();
    const nextB = events[1]!.next();
    const nextC = events[2]!.next();
    await voteOn(polls[1]!.id);
    const b = (await nextB).value!;
    assert.equal(b.pollId, polls[1]!.id);
    assert.equal(b.version, firsts[1]!.value!.version + 1);

    // Poll A's widget goes away: the stream reopens for B and C, resuming where it was.
    controllers[0]!.abort();
    assert.equal((await nextA).done, true);
    await until(() => streams()[1]?.response, 5000, 'the stream for the remaining polls');
    assert.equal(streams().length, 2);
    assert.equal(streams()[0]!.signal.aborted, true, 'the old stream is closed');
    assert.deepEqual(streams()[1]!.url.searchParams.get('pollIds')!.split(',').sort(), [polls[1]!.id, polls[2]!.id].sort());
    assert.deepEqual(
      streams()[1]!.headers.get('last-event-id')!.split(',').sort(),
      [`${polls[1]!.id}:${b.version}`, `${polls[2]!.id}:${firsts[2]!.value!.version}`].sort(),
    );
    await voteOn(polls[2]!.id);
    const c = (await nextC).value!;
    assert.equal(c.pollId, polls[2]!.id);
    assert.equal(c.version, firsts[2]!.value!.version + 1, 'the vote, not the old results again');
    const nextB2 = events[1]!.next();
    await assert.rejects(within(nextB2, 300), /no value/, 'B was not sent again on the new stream');
    await voteOn(polls[1]!.id);
    assert.equal((await nextB2).value!.version, b.version + 1);

    // A second subscription to a poll already followed gets its latest results at once, on the same stream.
    const again = client.polls.subscribe(polls[2]!.id, { signal: controllers[2]!.signal });
    assert.deepEqual((await again.next()).value, c);
    controllers[1]!.abort();
    controllers[2]!.abort();
    await until(() => streams().every((stream) => stream.signal.aborted), 2000, 'every stream closed');
  });

  test('polls whose reads end far apart still share one stream: it opens once no other call of the client is in flight', async (t) => {
    const polls = await Promise.all(['Vroeg?', 'Laat?'].map(newPoll));
    let releaseSlowRead!: () => void;
    const slowRead = new Promise<void>((resolve) => (releaseSlowRead = resolve));
    const recorder = recordingFetch(async (input, init) => {
      const request = new Request(input, init);
      if (new URL(request.url).pathname.endsWith(`/polls/${polls[1]!.id}/results`)) await slowRead;
      return fetch(request);
    });
    const client = resident({ fetch: recorder.fetch });
    const controller = new AbortController();
    t.after(() => controller.abort());
    // As a page's poll widgets do: each subscribes once its own reads are done.
    const follow = async (pollId: string) => {
      await client.polls.results(pollId, { signal: controller.signal });
      return client.polls.subscribe(pollId, { signal: controller.signal });
    };
    const [early, late] = polls.map((poll) => follow(poll.id));
    const earlyFirst = (await early!).next();
    // The network holds the second poll's read far longer than the stream's settling time.
    await new Promise((resolve) => setTimeout(resolve, 300));
    releaseSlowRead();
    const firsts = await Promise.all([earlyFirst, (await late!).next()]);
    assert.deepEqual(firsts.map((first) => first.value!.pollId), polls.map((poll) => poll.id));
    const streams = recorder.to('/results/stream');
    assert.equal(streams.length, 1, 'one stream, opened when both polls had subscribed');
    assert.deepEqual(streams[0]!.url.searchParams.get('pollIds')!.split(',').sort(), polls.map((poll) => poll.id).sort());
  });

  test('an unknown poll fails only its own subscription', async () => {
    const recorder = recordingFetch();
    const client = resident({ fetch: recorder.fetch });
    const controller = new AbortController();
    const good = client.polls.subscribe('poll_demo_multi', { signal: controller.signal });
    const bad = client.polls.subscribe('no_such_poll', { signal: controller.signal });
    const [first, failure] = await Promise.all([good.next(), bad.next().then(() => assert.fail('expected a 404'), (error: unknown) => error)]);
    assert.ok(failure instanceof InspraakApiError);
    assert.equal(failure.status, 404);
    assert.equal(first.value!.pollId, 'poll_demo_multi');
    const streams = recorder.to('/results/stream');
    assert.equal(streams.length, 2, 'one refused stream for both, then one for the known poll');
    assert.equal(streams[1]!.url.searchParams.get('pollIds'), 'poll_demo_multi');
    controller.abort();
  });
});
