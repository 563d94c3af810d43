import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoReportIds } from '../src/db/demo-seed.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { newParticipant, voterHeaders } from './support/fixtures.ts';
import {
  adminKeyHeaders,
  createMapAsAdmin,
  createReport,
  jpegWithGps,
  newReport,
  reportCount,
  siteKeyHeaders,
  smallMapInput,
  uploadPhoto,
} from './support/map-fixtures.ts';

describe('feedback maps (admin side)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const mapCount = async () => (await server.app.inspraak.db.selectFrom('maps').select('id').execute()).length;

  describe('POST /admin/maps (createMap)', () => {
    it('201 with Location and the defaults: OpenStreetMap tiles, Nominatim, post-moderation, zoom range', async () => {
      const response = await call(server.baseUrl, 'createMap', { method: 'POST', path: '/admin/maps', headers: adminKeyHeaders(server), json: smallMapInput() });
      assert.equal(response.status, 201);
      const map = response.body;
      assert.match(map.id, /^map_/);
      assert.equal(response.headers.get('location'), `/v1/maps/${map.id}`);
      assert.equal(map.tiles.urlTemplate, 'https://tile.openstreetmap.org/{z}/{x}/{y}.png');
      assert.deepEqual(map.geocoder, { kind: 'nominatim', url: 'https://nominatim.openstreetmap.org' });
      assert.equal(map.moderation, 'post');
      assert.deepEqual([map.minZoom, map.zoom, map.maxZoom], [10, 14, 19]);
      assert.equal(map.description, null);
      const read = await call(server.baseUrl, 'getMap', { path: `/maps/${map.id}`, headers: siteKeyHeaders(server) });
      assert.deepEqual(read.body, map);
    });

    it('keeps a PDOK base map, PDOK geocoder and an own id; 409 when the id is taken', async () => {
      const pdok = {
        urlTemplate: 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
        attribution: 'Kaartgegevens © Kadaster',
      };
      const geocoder = { kind: 'pdok-locatieserver', url: 'https://api.pdok.nl/bzk/locatieserver/search/v3_1' };
      const map = await createMapAsAdmin(server, smallMapInput({ id: 'map_pdok', tiles: pdok, geocoder }));
      assert.equal(map.id, 'map_pdok');
      assert.deepEqual(map.tiles, pdok);
      assert.deepEqual(map.geocoder, geocoder);
      const taken = await call(server.baseUrl, 'createMap', { method: 'POST', path: '/admin/maps', headers: adminKeyHeaders(server), json: smallMapInput({ id: 'map_pdok' }) });
      assert.equal(taken.status, 409);
      assert.equal(taken.body.code, 'map-exists');
    });

    it('422 for the rules, with pointers; nothing stored', async () => {
      const question = (extra: Record<string, unknown>) => [{ code: 'c', name: 'C', questions: [{ id: 'q', label: 'Q', required: true, ...extra }] }];
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [smallMapInput({ bounds: { south: 52.5, west: 4.8, north: 52.3, east: 5.0 } }), '/bounds', 'invalid-bounds'],
        [smallMapInput({ center: { lat: 51, lng: 4.9 } }), '/center', 'outside-bounds'],
        [smallMapInput({ zoom: 5 }), '/zoom', 'out-of-range'],
        [smallMapInput({ minZoom: 15, maxZoom: 12 }), '/minZoom', 'too-large'],
        [smallMapInput({ geocoder: { kind: 'nominatim', url: null } }), '/geocoder/url', 'required'],
        [smallMapInput({ categories: [{ code: 'a', name: 'A', questions: [] }, { code: 'a', name: 'B', questions: [] }] }), '/categories/1/code', 'duplicate'],
        [smallMapInput({ categories: question({ kind: 'choice' }) }), '/categories/0/questions/0/choices', 'required'],
        [smallMapInput({ categories: question({ kind: 'text', choices: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] }) }), '/categories/0/questions/0/choices', 'not-allowed'],
        [smallMapInput({ categories: [] }), '/categories', 'too-few'],
        [smallMapInput({ center: { lat: 'noord', lng: 4.9 } }), '/center/lat', 'wrong-type'],
        [smallMapInput({ tiles: { urlTemplate: 'ftp://tiles', attribution: 'x' } }), '/tiles/urlTemplate', 'invalid-format'],
        [smallMapInput({ moderation: 'soms' }), '/moderation', 'not-allowed'],
      ];
      const before = await mapCount();
      for (const [json, pointer, code] of cases) {
        const response = await call(server.baseUrl, 'createMap', { method: 'POST', path: '/admin/maps', headers: adminKeyHeaders(server), json });
        assert.equal(response.status, 422, `${pointer} ${code}`);
        assert.deepEqual(response.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]), [[pointer, code]]);
      }
      assert.equal(await mapCount(), before);
    });

    it('401 without a token, 403 from a browser', async () => {
      assert.equal((await call(server.baseUrl, 'createMap', { method: 'POST', path: '/admin/maps', json: smallMapInput() })).status, 401);
      const browser = await call(server.baseUrl, 'createMap', {
        method: 'POST',
        path: '/admin/maps',
        headers: { ...adminKeyHeaders(server), origin: 'http://localhost:3000' },
        json: smallMapInput(),
      });
      assert.equal(browser.status, 403);
    });
  });

  describe('PATCH /admin/maps/{mapId} (updateMap)', () => {
    it('merges; the ETag of the public map changes', async () => {
      const map = await createMapAsAdmin(server, smallMapInput());
      const etag = (await call(server.baseUrl, 'getMap', { path: `/maps/${map.id}`, headers: siteKeyHeaders(server) })).headers.get('etag');
      const response = await call(server.baseUrl, 'updateMap', {
        method: 'PATCH',
        path: `/admin/maps/${map.id}`,
        headers: { ...adminKeyHeaders(server), 'content-type': 'application/merge-patch+json' },
        body: JSON.stringify({ title: 'Nieuwe titel', moderation: 'pre', zoom: 16 }),
      });
      assert.equal(response.status, 200);
      assert.equal(response.body.title, 'Nieuwe titel');
      assert.equal(response.body.moderation, 'pre');
      assert.equal(response.body.zoom, 16);
      assert.deepEqual(response.body.categories, map.categories);
      const after = await call(server.baseUrl, 'getMap', { path: `/maps/${map.id}`, headers: { ...siteKeyHeaders(server), 'if-none-match': etag! } });
      assert.equal(after.status, 200);
    });

    it('409 when a category that reports use is left out; 422 for broken rules; 404; 403', async () => {
      const map = await createMapAsAdmin(server, smallMapInput());
      await newReport(server, { category: 'boom', lat: 52.4, lng: 4.9 }, map.id);
      const dropped = await call(server.baseUrl, 'updateMap', {
        method: 'PATCH',
        path: `/admin/maps/${map.id}`,
        headers: adminKeyHeaders(server),
        json: { categories: [{ code: 'bankje', name: 'Bankje', questions: [] }] },
      });
      assert.equal(dropped.status, 409);
      assert.equal(dropped.body.code, 'category-in-use');
      const renamed = await call(server.baseUrl, 'updateMap', {
        method: 'PATCH',
        path: `/admin/maps/${map.id}`,
        headers: adminKeyHeaders(server),
        json: { categories: [{ code: 'boom', name: 'Bomen', questions: [] }] },
      });
      assert.equal(renamed.status, 200);
      const broken = await call(server.baseUrl, 'updateMap', { method: 'PATCH', path: `/admin/maps/${map.id}`, headers: adminKeyHeaders(server), json: { center: { lat: 10, lng: 10 } } });
      assert.equal(broken.status, 422);
      assert.equal(broken.body.errors[0].pointer, '/center');
      const empty = await call(server.baseUrl, 'updateMap', { method: 'PATCH', path: `/admin/maps/${map.id}`, headers: adminKeyHeaders(server), json: {} });
      assert.equal(empty.status, 422);
      assert.equal((await call(server.baseUrl, 'updateMap', { method: 'PATCH', path: '/admin/maps/map_nope', headers: adminKeyHeaders(server), json: { title: 'x' } })).status, 404);
      const browser = await call(server.baseUrl, 'updateMap', {
        method: 'PATCH',
        path: `/admin/maps/${map.id}`,
        headers: { ...adminKeyHeaders(server), origin: 'http://localhost:3000' },
        json: { title: 'x' },
      });
      assert.equal(browser.status, 403);
    });

    it('closing a map: no new reports (409 map-closed, nothing stored); reports stay readable, supports and photos still count; reopening takes reports again', async () => {
      const map = await createMapAsAdmin(server, smallMapInput());
      assert.equal(map.status, 'open');
      const { report, receipt } = await newReport(server, { category: 'boom', lat: 52.4, lng: 4.9 }, map.id);
      const setStatus = (status: string) =>
        call(server.baseUrl, 'updateMap', { method: 'PATCH', path: `/admin/maps/${map.id}`, headers: adminKeyHeaders(server), json: { status } });
      const closed = await setStatus('closed');
      assert.equal(closed.status, 200);
      assert.equal(closed.body.status, 'closed');
      assert.equal((await call(server.baseUrl, 'getMap', { path: `/maps/${map.id}`, headers: siteKeyHeaders(server) })).body.status, 'closed');

      const before = await reportCount(server);
      const refused = await createReport(server, { category: 'boom', lat: 52.4, lng: 4.9, description: 'Nog een boom.' }, map.id);
      assert.equal(refused.status, 409);
      assert.equal(refused.body.code, 'map-closed');
      assert.equal(await reportCount(server), before);

      const listed = await call(server.baseUrl, 'listReports', { path: `/maps/${map.id}/reports`, headers: siteKeyHeaders(server) });
      assert.deepEqual(listed.body.items.map((item: { id: string }) => item.id), [report.id]);
      const support = await call(server.baseUrl, 'supportReport', {
        method: 'POST',
        path: `/reports/${report.id}/supports`,
        headers: voterHeaders(server, await newParticipant(server)),
      });
      assert.equal(support.status, 201);
      const photo = await uploadPhoto(server, report.id, receipt, { data: await jpegWithGps() });
      assert.equal(photo.status, 201, photo.text);

      assert.equal((await setStatus('open')).body.status, 'open');
      assert.equal((await createReport(server, { category: 'boom', lat: 52.4, lng: 4.9, description: 'Nog een boom.' }, map.id)).status, 201);
      assert.equal((await setStatus('dicht')).status, 422);
    });

    it('a map can be created closed (prepared before it opens)', async () => {
      const map = await createMapAsAdmin(server, smallMapInput({ status: 'closed' }));
      assert.equal(map.status, 'closed');
      assert.equal((await createReport(server, { category: 'boom', lat: 52.4, lng: 4.9, description: 'Te vroeg.' }, map.id)).body.code, 'map-closed');
    });
  });

  describe('moderation and status', () => {
    it('GET /admin/maps/{mapId}/reports (listAdminReports) shows reports waiting for review; moderateReport publishes and hides them', async () => {
      const map = await createMapAsAdmin(server, smallMapInput({ moderation: 'pre' }));
      const { report } = await newReport(server, { category: 'bankje', lat: 52.4, lng: 4.9 }, map.id);
      const pending = await call(server.baseUrl, 'listAdminReports', { path: `/admin/maps/${map.id}/reports?moderation=pending`, headers: adminKeyHeaders(server) });
      assert.equal(pending.status, 200);
      assert.deepEqual(pending.body.items.map((r: { id: string }) => r.id), [report.id]);

      const published = await call(server.baseUrl, 'moderateReport', {
        method: 'POST',
        path: `/admin/reports/${report.id}/moderation`,
        headers: adminKeyHeaders(server),
        json: { decision: 'publish' },
      });
      assert.equal(published.status, 200);
      assert.equal(published.body.properties.moderation, 'published');
      assert.equal((await call(server.baseUrl, 'getReport', { path: `/reports/${report.id}`, headers: siteKeyHeaders(server) })).status, 200);
      const again = await call(server.baseUrl, 'moderateReport', { method: 'POST', path: `/admin/reports/${report.id}/moderation`, headers: adminKeyHeaders(server), json: { decision: 'publish' } });
      assert.equal(again.status, 409);
      const hidden = await call(server.baseUrl, 'moderateReport', { method: 'POST', path: `/admin/reports/${report.id}/moderation`, headers: adminKeyHeaders(server), json: { decision: 'hide' } });
      assert.equal(hidden.body.properties.moderation, 'hidden');
      assert.equal((await call(server.baseUrl, 'getReport', { path: `/reports/${report.id}`, headers: siteKeyHeaders(server) })).status, 404);
      const bad = await call(server.baseUrl, 'moderateReport', { method: 'POST', path: `/admin/reports/${report.id}/moderation`, headers: adminKeyHeaders(server), json: { decision: 'weg' } });
      assert.equal(bad.status, 422);
      assert.equal((await call(server.baseUrl, 'moderateReport', { method: 'POST', path: '/admin/reports/rep_nope/moderation', headers: adminKeyHeaders(server), json: { decision: 'hide' } })).status, 404);
      assert.equal((await call(server.baseUrl, 'listAdminReports', { path: `/admin/maps/${map.id}/reports`, headers: siteKeyHeaders(server) })).status, 401);
      const badFilter = await call(server.baseUrl, 'listAdminReports', { path: `/admin/maps/${map.id}/reports?moderation=weg`, headers: adminKeyHeaders(server) });
      assert.equal(badFilter.status, 422);
    });

    it('the moderation queue holds reports waiting for review, across maps and with boards; hiding one keeps its reason for the author', async () => {
      const map = await createMapAsAdmin(server, smallMapInput({ moderation: 'pre' }));
      const first = await newReport(server, { category: 'bankje', lat: 52.4, lng: 4.9, description: 'Het bankje is kapot.' }, map.id);
      const second = await newReport(server, { category: 'bankje', lat: 52.41, lng: 4.91, description: 'Hier woont Piet, die alles kapot maakt.' }, map.id);
      const queue = (query: string) => call(server.baseUrl, 'listModerationQueue', { path: `/admin/moderation-queue${query}`, headers: adminKeyHeaders(server) });

      const whole = await queue('?limit=100');
      assert.equal(whole.status, 200);
      const reports = whole.body.items.filter((item: { type: string }) => item.type === 'report');
      assert.deepEqual(reports.map((item: { report: { id: string } }) => item.report.id), [first.report.id, second.report.id], 'oldest first');
      assert.deepEqual({ ...reports[0], report: reports[0].report.id }, {
        type: 'report', reason: 'pending', queuedAt: first.report.properties.requestedDatetime, flagCount: 0, flagReasons: [], idea: null, comment: null, report: first.report.id,
      });
      assert.equal(reports[0].report.properties.description, 'Het bankje is kapot.');

      // One map's reports only; one board's items hold no reports.
      const ofMap = await queue(`?mapId=${map.id}`);
      assert.deepEqual(ofMap.body.items.map((item: { report: { id: string } }) => item.report.id), [first.report.id, second.report.id]);
      const ofBoard = await queue('?boardId=board_demo&limit=100');
      assert.ok(ofBoard.body.items.every((item: { type: string }) => item.type !== 'report'));

      // Pages of one item each go through the queue without a gap or a repeat.
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: Array<{ report: { id: string } }>; nextCursor: string | null } } = await queue(`?mapId=${map.id}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.body.items.map((item) => item.report.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      assert.deepEqual(seen, [first.report.id, second.report.id]);

      // Hidden with a reason from the shared list: out of the queue; the author reads why through the receipt.
      const hidden = await call(server.baseUrl, 'moderateReport', {
        method: 'POST',
        path: `/admin/reports/${second.report.id}/moderation`,
        headers: adminKeyHeaders(server),
        json: { decision: 'hide', reasonCode: 'personal-data', note: 'Er staat een naam in.' },
      });
      assert.equal(hidden.status, 200);
      assert.equal(hidden.body.properties.hiddenReasonCode, 'personal-data');
      const mine = await call(server.baseUrl, 'getReportByReceipt', { path: `/reports/by-receipt?receipt=${second.receipt}`, headers: siteKeyHeaders(server) });
      assert.deepEqual([mine.body.properties.moderation, mine.body.properties.hiddenReasonCode, mine.body.properties.hiddenReason], ['hidden', 'personal-data', 'Er staat een naam in.']);
      assert.deepEqual((await queue(`?mapId=${map.id}`)).body.items.map((item: { report: { id: string } }) => item.report.id), [first.report.id]);
      const badReason = await call(server.baseUrl, 'moderateReport', { method: 'POST', path: `/admin/reports/${first.report.id}/moderation`, headers: adminKeyHeaders(server), json: { decision: 'hide', reasonCode: 'lelijk' } });
      assert.equal(badReason.status, 422);

      // Published again, the reason is gone; a published report never shows one.
      const published = await call(server.baseUrl, 'moderateReport', { method: 'POST', path: `/admin/reports/${second.report.id}/moderation`, headers: adminKeyHeaders(server), json: { decision: 'publish' } });
      assert.equal(published.body.properties.hiddenReasonCode, undefined);
      assert.equal(published.body.properties.hiddenReason, undefined);
    });

    it('POST /admin/reports/{reportId}/status-updates (updateReportStatus) keeps a public history with notes', async () => {
      const { report } = await newReport(server);
      const first = await call(server.baseUrl, 'updateReportStatus', {
        method: 'POST',
        path: `/admin/reports/${report.id}/status-updates`,
        headers: adminKeyHeaders(server),
        json: { status: 'acknowledged', note: 'We hebben uw melding gezien.' },
      });
      assert.equal(first.status, 200);
      assert.equal(first.body.properties.status, 'acknowledged');
      const second = await call(server.baseUrl, 'updateReportStatus', {
        method: 'POST',
        path: `/admin/reports/${report.id}/status-updates`,
        headers: adminKeyHeaders(server),
        json: { status: 'fixed', note: 'Opgeruimd.' },
      });
      const p = second.body.properties;
      assert.equal(p.status, 'fixed');
      assert.equal(p.statusNotes, 'Opgeruimd.');
      assert.deepEqual(p.updates.map((u: { status: string; note: string }) => [u.status, u.note]), [['acknowledged', 'We hebben uw melding gezien.'], ['fixed', 'Opgeruimd.']]);
      assert.ok(p.updatedDatetime > p.requestedDatetime);
      const read = await call(server.baseUrl, 'getReport', { path: `/reports/${report.id}`, headers: siteKeyHeaders(server) });
      assert.deepEqual(read.body.properties.updates, p.updates);
      for (const json of [{ status: 'weg' }, { note: 'zonder status' }, { status: 'open', note: 'x'.repeat(2001) }]) {
        const bad = await call(server.baseUrl, 'updateReportStatus', { method: 'POST', path: `/admin/reports/${report.id}/status-updates`, headers: adminKeyHeaders(server), json });
        assert.equal(bad.status, 422, JSON.stringify(json).slice(0, 60));
      }
      assert.equal((await call(server.baseUrl, 'updateReportStatus', { method: 'POST', path: '/admin/reports/rep_nope/status-updates', headers: adminKeyHeaders(server), json: { status: 'open' } })).status, 404);
      const browser = await call(server.baseUrl, 'updateReportStatus', {
        method: 'POST',
        path: `/admin/reports/${report.id}/status-updates`,
        headers: { ...adminKeyHeaders(server), origin: 'http://localhost:3000' },
        json: { status: 'open' },
      });
      assert.equal(browser.status, 403);
    });
  });

  describe('exports', () => {
    it('GET /admin/maps/{mapId}/reports.geojson (exportReportsGeoJson): a FeatureCollection of every report, hidden ones too', async () => {
      const map = await createMapAsAdmin(server, smallMapInput({ moderation: 'pre' }));
      const a = await newReport(server, { category: 'bankje', lat: 52.4, lng: 4.9, description: 'Eerste' }, map.id);
      const b = await newReport(server, { category: 'boom', lat: 52.41, lng: 4.91, description: 'Tweede', answers: { soort: 'eik' } }, map.id);
      const response = await call(server.baseUrl, 'exportReportsGeoJson', { path: `/admin/maps/${map.id}/reports.geojson`, headers: adminKeyHeaders(server) });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'application/geo+json; charset=utf-8');
      assert.equal(response.headers.get('content-disposition'), `attachment; filename="${map.id}-reports.geojson"`);
      const collection = JSON.parse(response.text);
      assert.equal(collection.type, 'FeatureCollection');
      assert.deepEqual(collection.features.map((f: { id: string }) => f.id), [b.report.id, a.report.id]);
      assert.deepEqual(collection.features[0].geometry.coordinates, [4.91, 52.41]);
      assert.equal(collection.features[0].properties.moderation, 'pending');
      assert.equal((await call(server.baseUrl, 'exportReportsGeoJson', { path: '/admin/maps/map_nope/reports.geojson', headers: adminKeyHeaders(server) })).status, 404);
      assert.equal((await call(server.baseUrl, 'exportReportsGeoJson', { path: `/admin/maps/${map.id}/reports.geojson` })).status, 401);
    });

    it('GET /admin/maps/{mapId}/reports.csv (exportReportsCsv): the shared CSV writer, BOM, a row per report, formulas defused', async () => {
      const map = await createMapAsAdmin(server, smallMapInput());
      await newReport(server, { category: 'boom', lat: 52.4, lng: 4.9, description: '=HYPERLINK("http://evil")', address: 'Dam 1, "Amsterdam"', answers: { soort: 'eik' } }, map.id);
      const raw = await fetch(`${server.baseUrl}/admin/maps/${map.id}/reports.csv`, { headers: adminKeyHeaders(server) });
      const bytes = new Uint8Array(await raw.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
      const response = await call(server.baseUrl, 'exportReportsCsv', { path: `/admin/maps/${map.id}/reports.csv`, headers: adminKeyHeaders(server) });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.equal(response.headers.get('content-disposition'), `attachment; filename="${map.id}-reports.csv"`);
      const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
      assert.equal(lines[0], 'id,category,category_name,status,moderation,lat,lng,address,description,answers,supports,photos,requested_at,updated_at');
      assert.match(lines[1]!, /^rep_\w+,boom,Boom,open,published,52\.4,4\.9,"Dam 1, ""Amsterdam""","'=HYPERLINK\(""http:\/\/evil""\)","\{""soort"":""eik""\}",0,,\d{4}-/);
      assert.equal(lines[2], '');
      assert.equal(lines.length, 3);
      const demo = await call(server.baseUrl, 'exportReportsCsv', { path: '/admin/maps/map_demo/reports.csv', headers: adminKeyHeaders(server) });
      assert.ok(demo.text.includes(demoReportIds.streetLight));
      assert.equal((await call(server.baseUrl, 'exportReportsCsv', { path: '/admin/maps/map_nope/reports.csv', headers: adminKeyHeaders(server) })).status, 404);
      const browser = await call(server.baseUrl, 'exportReportsCsv', { path: `/admin/maps/${map.id}/reports.csv`, headers: { ...adminKeyHeaders(server), origin: 'http://localhost:3000' } });
      assert.equal(browser.status, 403);
    });
  });
});
