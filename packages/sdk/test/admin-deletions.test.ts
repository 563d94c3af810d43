/** Deleting a poll, board or map against the real server, with the staff reads that count first. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer } from '../../server/src/testing.ts';
import { createClient, InspraakApiError } from '../src/index.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const admin = () => createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken, retry: 0 });
const resident = () => createClient({ baseUrl: server.baseUrl, siteKey: server.siteKey, participantStore: new Map(), retry: 0 });

async function notFound(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => assert.fail('expected the call to fail'),
    (error: unknown) => error,
  );
  assert.ok(error instanceof InspraakApiError, `an InspraakApiError, got ${String(error)}`);
  assert.equal(error.status, 404);
  assert.equal(error.kind, 'not-found');
}

describe('deleting with admin.polls, admin.boards and admin.maps', () => {
  test('admin.polls.delete removes the poll and its ballots; residents then get not-found', async () => {
    const client = admin();
    const poll = await client.admin.polls.create({ question: 'Mag deze peiling weg?', options: [{ label: 'Ja' }, { label: 'Nee' }] });
    await resident().polls.vote(poll.id, { optionIds: [poll.options[0]!.id] });
    assert.equal((await client.admin.polls.results(poll.id)).totalBallots, 1);
    assert.deepEqual(await client.admin.polls.delete(poll.id), { pollId: poll.id, question: 'Mag deze peiling weg?', deleted: { poll: true, options: 2, ballots: 1 } });
    await notFound(resident().polls.get(poll.id));
    await notFound(client.admin.polls.delete(poll.id));
  });

  test('admin.boards.get counts ideas, comments and supports; admin.boards.delete removes them', async () => {
    const client = admin();
    const board = await client.admin.boards.create({ title: 'Bord om te wissen', categories: [{ id: 'cat_a', label: 'A' }] });
    const residents = resident();
    const { idea } = await residents.ideas.create(board.id, { title: 'Een idee dat meegaat', categoryId: 'cat_a' });
    await residents.ideas.support(idea.id);
    const read = await client.admin.boards.get(board.id);
    assert.equal(read.title, 'Bord om te wissen');
    assert.deepEqual(read.counts, { ideas: 1, comments: 0, supports: 1 });
    const deletion = await client.admin.boards.delete(board.id);
    assert.deepEqual(deletion.deleted, { board: true, ideas: 1, comments: 0, supports: 1, flags: 0 });
    await notFound(residents.boards.get(board.id));
    await notFound(client.admin.boards.get(board.id));
  });

  test('admin.maps.get counts reports; admin.maps.delete removes them', async () => {
    const client = admin();
    const map = await client.admin.maps.create({
      title: 'Kaart om te wissen',
      center: { lat: 52.09, lng: 5.12 },
      zoom: 15,
      bounds: { south: 52.05, west: 5.05, north: 52.13, east: 5.19 },
      categories: [{ code: 'afval', name: 'Afval', questions: [] }],
    });
    await resident().maps.reports.create(map.id, { category: 'afval', lat: 52.09, lng: 5.12, description: 'Afval bij de bank.' });
    assert.deepEqual((await client.admin.maps.get(map.id)).counts, { reports: 1, photos: 0, supports: 0 });
    const deletion = await client.admin.maps.delete(map.id);
    assert.deepEqual(deletion, { mapId: map.id, title: 'Kaart om te wissen', deleted: { map: true, reports: 1, photos: 0, supports: 0, statusUpdates: 0 } });
    await notFound(resident().maps.get(map.id));
  });
});
