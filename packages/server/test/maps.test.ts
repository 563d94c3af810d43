import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoMapBounds, demoReportIds, demoReportReceipt } from '../src/db/demo-seed.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { newParticipant, voterHeaders } from './support/fixtures.ts';
import {
  adminKeyHeaders,
  createMapAsAdmin,
  createReport,
  demoMapId,
  insideDemo,
  newReport,
  reportCount,
  siteKeyHeaders,
  smallMapInput,
} from './support/map-fixtures.ts';

describe('feedback maps (resident side)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  describe('GET /maps/{mapId} (getMap)', () => {
    it('the demo map: centre, bounds, tiles, geocoder, categories with their questions, ETag and 304', async () => {
      const response = await call(server.baseUrl, 'getMap', { path: `/maps/${demoMapId}`, headers: siteKeyHeaders(server) });
      assert.equal(response.status, 200);
      const map = response.body;
      assert.deepEqual(map.bounds, demoMapBounds);
      assert.deepEqual(map.center, { lat: 52.0907, lng: 5.1214 });
      assert.match(map.tiles.urlTemplate, /^https:\/\/tile\.openstreetmap\.org\/\{z\}\/\{x\}\/\{y\}\.png$/);
      assert.match(map.tiles.attribution, /OpenStreetMap/);
      assert.equal(map.geocoder.kind, 'pdok-locatieserver');
      assert.deepEqual(map.categories.map((c: { name: string }) => c.name), ['Kapotte straatverlichting', 'Gat in de weg', 'Zwerfafval', 'Idee voor de buurt']);
      const pothole = map.categories.find((c: { code: string }) => c.code === 'gat-in-de-weg');
      assert.equal(pothole.questions[0].required, true);
      assert.equal(pothole.questions[0].kind, 'choice');
      assert.equal(map.moderation, 'post');
      assert.deepEqual(map.limits, { descriptionMaxLength: 2000, photosPerReport: 3, photoMaxBytes: 8 * 1024 * 1024 });
      const etag = response.headers.get('etag')!;
      assert.ok(etag);
      const again = await call(server.baseUrl, 'getMap', { path: `/maps/${demoMapId}`, headers: { ...siteKeyHeaders(server), 'if-none-match': etag } });
      assert.equal(again.status, 304);
    });

    it('404 for an unknown map, 401 without a site key, 400 for a malformed id', async () => {
      assert.equal((await call(server.baseUrl, 'getMap', { path: '/maps/map_nope', headers: siteKeyHeaders(server) })).status, 404);
      assert.equal((await call(server.baseUrl, 'getMap', { path: `/maps/${demoMapId}` })).status, 401);
      const bad = await call(server.baseUrl, 'getMap', { path: '/maps/kaart%20een', headers: siteKeyHeaders(server) });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.errors[0].pointer, '#/path/mapId');
    });
  });

  describe('POST /maps/{mapId}/reports (createReport)', () => {
    it('201 with the report as a GeoJSON Feature, Location and a receipt; readable at once', async () => {
      const response = await createReport(server, {
        category: 'gat-in-de-weg',
        lat: 52.0931,
        lng: 5.1102,
        description: '  Gat in de stoep.  ',
        address: 'Croeselaan 1, Utrecht',
        answers: { grootte: 'klein' },
      });
      assert.equal(response.status, 201);
      const { report, receipt } = response.body;
      assert.match(receipt, /^rr_/);
      assert.equal(response.headers.get('location'), `/v1/reports/${report.id}`);
      assert.equal(report.type, 'Feature');
      assert.deepEqual(report.geometry, { type: 'Point', coordinates: [5.1102, 52.0931] });
      const p = report.properties;
      assert.equal(p.serviceRequestId, report.id);
      assert.equal(p.serviceCode, 'gat-in-de-weg');
      assert.equal(p.serviceName, 'Gat in de weg');
      assert.equal(p.status, 'open');
      assert.equal(p.description, 'Gat in de stoep.');
      assert.equal(p.address, 'Croeselaan 1, Utrecht');
      assert.deepEqual(p.answers, { grootte: 'klein' });
      assert.equal(p.moderation, 'published');
      assert.equal(p.requestedDatetime, p.updatedDatetime);
      const read = await call(server.baseUrl, 'getReport', { path: `/reports/${report.id}`, headers: siteKeyHeaders(server) });
      assert.deepEqual(read.body, report);
      const row = await server.app.inspraak.db.selectFrom('reports').select(['receipt_hash']).where('id', '=', report.id).executeTakeFirstOrThrow();
      assert.ok(!row.receipt_hash.includes(receipt) && row.receipt_hash.length === 64, 'only a hash of the receipt is kept');
    });

    it('refuses bad input with 422 and the field, and stores nothing', async () => {
      const base = { category: 'zwerfafval', ...insideDemo, description: 'Afval.' };
      const cases: Array<[Record<string, unknown>, Array<[string, string]>]> = [
        [{ ...base, lat: 52.2 }, [['/lat', 'outside-bounds']]],
        [{ ...base, lng: 4.9 }, [['/lng', 'outside-bounds']]],
        [{ ...base, lat: 10, lng: 10 }, [['/lat', 'outside-bounds'], ['/lng', 'outside-bounds']]],
        [{ ...base, lat: '52.09' }, [['/lat', 'wrong-type']]],
        [{ ...base, lng: null }, [['/lng', 'wrong-type']]],
        [{ ...base, lat: 95 }, [['/lat', 'too-large']]],
        [{ ...base, category: 'vuurwerk' }, [['/category', 'unknown-category']]],
        [{ ...base, category: 'gat-in-de-weg' }, [['/answers/grootte', 'required']]],
        [{ ...base, category: 'gat-in-de-weg', answers: { grootte: '  ' } }, [['/answers/grootte', 'required']]],
        [{ ...base, category: 'gat-in-de-weg', answers: { grootte: 'enorm' } }, [['/answers/grootte', 'unknown-choice']]],
        [{ ...base, answers: { kleur: 'rood' } }, [['/answers/kleur', 'unknown-field']]],
        [{ ...base, description: 'x'.repeat(2001) }, [['/description', 'too-long']]],
        [{ ...base, description: '   ' }, [['/description', 'required']]],
        [{ ...base, description: undefined }, [['/description', 'required']]],
        [{ ...base, extra: 1 }, [['/extra', 'unknown-field']]],
      ];
      const before = await reportCount(server);
      for (const [json, expected] of cases) {
        const response = await createReport(server, json);
        assert.equal(response.status, 422, JSON.stringify(json).slice(0, 120));
        assert.equal(response.body.code, 'validation-failed');
        assert.deepEqual(
          response.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]).sort(),
          expected.sort(),
          JSON.stringify(json).slice(0, 120),
        );
      }
      assert.equal(await reportCount(server), before, 'nothing was stored');
    });

    it('a retry with the same Idempotency-Key stores one report and replays the same receipt', async () => {
      const before = await reportCount(server);
      const json = { category: 'straatverlichting', ...insideDemo, description: 'Lamp uit.' };
      const first = await createReport(server, json, demoMapId, { 'idempotency-key': 'maps-idem-0001' });
      const second = await createReport(server, json, demoMapId, { 'idempotency-key': 'maps-idem-0001' });
      assert.equal(first.status, 201);
      assert.equal(second.status, 201);
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
      assert.equal(second.body.receipt, first.body.receipt);
      assert.equal(await reportCount(server), before + 1);
    });

    it('404 for an unknown map; 401 without a site key; 415 for a form', async () => {
      assert.equal((await createReport(server, { category: 'zwerfafval', ...insideDemo, description: 'x' }, 'map_nope')).status, 404);
      const noKey = await call(server.baseUrl, 'createReport', { method: 'POST', path: `/maps/${demoMapId}/reports`, json: {} });
      assert.equal(noKey.status, 401);
      const form = await call(server.baseUrl, 'createReport', {
        method: 'POST',
        path: `/maps/${demoMapId}/reports`,
        headers: { ...siteKeyHeaders(server), 'content-type': 'application/x-www-form-urlencoded' },
        body: 'category=zwerfafval',
      });
      assert.equal(form.status, 415);
    });
  });

  describe('GET /maps/{mapId}/reports (listReports)', () => {
    let mapId: string;
    before(async () => {
      mapId = (await createMapAsAdmin(server, smallMapInput())).id;
      // A grid of 3 × 2 reports, oldest first.
      for (const [i, [lat, lng, category]] of ([
        [52.31, 4.81, 'bankje'],
        [52.31, 4.99, 'bankje'],
        [52.44, 4.81, 'boom'],
        [52.44, 4.99, 'bankje'],
        [52.37, 4.89, 'boom'],
        [52.371, 4.891, 'bankje'],
      ] as const).entries()) {
        await newReport(server, { category, lat, lng, description: `Melding ${i}` }, mapId);
      }
    });

    it('newest first, paged with a cursor to the end', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `?limit=4&cursor=${encodeURIComponent(cursor)}` : '?limit=4';
        const response = await call(server.baseUrl, 'listReports', { path: `/maps/${mapId}/reports${query}`, headers: siteKeyHeaders(server) });
        assert.equal(response.status, 200);
        seen.push(...response.body.items.map((r: { properties: { description: string } }) => r.properties.description));
        cursor = response.body.nextCursor;
      } while (cursor);
      assert.deepEqual(seen, ['Melding 5', 'Melding 4', 'Melding 3', 'Melding 2', 'Melding 1', 'Melding 0']);
    });

    it('filters by bbox, category and status', async () => {
      const list = async (query: string) => {
        const response = await call(server.baseUrl, 'listReports', { path: `/maps/${mapId}/reports?${query}`, headers: siteKeyHeaders(server) });
        assert.equal(response.status, 200, response.text);
        return response.body.items.map((r: { properties: { description: string } }) => r.properties.description).sort();
      };
      assert.deepEqual(await list('bbox=4.8,52.3,4.9,52.4'), ['Melding 0', 'Melding 4', 'Melding 5']);
      assert.deepEqual(await list('bbox=4.95,52.4,5.0,52.45'), ['Melding 3']);
      assert.deepEqual(await list('bbox=4.8,52.3,5.0,52.45&category=boom'), ['Melding 2', 'Melding 4']);
      assert.deepEqual(await list('status=fixed'), []);
      assert.equal((await list('status=open')).length, 6);
    });

    it('422 for a bbox that is not four numbers or is upside down, a bad status, limit or cursor', async () => {
      for (const [query, pointer] of [
        ['bbox=a,b,c,d', '#/query/bbox'],
        ['bbox=4.8,52.3,4.9', '#/query/bbox'],
        ['bbox=4.9,52.3,4.8,52.4', '#/query/bbox'],
        ['bbox=4.8,52.4,4.9,52.3', '#/query/bbox'],
        ['bbox=-181,52.3,4.9,52.4', '#/query/bbox'],
        ['status=kapot', '#/query/status'],
        ['limit=0', '#/query/limit'],
        ['cursor=bm9wZQ', '#/query/cursor'],
      ]) {
        const response = await call(server.baseUrl, 'listReports', { path: `/maps/${mapId}/reports?${query}`, headers: siteKeyHeaders(server) });
        assert.equal(response.status, 422, query);
        assert.equal(response.body.errors[0].pointer, pointer, query);
      }
      assert.equal((await call(server.baseUrl, 'listReports', { path: '/maps/map_nope/reports', headers: siteKeyHeaders(server) })).status, 404);
    });
  });

  describe('GET /maps/{mapId}/clusters (getReportClusters)', () => {
    it('counts per grid cell and per category; cells split as the zoom grows', async () => {
      const mapId = (await createMapAsAdmin(server, smallMapInput())).id;
      for (const [lat, lng, category] of [
        [52.3701, 4.8901, 'bankje'],
        [52.3702, 4.8902, 'bankje'],
        [52.3703, 4.8903, 'boom'],
        [52.4401, 4.9901, 'boom'],
      ] as const) {
        await newReport(server, { category, lat, lng }, mapId);
      }
      const clusters = async (query: string) => {
        const response = await call(server.baseUrl, 'getReportClusters', { path: `/maps/${mapId}/clusters?${query}`, headers: siteKeyHeaders(server) });
        assert.equal(response.status, 200, response.text);
        return response.body;
      };
      const far = await clusters('bbox=4.0,52.0,6.0,53.0&zoom=5');
      assert.equal(far.total, 4);
      assert.equal(far.clusters.length, 1);
      assert.equal(far.clusters[0].count, 4);
      assert.deepEqual(far.clusters[0].categories, [{ category: 'bankje', count: 2 }, { category: 'boom', count: 2 }]);
      assert.equal(far.cellDegrees, 360 / 2 ** 7);

      const near = await clusters('bbox=4.8,52.3,5.0,52.45&zoom=14');
      assert.equal(near.clusters.length, 2);
      const [big, single] = near.clusters;
      assert.equal(big.count, 3);
      assert.deepEqual(big.categories, [{ category: 'bankje', count: 2 }, { category: 'boom', count: 1 }]);
      assert.ok(Math.abs(big.lat - 52.3702) < 1e-9 && Math.abs(big.lng - 4.8902) < 1e-9, 'at the mean position');
      assert.deepEqual(big.bounds, { south: 52.3701, west: 4.8901, north: 52.3703, east: 4.8903 });
      assert.equal(single.count, 1);
      assert.match(single.reportId, /^rep_/);

      const filtered = await clusters('bbox=4.8,52.3,5.0,52.45&zoom=14&category=boom');
      assert.equal(filtered.total, 2);
      const outside = await clusters('bbox=5.5,52.3,5.6,52.45&zoom=14');
      assert.deepEqual([outside.total, outside.clusters], [0, []]);
    });

    it('422 without bbox or zoom, or with a zoom out of range', async () => {
      for (const [query, pointer] of [
        ['zoom=10', '#/query/bbox'],
        ['bbox=4.8,52.3,5.0,52.45', '#/query/zoom'],
        ['bbox=4.8,52.3,5.0,52.45&zoom=30', '#/query/zoom'],
        ['bbox=4.8,52.3,5.0,52.45&zoom=ver', '#/query/zoom'],
      ]) {
        const response = await call(server.baseUrl, 'getReportClusters', { path: `/maps/${demoMapId}/clusters?${query}`, headers: siteKeyHeaders(server) });
        assert.equal(response.status, 422, query);
        assert.equal(response.body.errors[0].pointer, pointer, query);
      }
    });
  });

  describe('GET /maps/{mapId}/reports/nearby (listNearbyReports)', () => {
    it('open reports of the same category within the radius, nearest first; not other categories, far, fixed or hidden ones', async () => {
      const mapId = (await createMapAsAdmin(server, smallMapInput())).id;
      const here = { lat: 52.38, lng: 4.9 };
      const near = await newReport(server, { category: 'bankje', lat: 52.38018, lng: 4.9 }, mapId); // ~20 m
      const nearer = await newReport(server, { category: 'bankje', lat: 52.38005, lng: 4.9 }, mapId); // ~5.6 m
      await newReport(server, { category: 'boom', ...here }, mapId);
      await newReport(server, { category: 'bankje', lat: 52.381, lng: 4.9 }, mapId); // ~111 m
      const fixed = await newReport(server, { category: 'bankje', ...here }, mapId);
      await call(server.baseUrl, 'updateReportStatus', {
        method: 'POST',
        path: `/admin/reports/${fixed.report.id}/status-updates`,
        headers: adminKeyHeaders(server),
        json: { status: 'fixed' },
      });
      const response = await call(server.baseUrl, 'listNearbyReports', {
        path: `/maps/${mapId}/reports/nearby?lat=${here.lat}&lng=${here.lng}&category=bankje`,
        headers: siteKeyHeaders(server),
      });
      assert.equal(response.status, 200);
      assert.deepEqual(response.body.items.map((i: { report: { id: string } }) => i.report.id), [nearer.report.id, near.report.id]);
      assert.ok(Math.abs(response.body.items[0].distance - 5.6) < 0.5, String(response.body.items[0].distance));
      const wider = await call(server.baseUrl, 'listNearbyReports', {
        path: `/maps/${mapId}/reports/nearby?lat=${here.lat}&lng=${here.lng}&category=bankje&radius=200`,
        headers: siteKeyHeaders(server),
      });
      assert.equal(wider.body.items.length, 3);
    });

    it('422 for an unknown category, missing or non-numeric coordinates', async () => {
      for (const [query, pointer] of [
        ['lat=52.09&lng=5.12&category=vuurwerk', '#/query/category'],
        ['lng=5.12&category=zwerfafval', '#/query/lat'],
        ['lat=hier&lng=5.12&category=zwerfafval', '#/query/lat'],
        ['lat=52.09&lng=5.12&category=zwerfafval&radius=5000', '#/query/radius'],
      ]) {
        const response = await call(server.baseUrl, 'listNearbyReports', { path: `/maps/${demoMapId}/reports/nearby?${query}`, headers: siteKeyHeaders(server) });
        assert.equal(response.status, 422, query);
        assert.equal(response.body.errors[0].pointer, pointer, query);
      }
    });
  });

  describe('GET /reports/{reportId} (getReport) and GET /reports/by-receipt (getReportByReceipt)', () => {
    it('a demo report with its status history and the latest note; ETag and 304', async () => {
      const response = await call(server.baseUrl, 'getReport', { path: `/reports/${demoReportIds.streetLight}`, headers: siteKeyHeaders(server) });
      assert.equal(response.status, 200);
      assert.equal(response.body.properties.status, 'in-progress');
      assert.equal(response.body.properties.statusNotes, 'Bedankt! De monteur komt deze week langs.');
      assert.equal(response.body.properties.updates.length, 1);
      const etag = response.headers.get('etag')!;
      const again = await call(server.baseUrl, 'getReport', { path: `/reports/${demoReportIds.streetLight}`, headers: { ...siteKeyHeaders(server), 'if-none-match': etag } });
      assert.equal(again.status, 304);
      assert.equal((await call(server.baseUrl, 'getReport', { path: '/reports/rep_nope', headers: siteKeyHeaders(server) })).status, 404);
    });

    it('the receipt finds the report, also while it waits for review (which the public cannot see)', async () => {
      const mapId = (await createMapAsAdmin(server, smallMapInput({ moderation: 'pre' }))).id;
      const { report, receipt } = await newReport(server, { category: 'bankje', lat: 52.4, lng: 4.9 }, mapId);
      assert.equal(report.properties.moderation, 'pending');
      assert.equal((await call(server.baseUrl, 'getReport', { path: `/reports/${report.id}`, headers: siteKeyHeaders(server) })).status, 404);
      const list = await call(server.baseUrl, 'listReports', { path: `/maps/${mapId}/reports`, headers: siteKeyHeaders(server) });
      assert.deepEqual(list.body.items, []);
      const mine = await call(server.baseUrl, 'getReportByReceipt', { path: `/reports/by-receipt?receipt=${receipt}`, headers: siteKeyHeaders(server) });
      assert.equal(mine.status, 200);
      assert.equal(mine.body.id, report.id);
      assert.equal(mine.body.properties.moderation, 'pending');
      const demo = await call(server.baseUrl, 'getReportByReceipt', { path: `/reports/by-receipt?receipt=${demoReportReceipt}`, headers: siteKeyHeaders(server) });
      assert.equal(demo.body.id, demoReportIds.pothole);
    });

    it('404 for an unknown receipt, 422 for a malformed one, 401 without a site key', async () => {
      const unknown = await call(server.baseUrl, 'getReportByReceipt', { path: `/reports/by-receipt?receipt=rr_${'x'.repeat(32)}`, headers: siteKeyHeaders(server) });
      assert.equal(unknown.status, 404);
      const malformed = await call(server.baseUrl, 'getReportByReceipt', { path: '/reports/by-receipt?receipt=abc', headers: siteKeyHeaders(server) });
      assert.equal(malformed.status, 422);
      assert.equal(malformed.body.errors[0].pointer, '#/query/receipt');
      assert.equal((await call(server.baseUrl, 'getReportByReceipt', { path: `/reports/by-receipt?receipt=${demoReportReceipt}` })).status, 401);
    });
  });

  describe('POST /reports/{reportId}/supports (supportReport)', () => {
    it('201 the first time, 200 after; the count goes up once per participant', async () => {
      const { report } = await newReport(server);
      const token = await newParticipant(server);
      const first = await call(server.baseUrl, 'supportReport', { method: 'POST', path: `/reports/${report.id}/supports`, headers: voterHeaders(server, token) });
      assert.equal(first.status, 201);
      assert.deepEqual(first.body, { reportId: report.id, supportCount: 1, supported: true });
      const again = await call(server.baseUrl, 'supportReport', { method: 'POST', path: `/reports/${report.id}/supports`, headers: voterHeaders(server, token) });
      assert.equal(again.status, 200);
      assert.equal(again.body.supportCount, 1);
      const other = await call(server.baseUrl, 'supportReport', {
        method: 'POST',
        path: `/reports/${report.id}/supports`,
        headers: voterHeaders(server, await newParticipant(server)),
      });
      assert.equal(other.body.supportCount, 2);
      const read = await call(server.baseUrl, 'getReport', { path: `/reports/${report.id}`, headers: siteKeyHeaders(server) });
      assert.equal(read.body.properties.supportCount, 2);
    });

    it('401 without a participant token; 404 for an unknown or unpublished report', async () => {
      const { report } = await newReport(server);
      const noToken = await call(server.baseUrl, 'supportReport', { method: 'POST', path: `/reports/${report.id}/supports`, headers: siteKeyHeaders(server) });
      assert.equal(noToken.status, 401);
      assert.equal(noToken.body.code, 'participant-token-missing');
      const token = await newParticipant(server);
      const missing = await call(server.baseUrl, 'supportReport', { method: 'POST', path: '/reports/rep_nope/supports', headers: voterHeaders(server, token) });
      assert.equal(missing.status, 404);
      await call(server.baseUrl, 'moderateReport', { method: 'POST', path: `/admin/reports/${report.id}/moderation`, headers: adminKeyHeaders(server), json: { decision: 'hide' } });
      const hidden = await call(server.baseUrl, 'supportReport', { method: 'POST', path: `/reports/${report.id}/supports`, headers: voterHeaders(server, token) });
      assert.equal(hidden.status, 404);
    });
  });
});
