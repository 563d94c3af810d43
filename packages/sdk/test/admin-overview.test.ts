/** The overview's call against the real server: counts per day of what residents did, the period, its refusals. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer } from '../../server/src/testing.ts';
import { createClient, InspraakApiError } from '../src/index.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const today = () => new Date().toISOString().slice(0, 10);

describe('admin.overview', () => {
  test('get counts today’s ballots of a new poll, every day of the default 30 listed', async () => {
    const admin = createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken });
    const poll = await admin.admin.polls.create({ question: 'Overzicht?', options: [{ label: 'Ja' }, { label: 'Nee' }] });
    for (let index = 0; index < 2; index++) {
      await createClient({ baseUrl: server.baseUrl, siteKey: server.siteKey }).polls.vote(poll.id, { optionIds: [poll.options[0]!.id] });
    }
    const overview = await admin.admin.overview.get();
    assert.equal(overview.to, today());
    assert.equal(overview.timeZone, 'UTC');
    const ours = overview.polls.find((item) => item.id === poll.id)!;
    assert.equal(ours.days.length, 30);
    assert.deepEqual(ours.days.at(-1), { date: today(), ballots: 2 });
    assert.equal(ours.totals.ballots, 2);

    const oneDay = await admin.admin.overview.get({ from: today(), to: today() });
    assert.deepEqual(oneDay.polls.find((item) => item.id === poll.id)?.days, [{ date: today(), ballots: 2 }]);
  });

  test('a period that runs backwards is an InspraakApiError that names the field', async () => {
    const admin = createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken });
    const error = await admin.admin.overview.get({ from: '2026-11-22', to: '2026-11-20' }).catch((caught: unknown) => caught);
    assert.ok(error instanceof InspraakApiError);
    assert.equal(error.status, 422);
    assert.equal(error.problem?.errors?.[0]?.code, 'period-reversed');
  });
});
