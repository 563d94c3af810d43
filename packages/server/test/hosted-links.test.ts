// Hosted links (`/embed/<widget>/<id>`) and Open311's `jurisdiction_id` name an id and no site, so
// poll, board and map ids are unique across the server: no site can break another site's shared
// links by creating the same id. Databases that held one id on two sites before that keep
// resolving each link the way it resolved before the second site came: to the oldest row.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Migrator, sql } from 'kysely';
import { initial } from '../src/db/migrations/0001-initial.ts';
import { ideas } from '../src/db/migrations/0002-ideas.ts';
import { maps } from '../src/db/migrations/0003-maps.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { defaultGeocoder, defaultTiles } from '../src/services/map-service.ts';
import { createPoll } from '../src/services/poll-service.ts';
import { createSite } from '../src/services/site-service.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { categories } from './support/idea-fixtures.ts';
import { smallMapInput } from './support/map-fixtures.ts';

interface SiteKeys {
  id: string;
  name: string;
  publicKey: string;
  adminToken: string;
}

const bearer = (site: SiteKeys) => ({ authorization: `Bearer ${site.adminToken}` });

async function newSite(server: TestServer, name: string): Promise<SiteKeys> {
  const { site, adminToken } = await createSite(
    { db: server.app.inspraak.db, now: () => new Date() },
    { name, origins: [`https://www.${name.toLowerCase().replace(/\W+/g, '')}.nl`] },
  );
  return { id: site.id, name, publicKey: site.publicKey, adminToken };
}

/** Each kind of subject: how its admin creates one, and the hosted pages that show it. */
const kinds = [
  {
    kind: 'poll',
    operationId: 'createPoll',
    path: '/admin/polls',
    input: (title: string) => ({ question: title, options: [{ label: 'Ja' }, { label: 'Nee' }] }),
    pages: ['poll'],
  },
  {
    kind: 'board',
    operationId: 'createBoard',
    path: '/admin/boards',
    input: (title: string) => ({ title, categories }),
    pages: ['idea-form', 'idea-board'],
  },
  {
    kind: 'map',
    operationId: 'createMap',
    path: '/admin/maps',
    input: (title: string) => smallMapInput({ title }),
    pages: ['feedback-map'],
  },
] as const;

const siteKeyOnPage = (body: string) => /data-site-key="([^"]+)"/.exec(body)?.[1];
const headingOf = (body: string) => /<h1>([^<]*)<\/h1>/.exec(body)?.[1];

describe('hosted links cannot be taken over by another site', () => {
  let server: TestServer;
  let utrecht: SiteKeys;
  let squatter: SiteKeys;

  before(async () => {
    server = await startTestServer();
    utrecht = await newSite(server, 'Gemeente Utrecht');
    squatter = await newSite(server, 'Gemeente Elders');
  });
  after(() => server.close());

  for (const { kind, operationId, path: createPath, input, pages } of kinds) {
    it(`a ${kind} id another site holds is refused with 409 ${kind}-exists, and the link still shows the first site's ${kind}`, async () => {
      const id = `${kind}_stationsplein`;
      const create = (site: SiteKeys, title: string) =>
        call(server.baseUrl, operationId, { method: 'POST', path: createPath, headers: bearer(site), json: { id, ...input(title) } });
      const created = await create(utrecht, 'Utrecht vraagt');
      assert.equal(created.status, 201, created.text);
      for (const page of pages) {
        const response = await fetch(`${server.origin}/embed/${page}/${id}`);
        assert.equal(response.status, 200, page);
      }

      const squatted = await create(squatter, 'Elders vraagt');
      assert.equal(squatted.status, 409, squatted.text);
      assert.equal(squatted.body.code, `${kind}-exists`);
      assert.equal(squatted.body.title, `${kind[0]!.toUpperCase()}${kind.slice(1)} id already taken`);
      // It says the id is taken, never by whom.
      for (const secret of [utrecht.id, utrecht.name, 'Utrecht', utrecht.publicKey]) {
        assert.ok(!squatted.text.includes(secret), `the 409 does not name the holder (${secret})`);
      }

      for (const page of pages) {
        const response = await fetch(`${server.origin}/embed/${page}/${id}`);
        assert.equal(response.status, 200, `${page}: the shared link still works`);
        const body = await response.text();
        assert.equal(siteKeyOnPage(body), utrecht.publicKey, `${page}: and shows the first site's ${kind}`);
        assert.equal(headingOf(body), 'Utrecht vraagt');
      }

      // The holder itself gets the same answer for the same id, as before.
      const again = await create(utrecht, 'Nog eens');
      assert.equal(again.status, 409);
      assert.equal(again.body.code, `${kind}-exists`);
      assert.equal(again.body.detail, squatted.body.detail, 'the holder and another site read the same text');
    });
  }

  it("a map's Open311 jurisdiction_id keeps answering without api_key", async () => {
    // The map test above created map_stationsplein for Utrecht; the squatter was refused.
    const response = await fetch(`${server.origin}/open311/v2/services.json?jurisdiction_id=map_stationsplein`);
    assert.equal(response.status, 200, await response.clone().text());
    const services = (await response.json()) as Array<{ service_code: string }>;
    assert.deepEqual(services.map((s) => s.service_code), ['bankje', 'boom']);
  });

  it('two sites creating one id at the same moment: exactly one wins', async () => {
    const results = await Promise.all(
      [utrecht, squatter].map((site) =>
        call(server.baseUrl, 'createPoll', { method: 'POST', path: '/admin/polls', headers: bearer(site), json: { id: 'poll_tegelijk', ...kinds[0].input('Tegelijk') } }),
      ),
    );
    assert.deepEqual(results.map((r) => r.status).sort(), [201, 409]);
  });
});

describe('ids that two sites shared before ids became unique across the server (migration 0004)', () => {
  let dataDir: string;
  let server: TestServer;
  let older: SiteKeys;
  let younger: SiteKeys;
  const t0 = Date.parse('2026-03-01T09:00:00.000Z');
  const at = (minutes: number) => () => new Date(t0 + minutes * 60_000);

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'inspraak-legacy-ids-'));
    // A database as the previous release left it: migrations 0001-0003, ids unique per site only,
    // and two sites that chose the same ids.
    const database = openDatabase(dataDir);
    try {
      const previous = new Migrator({
        db: database.db,
        provider: { getMigrations: async () => ({ '0001-initial': initial, '0002-ideas': ideas, '0003-maps': maps }) },
      });
      const migrated = await previous.migrateToLatest();
      assert.equal(migrated.error, undefined);
      const make = async (name: string, minutes: number): Promise<SiteKeys> => {
        const { site, adminToken } = await createSite({ db: database.db, now: at(minutes) }, { name, origins: ['https://www.example.nl'] });
        return { id: site.id, name, publicKey: site.publicKey, adminToken };
      };
      older = await make('Gemeente Eerst', 0);
      younger = await make('Gemeente Later', 1);
      const ctx = (minutes: number) => ({ db: database.db, now: at(minutes) });
      // The poll and the board: the older site was first. The map: the younger site was first, so
      // "oldest row", not "oldest site", decides.
      await createPoll(ctx(10), older.id, { id: 'gedeeld', question: 'Eerst vraagt', options: [{ label: 'Ja' }, { label: 'Nee' }] });
      await createPoll(ctx(20), younger.id, { id: 'gedeeld', question: 'Later vraagt', options: [{ label: 'Ja' }, { label: 'Nee' }] });
      // Boards as the 0002 schema had them: today's board service writes columns added since.
      const legacyBoard = async (site: SiteKeys, title: string, minutes: number) => {
        const createdAt = at(minutes)().toISOString();
        const labelled = JSON.stringify(categories.map((c) => ({ id: c.id, label: c.label })));
        await sql`insert into boards (site_id, id, title, description, categories, moderation, status, support_threshold, created_at, updated_at)
          values (${site.id}, 'gedeeld', ${title}, null, ${labelled}, 'post', 'open', null, ${createdAt}, ${createdAt})`.execute(database.db);
      };
      await legacyBoard(older, 'Eerst bord', 10);
      await legacyBoard(younger, 'Later bord', 20);
      // Maps as the 0003 schema had them, likewise (today's map service writes `status`, 0012).
      const legacyMap = async (site: SiteKeys, title: string, mapCategories: unknown, minutes: number) => {
        const createdAt = at(minutes)().toISOString();
        const { center, zoom, bounds } = smallMapInput();
        await sql`insert into maps (site_id, id, title, description, center_lat, center_lng, zoom, min_zoom, max_zoom, south, west, north, east, tiles, geocoder, categories, moderation, created_at, updated_at)
          values (${site.id}, 'gedeeld', ${title}, null, ${center.lat}, ${center.lng}, ${zoom}, 10, 19, ${bounds.south}, ${bounds.west}, ${bounds.north}, ${bounds.east},
            ${JSON.stringify(defaultTiles)}, ${JSON.stringify(defaultGeocoder)}, ${JSON.stringify(mapCategories)}, 'post', ${createdAt}, ${createdAt})`.execute(database.db);
      };
      await legacyMap(older, 'Eerst kaart', smallMapInput().categories, 20);
      await legacyMap(younger, 'Later kaart', [{ code: 'later', name: 'Later', questions: [] }], 10);
      const shared = await sql<{ n: number }>`select count(*) as n from polls where id = 'gedeeld'`.execute(database.db);
      assert.equal(shared.rows[0]!.n, 2, 'the old schema let two sites hold one id');
    } finally {
      await database.close();
    }
    server = await startTestServer({ dataDir }); // runs the migrations still to run: 0004 and later
  });
  after(async () => {
    await server?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const page = async (pathname: string) => {
    const response = await fetch(`${server.origin}${pathname}`);
    const body = await response.text();
    return { status: response.status, siteKey: siteKeyOnPage(body), heading: headingOf(body) };
  };

  it('the link without ?site= shows the oldest row again (it was 404 while two sites held the id)', async () => {
    assert.deepEqual(await page('/embed/poll/gedeeld'), { status: 200, siteKey: older.publicKey, heading: 'Eerst vraagt' });
    assert.deepEqual(await page('/embed/idea-board/gedeeld'), { status: 200, siteKey: older.publicKey, heading: 'Eerst bord' });
    assert.deepEqual(await page('/embed/idea-form/gedeeld'), { status: 200, siteKey: older.publicKey, heading: 'Eerst bord' });
    assert.deepEqual(await page('/embed/feedback-map/gedeeld'), { status: 200, siteKey: younger.publicKey, heading: 'Later kaart' });
  });

  it('?site=<public key> still shows each site its own row', async () => {
    assert.deepEqual(await page(`/embed/poll/gedeeld?site=${younger.publicKey}`), { status: 200, siteKey: younger.publicKey, heading: 'Later vraagt' });
    assert.deepEqual(await page(`/embed/idea-board/gedeeld?site=${younger.publicKey}`), { status: 200, siteKey: younger.publicKey, heading: 'Later bord' });
    assert.deepEqual(await page(`/embed/feedback-map/gedeeld?site=${older.publicKey}`), { status: 200, siteKey: older.publicKey, heading: 'Eerst kaart' });
  });

  it('each site keeps using and changing its own row through the API', async () => {
    const read = await call(server.baseUrl, 'getPoll', { path: '/polls/gedeeld', headers: { 'inspraak-site-key': younger.publicKey } });
    assert.equal(read.status, 200);
    assert.equal(read.body.question, 'Later vraagt');
    const changed = await call(server.baseUrl, 'updatePoll', { method: 'PATCH', path: '/admin/polls/gedeeld', headers: bearer(younger), json: { question: 'Later vraagt opnieuw' } });
    assert.equal(changed.status, 200, changed.text);
    assert.equal((await page('/embed/poll/gedeeld')).heading, 'Eerst vraagt', "the younger site's change does not touch the shared link");
  });

  it('Open311 answers the oldest map for the shared jurisdiction_id, and api_key still picks a site', async () => {
    const codes = async (query: string) => {
      const response = await fetch(`${server.origin}/open311/v2/services.json?${query}`);
      assert.equal(response.status, 200, await response.clone().text());
      return ((await response.json()) as Array<{ service_code: string }>).map((s) => s.service_code);
    };
    assert.deepEqual(await codes('jurisdiction_id=gedeeld'), ['later']);
    assert.deepEqual(await codes(`jurisdiction_id=gedeeld&api_key=${older.publicKey}`), ['bankje', 'boom']);
  });

  it('no site, old or new, can take the id a third time', async () => {
    const third = await newSite(server, 'Gemeente Derde');
    for (const site of [third, older, younger]) {
      const response = await call(server.baseUrl, 'createPoll', { method: 'POST', path: '/admin/polls', headers: bearer(site), json: { id: 'gedeeld', ...kinds[0].input('Nog een') } });
      assert.equal(response.status, 409, site.name);
      assert.equal(response.body.code, 'poll-exists');
    }
  });
});
