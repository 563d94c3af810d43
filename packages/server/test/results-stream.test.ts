import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { assertMatchesContract } from './support/contract-response.ts';
import { call } from './support/api.ts';
import { openEventStream, type EventStreamReader } from './support/event-stream.ts';
import { adminHeaders, createPoll, newParticipant, siteHeaders, vote, voterHeaders } from './support/fixtures.ts';
import { createContractAjv } from '../src/contract/contract-ajv.ts';
import { contractId } from '@inspraak/contract/loader';

const validateResults = createContractAjv().compile({ $ref: `${contractId}#/components/schemas/PollResults` });

function parseResults(data: string) {
  const results: unknown = JSON.parse(data);
  assert.ok(validateResults(results), JSON.stringify(validateResults.errors));
  return results as { version: number; visible: boolean; hiddenReason: string | null; totalBallots?: number };
}

describe('GET /polls/{pollId}/results/stream (streamPollResults)', () => {
  let server: TestServer;
  const open: EventStreamReader[] = [];
  before(async () => {
    server = await startTestServer({ env: { INSPRAAK_SSE_HEARTBEAT_MS: '200', INSPRAAK_SSE_MIN_INTERVAL_MS: '250' } });
  });
  after(async () => {
    for (const stream of open) stream.close();
    await server.close();
  });

  async function stream(pollId: string, headers: Record<string, string>) {
    const reader = await openEventStream(`${server.baseUrl}/polls/${pollId}/results/stream`, headers);
    open.push(reader);
    assertMatchesContract('streamPollResults', { status: reader.status, headers: reader.headers, text: '' });
    return reader;
  }

  it('sends the current results at once, then a ballot within one second', async () => {
    const poll = await createPoll(server, { question: 'Live?', options: [{ label: 'a' }, { label: 'b' }], resultsVisibility: 'always' });
    const reader = await stream(poll.id, siteHeaders(server));
    assert.equal(reader.status, 200);
    assert.equal(reader.headers.get('content-type'), 'text/event-stream; charset=utf-8');
    const first = await reader.next();
    assert.equal(first.event, 'results');
    assert.equal(first.id, '0');
    assert.equal(parseResults(first.data).totalBallots, 0);

    const token = await newParticipant(server);
    const sentAt = Date.now();
    await vote(server, poll.id, token, [poll.options[0]!.id]);
    const update = await reader.next(1000);
    assert.ok(Date.now() - sentAt < 1000, 'within one second');
    assert.equal(update.id, '1');
    assert.equal(parseResults(update.data).totalBallots, 1);
  });

  it('coalesces a burst of ballots into few events, ending at the latest version', async () => {
    const poll = await createPoll(server, { question: 'Burst?', options: [{ label: 'a' }, { label: 'b' }], resultsVisibility: 'always' });
    const reader = await stream(poll.id, siteHeaders(server));
    await reader.next();
    const tokens = await Promise.all(Array.from({ length: 10 }, () => newParticipant(server)));
    const started = Date.now();
    await Promise.all(tokens.map((token) => vote(server, poll.id, token, [poll.options[1]!.id])));
    const events = [];
    for (;;) {
      const event = await reader.next(1500);
      events.push(event);
      if (event.id === '10') break;
    }
    // At most one event per 250 ms window (plus the one that opens it), never one per ballot.
    const windows = Math.ceil((Date.now() - started) / 250) + 1;
    assert.ok(events.length < 10 && events.length <= windows, `a burst of 10 ballots gave ${events.length} events in ${windows} windows`);
    assert.equal(parseResults(events.at(-1)!.data).totalBallots, 10);
  });

  it('skips the first event when Last-Event-ID names the current version', async () => {
    const poll = await createPoll(server, { question: 'Hervat?', options: [{ label: 'a' }, { label: 'b' }], resultsVisibility: 'always' });
    await vote(server, poll.id, await newParticipant(server), [poll.options[0]!.id]);
    const current = await stream(poll.id, { ...siteHeaders(server), 'last-event-id': '1' });
    await assert.rejects(current.next(400), /no event/);
    const stale = await stream(poll.id, { ...siteHeaders(server), 'last-event-id': '0' });
    assert.equal((await stale.next()).id, '1');
    await vote(server, poll.id, await newParticipant(server), [poll.options[1]!.id]);
    assert.equal((await current.next(1000)).id, '2');
  });

  it('keeps visibility per stream: after-vote shows a voter counts, a bystander the hidden reason', async () => {
    const poll = await createPoll(server, { question: 'Per stroom?', options: [{ label: 'a' }, { label: 'b' }], resultsVisibility: 'after-vote' });
    const voter = await newParticipant(server);
    const voterStream = await stream(poll.id, voterHeaders(server, voter));
    const bystanderStream = await stream(poll.id, siteHeaders(server));
    assert.equal(parseResults((await voterStream.next()).data).hiddenReason, 'after-vote');
    assert.equal(parseResults((await bystanderStream.next()).data).hiddenReason, 'after-vote');
    await vote(server, poll.id, voter, [poll.options[0]!.id]);
    const seen = parseResults((await voterStream.next(1000)).data);
    assert.equal(seen.visible, true);
    assert.equal(seen.totalBallots, 1);
    const hidden = parseResults((await bystanderStream.next(1000)).data);
    assert.equal(hidden.visible, false);
    assert.equal(hidden.totalBallots, undefined);
    await call(server.baseUrl, 'closePoll', { method: 'POST', path: `/admin/polls/${poll.id}/close`, headers: adminHeaders(server) });
    assert.equal(parseResults((await bystanderStream.next(1000)).data).visible, true, 'visible to all once closed');
  });

  it('sends heartbeat comments', async () => {
    const reader = await stream('poll_demo_multi', siteHeaders(server));
    await reader.next();
    await sleep(450);
    assert.ok(reader.comments.includes('heartbeat'), `comments: ${reader.comments.join(',')}`);
  });

  it('cleans up when the client goes away', async () => {
    const hub = server.app.inspraak.live;
    const before = hub.streamCount;
    const reader = await stream('poll_demo', siteHeaders(server));
    await reader.next();
    assert.equal(hub.streamCount, before + 1);
    reader.close();
    for (let i = 0; i < 50 && hub.streamCount !== before; i++) await sleep(20);
    assert.equal(hub.streamCount, before);
  });

  it('answers problems before streaming: 404 unknown poll, 401 without key', async () => {
    const missing = await call(server.baseUrl, 'streamPollResults', { path: '/polls/poll_nope/results/stream', headers: siteHeaders(server) });
    assert.equal(missing.status, 404);
    const noKey = await call(server.baseUrl, 'streamPollResults', { path: '/polls/poll_demo/results/stream' });
    assert.equal(noKey.status, 401);
    const badId = await call(server.baseUrl, 'streamPollResults', {
      path: '/polls/poll_demo/results/stream',
      headers: { ...siteHeaders(server), 'last-event-id': 'x'.repeat(40) },
    });
    assert.equal(badId.status, 400);
  });

  it('closing the server ends open streams', async () => {
    const own = await startTestServer();
    const reader = await openEventStream(`${own.baseUrl}/polls/poll_demo/results/stream`, siteHeaders(own));
    await reader.next();
    await own.close();
    await assert.rejects(reader.next(1000), /stream ended/);
  });
});

describe('GET /polls/results/stream (streamResultsOfPolls)', () => {
  let server: TestServer;
  const open: EventStreamReader[] = [];
  before(async () => {
    server = await startTestServer({ env: { INSPRAAK_SSE_HEARTBEAT_MS: '200', INSPRAAK_SSE_MIN_INTERVAL_MS: '250' } });
  });
  after(async () => {
    for (const stream of open) stream.close();
    await server.close();
  });

  async function stream(pollIds: string[], headers: Record<string, string>) {
    const reader = await openEventStream(`${server.baseUrl}/polls/results/stream?pollIds=${pollIds.join(',')}`, headers);
    open.push(reader);
    assertMatchesContract('streamResultsOfPolls', { status: reader.status, headers: reader.headers, text: '' });
    return reader;
  }
  const twoOptions = (question: string, resultsVisibility = 'always') =>
    createPoll(server, { question, options: [{ label: 'a' }, { label: 'b' }], resultsVisibility });
  /** The next events, by poll id. */
  async function nextEvents(reader: EventStreamReader, count: number, timeoutMs = 1000) {
    const events = new Map<string, { id: string; results: ReturnType<typeof parseResults> & { pollId: string } }>();
    for (let i = 0; i < count; i++) {
      const event = await reader.next(timeoutMs);
      assert.equal(event.event, 'results');
      const results = parseResults(event.data) as ReturnType<typeof parseResults> & { pollId: string };
      events.set(results.pollId, { id: event.id!, results });
    }
    return events;
  }

  it('sends the current results of each poll, then each poll’s ballots, with headers as the single stream', async () => {
    const a = await twoOptions('Twee A?');
    const b = await twoOptions('Twee B?');
    const reader = await stream([a.id, b.id], siteHeaders(server));
    assert.equal(reader.status, 200);
    assert.equal(reader.headers.get('content-type'), 'text/event-stream; charset=utf-8');
    assert.equal(reader.headers.get('cache-control'), 'no-cache, no-store, no-transform');
    assert.ok(reader.headers.get('x-request-id'));
    const first = await nextEvents(reader, 2);
    assert.deepEqual([...first.keys()].sort(), [a.id, b.id].sort());
    assert.equal(first.get(a.id)!.results.totalBallots, 0);
    assert.match(first.get(b.id)!.id, new RegExp(`(^|,)${b.id}:0(,|$)`));

    await vote(server, b.id, await newParticipant(server), [b.options[0]!.id]);
    const [onlyB] = [...(await nextEvents(reader, 1)).values()];
    assert.equal(onlyB!.results.pollId, b.id);
    assert.equal(onlyB!.results.totalBallots, 1);
    assert.deepEqual(onlyB!.id.split(',').sort(), [`${a.id}:0`, `${b.id}:1`].sort());
    await vote(server, a.id, await newParticipant(server), [a.options[1]!.id]);
    const [onlyA] = [...(await nextEvents(reader, 1)).values()];
    assert.equal(onlyA!.results.pollId, a.id);
    assert.deepEqual(onlyA!.id.split(',').sort(), [`${a.id}:1`, `${b.id}:1`].sort());
  });

  it('resumes with Last-Event-ID: sends only the polls whose version changed or that are new', async () => {
    const a = await twoOptions('Hervat A?');
    const b = await twoOptions('Hervat B?');
    const c = await twoOptions('Hervat C?');
    await vote(server, a.id, await newParticipant(server), [a.options[0]!.id]);
    // The client had a at 0 (now 1), b at 0 (current) and never had c.
    const reader = await stream([a.id, b.id, c.id], { ...siteHeaders(server), 'last-event-id': `${a.id}:0,${b.id}:0` });
    const sent = await nextEvents(reader, 2);
    assert.deepEqual([...sent.keys()].sort(), [a.id, c.id].sort());
    assert.equal(sent.get(a.id)!.results.version, 1);
    await assert.rejects(reader.next(400), /no event/, 'nothing for b');
    const current = await stream([a.id, b.id], { ...siteHeaders(server), 'last-event-id': `${a.id}:1,${b.id}:0,${c.id}:0` });
    await assert.rejects(current.next(400), /no event/);
    await vote(server, b.id, await newParticipant(server), [b.options[0]!.id]);
    const event = await current.next(1000);
    assert.equal(parseResults(event.data).version, 1);
    assert.deepEqual(event.id!.split(',').sort(), [`${a.id}:1`, `${b.id}:1`].sort(), 'only the polls on this stream');
  });

  it('keeps visibility per poll and per participant, as the single stream', async () => {
    const open = await twoOptions('Altijd?', 'always');
    const afterVote = await twoOptions('Na stemmen?', 'after-vote');
    const voter = await newParticipant(server);
    const voterStream = await stream([open.id, afterVote.id], voterHeaders(server, voter));
    const bystander = await stream([open.id, afterVote.id], siteHeaders(server));
    for (const reader of [voterStream, bystander]) {
      const first = await nextEvents(reader, 2);
      assert.equal(first.get(open.id)!.results.visible, true);
      assert.equal(first.get(afterVote.id)!.results.hiddenReason, 'after-vote');
    }
    await vote(server, afterVote.id, voter, [afterVote.options[0]!.id]);
    const seen = (await nextEvents(voterStream, 1)).get(afterVote.id)!.results;
    assert.equal(seen.visible, true);
    assert.equal(seen.totalBallots, 1);
    const hidden = (await nextEvents(bystander, 1)).get(afterVote.id)!.results;
    assert.equal(hidden.visible, false);
    assert.equal(hidden.totalBallots, undefined);
  });

  it('sends one heartbeat per stream and cleans up every poll when the client goes away', async () => {
    const hub = server.app.inspraak.live;
    const before = hub.streamCount;
    const reader = await stream(['poll_demo', 'poll_demo_multi'], siteHeaders(server));
    await nextEvents(reader, 2);
    assert.equal(hub.streamCount, before + 2);
    await sleep(450);
    assert.ok(reader.comments.includes('heartbeat'), `comments: ${reader.comments.join(',')}`);
    const beats = reader.comments.filter((comment) => comment === 'heartbeat').length;
    assert.ok(beats <= 3, `${beats} heartbeats in 450 ms at 200 ms: one per stream, not one per poll`);
    reader.close();
    for (let i = 0; i < 50 && hub.streamCount !== before; i++) await sleep(20);
    assert.equal(hub.streamCount, before);
  });

  it('answers problems before streaming: 404 naming the unknown poll, 422 for too many or no ids, 401 without key', async () => {
    const missing = await call(server.baseUrl, 'streamResultsOfPolls', { path: '/polls/results/stream?pollIds=poll_demo,poll_nope', headers: siteHeaders(server) });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.code, 'not-found');
    assert.deepEqual(missing.body.errors.map((e: { pointer: string }) => e.pointer), ['#/query/pollIds/1']);
    const ids = Array.from({ length: 21 }, (_, i) => `poll_${i}`).join(',');
    const tooMany = await call(server.baseUrl, 'streamResultsOfPolls', { path: `/polls/results/stream?pollIds=${ids}`, headers: siteHeaders(server) });
    assert.equal(tooMany.status, 422);
    assert.equal(tooMany.body.errors[0].pointer, '#/query/pollIds');
    const none = await call(server.baseUrl, 'streamResultsOfPolls', { path: '/polls/results/stream', headers: siteHeaders(server) });
    assert.equal(none.status, 422);
    const badId = await call(server.baseUrl, 'streamResultsOfPolls', { path: '/polls/results/stream?pollIds=poll_demo,bad%20id', headers: siteHeaders(server) });
    assert.equal(badId.status, 422);
    assert.equal(badId.body.errors[0].pointer, '#/query/pollIds/1');
    const noKey = await call(server.baseUrl, 'streamResultsOfPolls', { path: '/polls/results/stream?pollIds=poll_demo' });
    assert.equal(noKey.status, 401);
    const longId = await call(server.baseUrl, 'streamResultsOfPolls', {
      path: '/polls/results/stream?pollIds=poll_demo',
      headers: { ...siteHeaders(server), 'last-event-id': 'x'.repeat(2001) },
    });
    assert.equal(longId.status, 400);
  });
});
