import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { assertMatchesContract } from './support/contract-response.ts';
import { call } from './support/api.ts';
import { openEventStream, type EventStreamReader } from './support/event-stream.ts';
import { adminHeaders, createPoll, newParticipant, siteHeaders, vote, voterHeaders } from './support/fixtures.ts';
import { createContractAjv } from '../src/contract/contract-ajv.ts';
import { contractId } from '../src/contract/load-contract.ts';

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
