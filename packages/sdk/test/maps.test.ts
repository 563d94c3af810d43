/** Feedback maps through the SDK against the real server: resident calls, retries, errors, admin calls. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { startTestServer } from '../../server/src/testing.ts';
import { createClient, InspraakApiError, type ClientOptions, type Report } from '../src/index.ts';
import { recordingFetch, type Fetch } from './recording-fetch.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
before(async () => {
  server = await startTestServer({ config: { photoMaxBytes: 200 * 1024 } });
});
after(() => server.close());

const resident = (options: Partial<ClientOptions> = {}) =>
  createClient({ baseUrl: server.baseUrl, siteKey: server.siteKey, participantStore: new Map(), ...options });
const admin = (options: Partial<ClientOptions> = {}) => createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken, ...options });

const here = { lat: 52.0907, lng: 5.1214 };

async function apiError(promise: Promise<unknown>): Promise<InspraakApiError> {
  const error = await promise.then(
    () => assert.fail('expected the call to fail'),
    (error: unknown) => error,
  );
  assert.ok(error instanceof InspraakApiError, `an InspraakApiError, got ${String(error)}`);
  return error;
}

/** The first matching request reaches the server, but its answer is lost on the way back. */
function losingFirstResponse(matches: (request: Request) => boolean): Fetch {
  let lost = false;
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    if (lost || !matches(request)) return response;
    lost = true;
    await response.arrayBuffer();
    throw new TypeError('fetch failed', { cause: new Error('socket hang up') });
  };
}

const reportRows = async () => (await server.app.inspraak.db.selectFrom('reports').select('id').execute()).length;
const photoRows = async () => (await server.app.inspraak.db.selectFrom('report_photos').select('id').execute()).length;

describe('maps (resident)', () => {
  test('maps.get reads the demo map’s configuration', async () => {
    const map = await resident().maps.get('map_demo');
    assert.equal(map.id, 'map_demo');
    assert.ok(map.categories.some((category) => category.code === 'gat-in-de-weg' && category.questions[0]?.required));
    assert.ok(map.center.lat > map.bounds.south && map.center.lat < map.bounds.north);
  });

  test('reports.eraseByReceipt erases the report with its photos; erasing again is 404', async () => {
    const client = resident();
    const { report, receipt } = await client.maps.reports.create('map_demo', { category: 'zwerfafval', ...here, description: 'Vuilniszakken bij de bank.' });
    const image = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#080' } }).jpeg().toBuffer();
    const photo = await client.maps.reports.addPhoto(report.id, new Blob([new Uint8Array(image)], { type: 'image/jpeg' }), { receipt });
    const [reports, photos] = [await reportRows(), await photoRows()];
    const erasure = await client.maps.reports.eraseByReceipt(receipt);
    assert.deepEqual(erasure, { reportId: report.id, erased: { report: true, photos: 1, supports: 0, statusUpdates: 0 } });
    assert.equal(await reportRows(), reports - 1);
    assert.equal(await photoRows(), photos - 1);
    assert.equal((await fetch(photo.url)).status, 404);
    assert.equal((await apiError(client.maps.reports.byReceipt(receipt))).status, 404);
    assert.equal((await apiError(client.maps.reports.eraseByReceipt(receipt))).status, 404);
  });

  test('admin.reports.erase erases a report by id; 404 once erased', async () => {
    const { report, receipt } = await resident().maps.reports.create('map_demo', { category: 'zwerfafval', ...here, description: 'Een melding die de gemeente wist.' });
    const erasure = await admin().admin.reports.erase(report.id);
    assert.deepEqual(erasure, { reportId: report.id, erased: { report: true, photos: 0, supports: 0, statusUpdates: 0 } });
    assert.equal((await apiError(resident().maps.reports.byReceipt(receipt))).status, 404);
    assert.equal((await apiError(admin().admin.reports.erase(report.id))).status, 404);
  });

  test('reports.create, get and byReceipt; errors carry the field', async () => {
    const client = resident();
    const { report, receipt } = await client.maps.reports.create('map_demo', {
      category: 'gat-in-de-weg',
      ...here,
      description: 'Gat bij de tramhalte.',
      answers: { grootte: 'klein' },
    });
    assert.equal(report.properties.serviceCode, 'gat-in-de-weg');
    assert.deepEqual(await client.maps.reports.get(report.id), report);
    assert.equal((await client.maps.reports.byReceipt(receipt)).id, report.id);

    const outside = await apiError(client.maps.reports.create('map_demo', { category: 'zwerfafval', lat: 51, lng: 5.12, description: 'x' }));
    assert.equal(outside.status, 422);
    assert.deepEqual(Object.keys(outside.fieldErrors()), ['/lat']);
    assert.equal(outside.fieldErrors()['/lat']![0]!.code, 'outside-bounds');
    const missing = await apiError(client.maps.reports.create('map_demo', { category: 'gat-in-de-weg', ...here, description: 'x' }));
    assert.equal(missing.fieldErrors()['/answers/grootte']![0]!.code, 'required');
    assert.equal((await apiError(client.maps.reports.get('rep_nope'))).status, 404);
  });

  test('a create whose answer was lost is retried with the same Idempotency-Key and stores one report', async () => {
    const recorder = recordingFetch(losingFirstResponse((request) => request.method === 'POST' && request.url.endsWith('/reports')));
    const before = await reportRows();
    const { report } = await resident({ fetch: recorder.fetch }).maps.reports.create('map_demo', { category: 'zwerfafval', ...here, description: 'Eén keer.' });
    const posts = recorder.to('/maps/map_demo/reports', 'POST');
    assert.equal(posts.length, 2);
    assert.ok(posts[0]!.headers.get('idempotency-key'));
    assert.equal(posts[1]!.headers.get('idempotency-key'), posts[0]!.headers.get('idempotency-key'));
    assert.equal(await reportRows(), before + 1);
    assert.match(report.id, /^rep_/);
  });

  test('reports.list takes a bbox as four numbers or text; iterate walks every page', async () => {
    const client = resident();
    const map = await admin().admin.maps.create({
      title: 'SDK-kaart',
      center: { lat: 52.37, lng: 4.89 },
      zoom: 14,
      bounds: { south: 52.3, west: 4.8, north: 52.45, east: 5.0 },
      categories: [{ code: 'bankje', name: 'Bankje', questions: [] }],
    });
    for (let i = 0; i < 5; i++) await client.maps.reports.create(map.id, { category: 'bankje', lat: 52.31 + i * 0.02, lng: 4.9, description: `Bank ${i}` });
    const south = await client.maps.reports.list(map.id, { bbox: [4.8, 52.3, 5.0, 52.34] });
    assert.deepEqual(south.items.map((r) => r.properties.description), ['Bank 1', 'Bank 0']);
    const asText = await client.maps.reports.list(map.id, { bbox: '4.8,52.3,5.0,52.34', limit: 1 });
    assert.equal(asText.items.length, 1);
    assert.ok(asText.nextCursor);

    const recorder = recordingFetch();
    const seen: Report[] = [];
    for await (const report of resident({ fetch: recorder.fetch }).maps.reports.iterate(map.id, { limit: 2 })) seen.push(report);
    assert.deepEqual(seen.map((r) => r.properties.description), ['Bank 4', 'Bank 3', 'Bank 2', 'Bank 1', 'Bank 0']);
    assert.equal(recorder.to(`/maps/${map.id}/reports`, 'GET').length, 3);
    const bad = await apiError(client.maps.reports.list(map.id, { bbox: [5.0, 52.3, 4.8, 52.34] }));
    assert.equal(bad.fieldErrors()['#/query/bbox']![0]!.code, 'invalid-bbox');
  });

  test('clusters and nearby', async () => {
    const client = resident();
    const clusters = await client.maps.clusters('map_demo', { bbox: [5.0, 52.0, 5.3, 52.2], zoom: 8 });
    assert.ok(clusters.total >= 3);
    assert.equal(clusters.clusters.reduce((sum, c) => sum + c.count, 0), clusters.total);
    const nearby = await client.maps.reports.nearby('map_demo', { lat: 52.0899, lng: 5.1232, category: 'gat-in-de-weg' });
    assert.equal(nearby.items[0]?.report.id, 'rep_demo_gat');
  });

  test('support issues a participant token, counts once, and reads back', async () => {
    const client = resident();
    const { report } = await client.maps.reports.create('map_demo', { category: 'zwerfafval', ...here, description: 'Steun mij.' });
    const first = await client.maps.reports.support(report.id);
    assert.deepEqual(first, { reportId: report.id, supportCount: 1, supported: true });
    assert.equal((await client.maps.reports.support(report.id)).supportCount, 1);
    assert.equal((await resident().maps.reports.support(report.id)).supportCount, 2);
    assert.equal((await client.maps.reports.get(report.id)).properties.supportCount, 2);
  });

  test('addPhoto sends the Blob as multipart with the receipt; the stored photo has no EXIF; a retry stores it once', async () => {
    const { report, receipt } = await resident().maps.reports.create('map_demo', { category: 'zwerfafval', ...here, description: 'Met foto.' });
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: 'green' } })
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 2652/100' } })
      .jpeg()
      .toBuffer();
    const recorder = recordingFetch(losingFirstResponse((request) => request.method === 'POST' && request.url.endsWith('/photos')));
    const before = await photoRows();
    const photo = await resident({ fetch: recorder.fetch }).maps.reports.addPhoto(report.id, new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), { receipt });
    const posts = recorder.to('/photos', 'POST');
    assert.equal(posts.length, 2);
    assert.equal(posts[1]!.headers.get('idempotency-key'), posts[0]!.headers.get('idempotency-key'));
    assert.match(posts[0]!.headers.get('content-type')!, /^multipart\/form-data; boundary=/);
    assert.equal(await photoRows(), before + 1, 'stored once');
    const served = Buffer.from(await (await fetch(photo.url)).arrayBuffer());
    assert.equal((await sharp(served).metadata()).exif, undefined);
    assert.deepEqual((await resident().maps.reports.get(report.id)).properties.mediaUrls, [photo.url]);

    const wrongReceipt = await apiError(resident().maps.reports.addPhoto(report.id, new Blob([new Uint8Array(jpeg)]), { receipt: `rr_${'x'.repeat(30)}` }));
    assert.equal(wrongReceipt.status, 403);
    const notImage = await apiError(resident().maps.reports.addPhoto(report.id, new Blob(['geen foto']), { receipt, filename: 'foto.jpg' }));
    assert.equal(notImage.fieldErrors()['/photo']![0]!.code, 'not-an-image');
    const tooLarge = await apiError(resident().maps.reports.addPhoto(report.id, new Blob([new Uint8Array(300 * 1024)]), { receipt }));
    assert.equal(tooLarge.status, 413);
    assert.ok(tooLarge.fieldErrors()['/photo']);
  });
});

describe('maps (admin)', () => {
  test('admin.maps.create and update', async () => {
    const client = admin();
    const map = await client.admin.maps.create({
      id: 'map_sdk_admin',
      title: 'Beheer',
      center: { lat: 52.37, lng: 4.89 },
      zoom: 14,
      bounds: { south: 52.3, west: 4.8, north: 52.45, east: 5.0 },
      categories: [{ code: 'bankje', name: 'Bankje', questions: [] }],
      moderation: 'pre',
    });
    assert.equal(map.moderation, 'pre');
    const updated = await client.admin.maps.update(map.id, { title: 'Beheer 2' });
    assert.equal(updated.title, 'Beheer 2');
    assert.deepEqual(updated.categories, map.categories);
    const invalid = await apiError(client.admin.maps.update(map.id, { center: { lat: 10, lng: 10 } }));
    assert.equal(invalid.fieldErrors()['/center']![0]!.code, 'outside-bounds');
  });

  test('admin.maps.list pages newest first with every setting; iterate walks every page', async () => {
    const client = admin();
    const first = await client.admin.maps.list({ limit: 1 });
    assert.equal(first.items[0]?.id, 'map_sdk_admin', 'the map made just before, newest first');
    assert.equal(first.items[0]?.moderation, 'pre');
    assert.deepEqual(first.items[0]?.bounds, { south: 52.3, west: 4.8, north: 52.45, east: 5.0 });
    assert.ok(first.nextCursor);
    const recorder = recordingFetch();
    const everything: string[] = [];
    for await (const map of admin({ fetch: recorder.fetch }).admin.maps.iterate({ limit: 1 })) everything.push(map.id);
    assert.deepEqual(everything.slice(0, 1), ['map_sdk_admin']);
    assert.ok(everything.includes('map_demo'));
    assert.equal(recorder.sent.length, everything.length, 'one page a map; the last says there is no next');
  });

  test('admin.reports: list pending, moderate, updateStatus, exports', async () => {
    const client = admin();
    const { report, receipt } = await resident().maps.reports.create('map_sdk_admin', { category: 'bankje', lat: 52.4, lng: 4.9, description: 'Te beoordelen.' });
    assert.equal(report.properties.moderation, 'pending');
    const pending = await client.admin.reports.list('map_sdk_admin', { moderation: 'pending' });
    assert.deepEqual(pending.items.map((r) => r.id), [report.id]);
    const everything: Report[] = [];
    for await (const item of client.admin.reports.iterate('map_sdk_admin', { limit: 1 })) everything.push(item);
    assert.equal(everything.length, 1);

    await apiError(resident().maps.reports.get(report.id));
    assert.equal((await client.admin.reports.moderate(report.id, 'publish')).properties.moderation, 'published');
    assert.equal((await resident().maps.reports.get(report.id)).id, report.id);

    const updated = await client.admin.reports.updateStatus(report.id, { status: 'in-progress', note: 'We gaan ermee aan de slag.' });
    assert.equal(updated.properties.status, 'in-progress');
    assert.equal((await resident().maps.reports.byReceipt(receipt)).properties.statusNotes, 'We gaan ermee aan de slag.');

    const geojson = await client.admin.reports.exportGeoJson('map_sdk_admin');
    assert.equal(geojson.type, 'FeatureCollection');
    assert.deepEqual(geojson.features.map((f) => f.id), [report.id]);
    const csv = await client.admin.reports.exportCsv('map_sdk_admin');
    const lines = csv.trim().split(/\r?\n/);
    assert.match(lines[0]!, /^id,category,category_name,status,/);
    assert.ok(lines[1]!.startsWith(`${report.id},bankje,Bankje,in-progress,published,`));
    assert.notEqual(csv.charCodeAt(0), 0xfeff);

    const unauthorized = await apiError(admin({ adminToken: 'sk_wrong' }).admin.reports.exportCsv('map_sdk_admin'));
    assert.equal(unauthorized.status, 401);
  });
});
