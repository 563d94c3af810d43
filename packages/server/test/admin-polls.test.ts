import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { adminHeaders, countersOf, createPoll, hourAgo, hourFromNow, newParticipant, vote } from './support/fixtures.ts';

const twoOptions = [{ label: 'Ja' }, { label: 'Nee' }];

describe('admin polls', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  describe('POST /admin/polls (createPoll)', () => {
    it('creates with the contract defaults, 201 and Location', async () => {
      const response = await call(server.baseUrl, 'createPoll', {
        method: 'POST',
        path: '/admin/polls',
        headers: adminHeaders(server),
        json: { question: 'Meer bankjes?', options: [{ label: 'Ja, graag' }, { label: 'Nee' }] },
      });
      assert.equal(response.status, 201);
      const poll = response.body;
      assert.equal(response.headers.get('location'), `/v1/polls/${poll.id}`);
      assert.match(poll.id, /^poll_/);
      assert.equal(poll.selection, 'single');
      assert.equal(poll.maxChoices, 1);
      assert.equal(poll.resultsVisibility, 'after-vote');
      assert.equal(poll.minBallots, 0);
      assert.equal(poll.integrity, 'open');
      assert.equal(poll.description, null);
      assert.equal(poll.opensAt, null);
      assert.equal(poll.closesAt, null);
      assert.equal(poll.status, 'open');
      assert.deepEqual(poll.options, [{ id: 'opt_ja_graag', label: 'Ja, graag' }, { id: 'opt_nee', label: 'Nee' }]);
      const read = await call(server.baseUrl, 'getPoll', { path: `/polls/${poll.id}`, headers: { 'inspraak-site-key': server.siteKey } });
      assert.deepEqual(read.body, poll);
    });

    it('multiple choice defaults maxChoices to the number of options; own id is kept', async () => {
      const poll = await createPoll(server, { id: 'poll_eigen', question: 'Welke?', options: [{ label: 'a' }, { label: 'b' }, { label: 'c' }], selection: 'multiple' });
      assert.equal(poll.id, 'poll_eigen');
      assert.equal(poll.maxChoices, 3);
    });

    it('409 for an id that is taken', async () => {
      const response = await call(server.baseUrl, 'createPoll', {
        method: 'POST',
        path: '/admin/polls',
        headers: adminHeaders(server),
        json: { id: 'poll_demo', question: 'Dubbel?', options: twoOptions },
      });
      assert.equal(response.status, 409);
      assert.equal(response.body.code, 'poll-exists');
    });

    it('422 for the business rules, with pointers', async () => {
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [{ question: 'x', options: twoOptions, selection: 'multiple', maxChoices: 3 }, '/maxChoices', 'more-than-options'],
        [{ question: 'x', options: twoOptions, selection: 'single', maxChoices: 2 }, '/maxChoices', 'single-choice'],
        [{ question: 'x', options: twoOptions, opensAt: hourFromNow(), closesAt: hourAgo() }, '/closesAt', 'before-opens'],
        [{ question: 'x', options: [{ label: 'alleen' }] }, '/options', 'too-few'],
        [{ options: twoOptions }, '/question', 'required'],
        [{ question: '', options: twoOptions }, '/question', 'too-short'],
        [{ question: 'x', options: twoOptions, resultsVisibility: 'soms' }, '/resultsVisibility', 'not-allowed'],
        [{ question: 'x', options: twoOptions, opensAt: 'morgen' }, '/opensAt', 'invalid-format'],
        [{ question: 'x', options: [{ label: 'a', id: 'x' }, { label: 'b' }] }, '/options/0/id', 'unknown-field'],
      ];
      const before = await server.app.inspraak.db.selectFrom('polls').select('id').execute();
      for (const [json, pointer, code] of cases) {
        const response = await call(server.baseUrl, 'createPoll', { method: 'POST', path: '/admin/polls', headers: adminHeaders(server), json });
        assert.equal(response.status, 422, JSON.stringify(json));
        assert.deepEqual(
          response.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]),
          [[pointer, code]],
          JSON.stringify(json),
        );
      }
      const afterRows = await server.app.inspraak.db.selectFrom('polls').select('id').execute();
      assert.equal(afterRows.length, before.length, 'no poll was stored');
    });

    it('401 without or with a wrong admin token; 401 for a site key instead; 403 with an Origin header', async () => {
      const json = { question: 'x', options: twoOptions };
      const none = await call(server.baseUrl, 'createPoll', { method: 'POST', path: '/admin/polls', json });
      assert.equal(none.status, 401);
      assert.equal(none.headers.get('www-authenticate'), 'Bearer');
      const wrong = await call(server.baseUrl, 'createPoll', { method: 'POST', path: '/admin/polls', headers: { authorization: 'Bearer sk_nope' }, json });
      assert.equal(wrong.status, 401);
      const pk = await call(server.baseUrl, 'createPoll', { method: 'POST', path: '/admin/polls', headers: { 'inspraak-site-key': server.siteKey }, json });
      assert.equal(pk.status, 401);
      const fromBrowser = await call(server.baseUrl, 'createPoll', {
        method: 'POST',
        path: '/admin/polls',
        headers: { ...adminHeaders(server), origin: 'http://localhost:3000' },
        json,
      });
      assert.equal(fromBrowser.status, 403);
      assert.equal(fromBrowser.body.code, 'admin-token-from-browser');
    });
  });

  describe('GET /admin/polls (listPolls)', () => {
    it('pages newest first with an opaque cursor until nextCursor is null', async () => {
      const created: string[] = [];
      for (let i = 0; i < 5; i++) created.push((await createPoll(server, { question: `Lijst ${i}`, options: twoOptions })).id);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
        const response = await call(server.baseUrl, 'listPolls', { path: `/admin/polls${query}`, headers: adminHeaders(server) });
        assert.equal(response.status, 200);
        assert.ok(response.body.items.length <= 2);
        seen.push(...response.body.items.map((p: { id: string }) => p.id));
        cursor = response.body.nextCursor;
        pages++;
      } while (cursor && pages < 50);
      assert.equal(cursor, null);
      assert.equal(new Set(seen).size, seen.length, 'no poll twice');
      assert.deepEqual(seen.slice(0, 5), [...created].reverse(), 'newest first');
      assert.ok(seen.includes('poll_demo') && seen.includes('poll_demo_multi'));
    });

    it('defaults to 20 per page', async () => {
      const response = await call(server.baseUrl, 'listPolls', { path: '/admin/polls', headers: adminHeaders(server) });
      assert.ok(response.body.items.length <= 20);
    });

    it('422 for a limit out of range or a cursor it did not give out', async () => {
      for (const [query, pointer] of [['?limit=0', '#/query/limit'], ['?limit=101', '#/query/limit'], ['?limit=abc', '#/query/limit'], ['?cursor=bm9wZQ', '#/query/cursor']]) {
        const response = await call(server.baseUrl, 'listPolls', { path: `/admin/polls${query}`, headers: adminHeaders(server) });
        assert.equal(response.status, 422, query);
        assert.equal(response.body.errors[0].pointer, pointer);
      }
    });

    it('401 without token, 403 with Origin', async () => {
      assert.equal((await call(server.baseUrl, 'listPolls', { path: '/admin/polls' })).status, 401);
      const browser = await call(server.baseUrl, 'listPolls', { path: '/admin/polls', headers: { ...adminHeaders(server), origin: 'http://localhost:5173' } });
      assert.equal(browser.status, 403);
    });
  });

  describe('PATCH /admin/polls/{pollId} (updatePoll)', () => {
    it('merges: left-out members stay, null clears', async () => {
      const poll = await createPoll(server, { question: 'Oud?', description: 'Uitleg', options: twoOptions, closesAt: hourFromNow() });
      const response = await call(server.baseUrl, 'updatePoll', {
        method: 'PATCH',
        path: `/admin/polls/${poll.id}`,
        headers: { ...adminHeaders(server), 'content-type': 'application/merge-patch+json' },
        body: JSON.stringify({ question: 'Nieuw?', description: null, closesAt: null, minBallots: 5 }),
      });
      assert.equal(response.status, 200);
      assert.equal(response.body.question, 'Nieuw?');
      assert.equal(response.body.description, null);
      assert.equal(response.body.closesAt, null);
      assert.equal(response.body.minBallots, 5);
      assert.deepEqual(response.body.options, poll.options);
      assert.equal(response.body.resultsVisibility, poll.resultsVisibility);
      assert.ok(response.body.updatedAt > (poll.updatedAt as string));
    });

    it('replaces options while there are no ballots, 409 poll-has-ballots after', async () => {
      const poll = await createPoll(server, { question: 'Opties?', options: twoOptions });
      const replaced = await call(server.baseUrl, 'updatePoll', {
        method: 'PATCH',
        path: `/admin/polls/${poll.id}`,
        headers: adminHeaders(server),
        json: { options: [{ label: 'Rood' }, { label: 'Groen' }, { label: 'Blauw' }] },
      });
      assert.equal(replaced.status, 200);
      assert.deepEqual(replaced.body.options.map((o: { id: string }) => o.id), ['opt_rood', 'opt_groen', 'opt_blauw']);
      await vote(server, poll.id, await newParticipant(server), ['opt_rood']);
      const before = await countersOf(server, poll.id);
      const refused = await call(server.baseUrl, 'updatePoll', {
        method: 'PATCH',
        path: `/admin/polls/${poll.id}`,
        headers: adminHeaders(server),
        json: { options: twoOptions },
      });
      assert.equal(refused.status, 409);
      assert.equal(refused.body.code, 'poll-has-ballots');
      assert.deepEqual(await countersOf(server, poll.id), before);
    });

    it('switching to single choice sets maxChoices to 1; 422 for an impossible combination', async () => {
      const poll = await createPoll(server, { question: 'Meer?', options: twoOptions, selection: 'multiple' });
      const single = await call(server.baseUrl, 'updatePoll', { method: 'PATCH', path: `/admin/polls/${poll.id}`, headers: adminHeaders(server), json: { selection: 'single' } });
      assert.equal(single.body.maxChoices, 1);
      const bad = await call(server.baseUrl, 'updatePoll', { method: 'PATCH', path: `/admin/polls/${poll.id}`, headers: adminHeaders(server), json: { maxChoices: 2 } });
      assert.equal(bad.status, 422);
      assert.equal(bad.body.errors[0].pointer, '/maxChoices');
    });

    it('422 for an empty patch or an unknown member; 415 for text; 404 for an unknown poll; 403 with Origin', async () => {
      const empty = await call(server.baseUrl, 'updatePoll', { method: 'PATCH', path: '/admin/polls/poll_demo', headers: adminHeaders(server), json: {} });
      assert.equal(empty.status, 422);
      assert.equal(empty.body.errors[0].code, 'empty');
      const unknown = await call(server.baseUrl, 'updatePoll', { method: 'PATCH', path: '/admin/polls/poll_demo', headers: adminHeaders(server), json: { status: 'closed' } });
      assert.equal(unknown.status, 422);
      assert.equal(unknown.body.errors[0].pointer, '/status');
      const text = await call(server.baseUrl, 'updatePoll', {
        method: 'PATCH',
        path: '/admin/polls/poll_demo',
        headers: { ...adminHeaders(server), 'content-type': 'text/plain' },
        body: 'hallo',
      });
      assert.equal(text.status, 415);
      const missing = await call(server.baseUrl, 'updatePoll', { method: 'PATCH', path: '/admin/polls/poll_nope', headers: adminHeaders(server), json: { question: 'x' } });
      assert.equal(missing.status, 404);
      const browser = await call(server.baseUrl, 'updatePoll', {
        method: 'PATCH',
        path: '/admin/polls/poll_demo',
        headers: { ...adminHeaders(server), origin: 'http://localhost:3000' },
        json: { question: 'x' },
      });
      assert.equal(browser.status, 403);
    });
  });

  describe('POST /admin/polls/{pollId}/close (closePoll)', () => {
    it('closes an open poll; 409 when already closed; votes then refused', async () => {
      const poll = await createPoll(server, { question: 'Sluiten?', options: twoOptions });
      const closed = await call(server.baseUrl, 'closePoll', { method: 'POST', path: `/admin/polls/${poll.id}/close`, headers: adminHeaders(server) });
      assert.equal(closed.status, 200);
      assert.equal(closed.body.status, 'closed');
      assert.ok(closed.body.closesAt);
      const again = await call(server.baseUrl, 'closePoll', { method: 'POST', path: `/admin/polls/${poll.id}/close`, headers: adminHeaders(server) });
      assert.equal(again.status, 409);
      assert.equal(again.body.code, 'poll-already-closed');
      const ballot = await vote(server, poll.id, await newParticipant(server), [poll.options[0]!.id]);
      assert.equal(ballot.status, 409);
    });

    it('closes a scheduled poll too; 404 unknown; 401/403', async () => {
      const poll = await createPoll(server, { question: 'Gepland?', options: twoOptions, opensAt: hourFromNow() });
      const closed = await call(server.baseUrl, 'closePoll', { method: 'POST', path: `/admin/polls/${poll.id}/close`, headers: adminHeaders(server) });
      assert.equal(closed.body.status, 'closed');
      assert.ok(closed.body.opensAt <= closed.body.closesAt);
      assert.equal((await call(server.baseUrl, 'closePoll', { method: 'POST', path: '/admin/polls/poll_nope/close', headers: adminHeaders(server) })).status, 404);
      assert.equal((await call(server.baseUrl, 'closePoll', { method: 'POST', path: '/admin/polls/poll_demo/close' })).status, 401);
      const browser = await call(server.baseUrl, 'closePoll', {
        method: 'POST',
        path: '/admin/polls/poll_demo/close',
        headers: { ...adminHeaders(server), origin: 'http://localhost:3000' },
      });
      assert.equal(browser.status, 403);
    });
  });

  describe('GET /admin/polls/{pollId}/results (getPollResultsForStaff)', () => {
    it('counts now while residents see none yet, never cached; 404 unknown; 401 without token', async () => {
      const poll = await createPoll(server, { question: 'Voor de console?', options: twoOptions, resultsVisibility: 'after-close' });
      await vote(server, poll.id, await newParticipant(server), [poll.options[1]!.id]);
      const resident = await call(server.baseUrl, 'getPollResults', { path: `/polls/${poll.id}/results`, headers: { 'inspraak-site-key': server.siteKey } });
      assert.equal(resident.body.visible, false, 'residents wait for the close');
      const staff = await call(server.baseUrl, 'getPollResultsForStaff', { path: `/admin/polls/${poll.id}/results`, headers: adminHeaders(server) });
      assert.equal(staff.status, 200);
      assert.equal(staff.headers.get('cache-control'), 'no-store');
      assert.equal(staff.body.visible, true);
      assert.equal(staff.body.totalBallots, 1);
      assert.deepEqual(
        staff.body.options?.map((option: { count: number }) => option.count),
        [0, 1],
      );
      assert.equal((await call(server.baseUrl, 'getPollResultsForStaff', { path: '/admin/polls/poll_nope/results', headers: adminHeaders(server) })).status, 404);
      assert.equal((await call(server.baseUrl, 'getPollResultsForStaff', { path: `/admin/polls/${poll.id}/results` })).status, 401);
    });
  });

  describe('GET /admin/polls/{pollId}/results.csv (exportPollResults)', () => {
    it('RFC 4180 CSV with BOM, header, one row per option, total; whatever the visibility', async () => {
      const poll = await createPoll(server, {
        question: 'Export?',
        options: [{ label: '=HYPERLINK("http://evil")' }, { label: 'Fiets, "snel"' }, { label: 'Één' }],
        resultsVisibility: 'never',
      });
      await vote(server, poll.id, await newParticipant(server), [poll.options[0]!.id]);
      await vote(server, poll.id, await newParticipant(server), [poll.options[1]!.id]);
      await vote(server, poll.id, await newParticipant(server), [poll.options[1]!.id]);
      const response = await fetch(`${server.baseUrl}/admin/polls/${poll.id}/results.csv`, { headers: adminHeaders(server) });
      const bytes = new Uint8Array(await response.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
      const checked = await call(server.baseUrl, 'exportPollResults', { path: `/admin/polls/${poll.id}/results.csv`, headers: adminHeaders(server) });
      assert.equal(checked.status, 200);
      assert.equal(checked.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.equal(checked.headers.get('content-disposition'), `attachment; filename="${poll.id}-results.csv"`);
      const text = new TextDecoder().decode(bytes.slice(3));
      assert.equal(
        text,
        [
          'option_id,option,ballots,percentage',
          `${poll.options[0]!.id},"'=HYPERLINK(""http://evil"")",1,33.3`,
          `${poll.options[1]!.id},"Fiets, ""snel""",2,66.7`,
          `${poll.options[2]!.id},Één,0,0.0`,
          'total,,3,',
          '',
        ].join('\r\n'),
      );
    });

    it('404 for an unknown poll; 401 without token; 403 with Origin', async () => {
      assert.equal((await call(server.baseUrl, 'exportPollResults', { path: '/admin/polls/poll_nope/results.csv', headers: adminHeaders(server) })).status, 404);
      assert.equal((await call(server.baseUrl, 'exportPollResults', { path: '/admin/polls/poll_demo/results.csv' })).status, 401);
      const browser = await call(server.baseUrl, 'exportPollResults', {
        path: '/admin/polls/poll_demo/results.csv',
        headers: { ...adminHeaders(server), origin: 'http://localhost:3000' },
      });
      assert.equal(browser.status, 403);
    });
  });
});
