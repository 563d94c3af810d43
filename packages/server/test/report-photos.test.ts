import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { loadConfig } from '../src/config.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import {
  adminKeyHeaders,
  createMapAsAdmin,
  jpegWithGps,
  newReport,
  photoCount,
  pngBomb,
  siteKeyHeaders,
  smallMapInput,
  uploadPhoto,
} from './support/map-fixtures.ts';

const has = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'latin1'));

describe('photo limits in the config', () => {
  it('default to 8 MB and 50 megapixels and are read from the environment', () => {
    const defaults = loadConfig({});
    assert.deepEqual([defaults.photoMaxBytes, defaults.photoMaxPixels], [8 * 1024 * 1024, 50_000_000]);
    const set = loadConfig({ INSPRAAK_PHOTO_MAX_BYTES: '1000', INSPRAAK_PHOTO_MAX_PIXELS: '2000' });
    assert.deepEqual([set.photoMaxBytes, set.photoMaxPixels], [1000, 2000]);
    assert.throws(() => loadConfig({ INSPRAAK_PHOTO_MAX_BYTES: 'veel' }), /INSPRAAK_PHOTO_MAX_BYTES/);
  });
});

describe('report photos', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ config: { photoMaxBytes: 300 * 1024, photoMaxPixels: 40_000_000 } });
  });
  after(() => server.close());

  describe('POST /reports/{reportId}/photos (addReportPhoto) and GET /photos/{photoId} (getReportPhoto)', () => {
    it('THE EXIF TEST: a JPEG with GPS, camera, XMP and a P3 profile comes back with none of it', async () => {
      const original = await jpegWithGps();
      // The test photo really carries what must be removed.
      const before = await sharp(original).metadata();
      assert.ok(before.exif && has(before.exif, 'SecretCam'), 'the upload has EXIF');
      assert.ok(before.exif.includes(Buffer.from([0x25, 0x88])) || before.exif.includes(Buffer.from([0x88, 0x25])), 'the upload has a GPS IFD pointer (tag 0x8825)');
      assert.ok(before.xmp, 'the upload has XMP');
      assert.ok(before.icc, 'the upload has an ICC profile');

      const { report, receipt } = await newReport(server);
      const response = await uploadPhoto(server, report.id, receipt, { data: original, name: 'IMG_0001.JPG', type: 'image/jpeg' });
      assert.equal(response.status, 201, response.text);
      const photo = response.body;
      assert.match(photo.id, /^ph_/);
      assert.equal(photo.mediaType, 'image/jpeg');
      assert.deepEqual([photo.width, photo.height], [320, 240]);
      assert.equal(response.headers.get('location'), `/v1/photos/${photo.id}`);
      assert.equal(photo.url, `${server.baseUrl}/photos/${photo.id}`);

      const served = await fetch(photo.url);
      assert.equal(served.status, 200);
      assert.equal(served.headers.get('content-type'), 'image/jpeg');
      const bytes = Buffer.from(await served.arrayBuffer());
      assert.equal(bytes.length, photo.bytes);
      const after = await sharp(bytes).metadata();
      assert.equal(after.format, 'jpeg');
      assert.equal(after.exif, undefined, 'no EXIF at all');
      assert.equal(after.xmp, undefined, 'no XMP');
      assert.equal(after.iptc, undefined, 'no IPTC');
      assert.equal(after.icc, undefined, 'no ICC profile (pixels are sRGB)');
      assert.ok(!has(bytes, 'Exif\0\0'), 'no APP1 Exif segment');
      assert.ok(!has(bytes, 'http://ns.adobe.com/xap/1.0/'), 'no XMP segment');
      assert.ok(!has(bytes, 'ICC_PROFILE'), 'no ICC segment');
      for (const secret of ['SecretCam', 'Spy 3000', 'Jan Jansen', 'GPS']) assert.ok(!has(bytes, secret), `"${secret}" is gone`);
      // And the stored row is the clean one (the upload was never written).
      const row = await server.app.inspraak.db.selectFrom('report_photos').select('data').where('id', '=', photo.id).executeTakeFirstOrThrow();
      assert.ok(Buffer.from(row.data).equals(bytes));

      const read = await call(server.baseUrl, 'getReport', { path: `/reports/${report.id}`, headers: siteKeyHeaders(server) });
      assert.deepEqual(read.body.properties.mediaUrls, [photo.url]);
    });

    it('serves the photo with a year of caching, its ETag and 304; 404 for unknown photos and photos of hidden reports', async () => {
      const { report, receipt } = await newReport(server);
      const png = await sharp({ create: { width: 40, height: 30, channels: 4, background: '#00ff0080' } }).png().toBuffer();
      const upload = await uploadPhoto(server, report.id, receipt, { data: png, name: 'kaart.png', type: 'image/png' });
      assert.equal(upload.status, 201);
      assert.equal(upload.body.mediaType, 'image/jpeg', 'a PNG is stored as JPEG');
      const served = await call(server.baseUrl, 'getReportPhoto', { path: `/photos/${upload.body.id}` });
      assert.equal(served.status, 200);
      assert.match(served.headers.get('cache-control')!, /immutable/);
      const etag = served.headers.get('etag')!;
      const again = await call(server.baseUrl, 'getReportPhoto', { path: `/photos/${upload.body.id}`, headers: { 'if-none-match': etag } });
      assert.equal(again.status, 304);
      assert.equal((await call(server.baseUrl, 'getReportPhoto', { path: '/photos/ph_nope' })).status, 404);
      await call(server.baseUrl, 'moderateReport', { method: 'POST', path: `/admin/reports/${report.id}/moderation`, headers: adminKeyHeaders(server), json: { decision: 'hide' } });
      assert.equal((await call(server.baseUrl, 'getReportPhoto', { path: `/photos/${upload.body.id}` })).status, 404);
    });

    it('judges by content: a text file named .jpg, a truncated JPEG and a GIF are refused, nothing stored', async () => {
      const { report, receipt } = await newReport(server);
      const jpeg = await jpegWithGps();
      const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: 'blue' } }).gif().toBuffer();
      const before = await photoCount(server);
      for (const [data, name] of [
        [Buffer.from('Dit is geen foto, maar het heet wel zo.'), 'foto.jpg'],
        [jpeg.subarray(0, 200), 'afgebroken.jpg'],
        [gif, 'animatie.jpg'],
      ] as const) {
        const response = await uploadPhoto(server, report.id, receipt, { data, name, type: 'image/jpeg' });
        assert.equal(response.status, 422, name);
        assert.deepEqual(response.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]), [['/photo', 'not-an-image']], name);
      }
      assert.equal(await photoCount(server), before);
    });

    it('a decompression bomb (a tiny PNG declaring 30000 × 30000 px) is refused before decoding', async () => {
      const { report, receipt } = await newReport(server);
      const bomb = pngBomb();
      assert.ok(bomb.length < 1024, `the bomb is ${bomb.length} bytes`);
      const before = await photoCount(server);
      const started = Date.now();
      const response = await uploadPhoto(server, report.id, receipt, { data: bomb, name: 'klein.png', type: 'image/png' });
      assert.equal(response.status, 422);
      assert.deepEqual(response.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]), [['/photo', 'too-many-pixels']]);
      assert.ok(Date.now() - started < 2000, 'answered without decoding 900 megapixels');
      assert.equal(await photoCount(server), before);
    });

    it('too large: 413 with the field, whether just over the limit or far over it', async () => {
      const { report, receipt } = await newReport(server);
      const before = await photoCount(server);
      for (const size of [300 * 1024 + 1, 2 * 1024 * 1024]) {
        const response = await uploadPhoto(server, report.id, receipt, { data: Buffer.alloc(size, 0xff) });
        assert.equal(response.status, 413, String(size));
        assert.equal(response.body.code, 'payload-too-large');
        assert.equal(response.body.errors[0].pointer, '/photo');
      }
      assert.equal(await photoCount(server), before);
    });

    it('a multipart body that cannot be read is a 400 problem; two files are a 422 on the field; nothing stored', async () => {
      const { report, receipt } = await newReport(server);
      const before = await photoCount(server);
      const send = (contentType: string, body: string) =>
        call(server.baseUrl, 'addReportPhoto', { method: 'POST', path: `/reports/${report.id}/photos`, headers: { ...siteKeyHeaders(server), 'content-type': contentType }, body });
      const part = (name: string, content: string, filename?: string) =>
        `--b\r\ncontent-disposition: form-data; name="${name}"${filename ? `; filename="${filename}"\r\ncontent-type: image/jpeg` : ''}\r\n\r\n${content}\r\n`;
      for (const [contentType, body] of [
        ['multipart/form-data', part('receipt', receipt)],
        ['multipart/form-data; boundary=b', `${part('receipt', receipt)}--b\r\ncontent-disposition: form-data; name="photo"; filename="cut.jpg"\r\n\r\nnot closed`],
      ]) {
        const response = await send(contentType!, body!);
        assert.equal(response.status, 400, body);
        assert.equal(response.body.code, 'bad-request');
      }
      const twoFiles = await send('multipart/form-data; boundary=b', `${part('receipt', receipt)}${part('photo', 'a', 'a.jpg')}${part('photo', 'b', 'b.jpg')}--b--\r\n`);
      assert.equal(twoFiles.status, 422);
      assert.deepEqual([twoFiles.body.errors[0].pointer, twoFiles.body.errors[0].code], ['/photo', 'too-many']);
      assert.equal(await photoCount(server), before);
    });

    it('at most 3 photos per report', async () => {
      const { report, receipt } = await newReport(server);
      const jpeg = await sharp({ create: { width: 10, height: 10, channels: 3, background: 'white' } }).jpeg().toBuffer();
      for (let i = 0; i < 3; i++) assert.equal((await uploadPhoto(server, report.id, receipt, { data: jpeg })).status, 201);
      const fourth = await uploadPhoto(server, report.id, receipt, { data: jpeg });
      assert.equal(fourth.status, 422);
      assert.deepEqual([fourth.body.errors[0].pointer, fourth.body.errors[0].code], ['/photo', 'too-many']);
      const read = await call(server.baseUrl, 'getReport', { path: `/reports/${report.id}`, headers: siteKeyHeaders(server) });
      assert.equal(read.body.properties.mediaUrls.length, 3);
    });

    it('only with the report’s own receipt; 422 without receipt or photo; 404 unknown report; 415 for JSON; 401 without key', async () => {
      const { report, receipt } = await newReport(server);
      const other = await newReport(server);
      const jpeg = await sharp({ create: { width: 10, height: 10, channels: 3, background: 'white' } }).jpeg().toBuffer();
      const before = await photoCount(server);
      const wrong = await uploadPhoto(server, report.id, other.receipt, { data: jpeg });
      assert.equal(wrong.status, 403);
      assert.equal(wrong.body.code, 'receipt-not-valid');
      const noReceipt = await uploadPhoto(server, report.id, undefined, { data: jpeg });
      assert.equal(noReceipt.status, 422);
      assert.equal(noReceipt.body.errors[0].pointer, '/receipt');
      const noPhoto = await uploadPhoto(server, report.id, receipt, undefined);
      assert.equal(noPhoto.status, 422);
      assert.equal(noPhoto.body.errors[0].pointer, '/photo');
      assert.equal((await uploadPhoto(server, 'rep_nope', receipt, { data: jpeg })).status, 404);
      assert.equal((await uploadPhoto(server, report.id, receipt, { data: jpeg }, { 'inspraak-site-key': 'pk_nope' })).status, 401);
      const json = await call(server.baseUrl, 'addReportPhoto', {
        method: 'POST',
        path: `/reports/${report.id}/photos`,
        headers: siteKeyHeaders(server),
        json: { receipt, photo: 'aGFsbG8=' },
      });
      assert.equal(json.status, 415);
      assert.equal(await photoCount(server), before);
    });

    it('photos of a report that waits for review are not served until it is published', async () => {
      const mapId = (await createMapAsAdmin(server, smallMapInput({ moderation: 'pre' }))).id;
      const { report, receipt } = await newReport(server, { category: 'bankje', lat: 52.4, lng: 4.9 }, mapId);
      const jpeg = await sharp({ create: { width: 10, height: 10, channels: 3, background: 'white' } }).jpeg().toBuffer();
      const upload = await uploadPhoto(server, report.id, receipt, { data: jpeg });
      assert.equal(upload.status, 201);
      assert.equal((await fetch(upload.body.url)).status, 404);
      await call(server.baseUrl, 'moderateReport', { method: 'POST', path: `/admin/reports/${report.id}/moderation`, headers: adminKeyHeaders(server), json: { decision: 'publish' } });
      assert.equal((await fetch(upload.body.url)).status, 200);
    });
  });
});
