import { deflateSync, crc32 } from 'node:zlib';
import sharp from 'sharp';
import type { TestServer } from '../../src/testing.ts';
import { assertMatchesContract } from './contract-response.ts';
import { call, type CallResult } from './api.ts';

export const demoMapId = 'map_demo';
/** A place inside the demo map's bounds (Utrecht Centraal). */
export const insideDemo = { lat: 52.0907, lng: 5.1214 };

export const siteKeyHeaders = (server: TestServer): Record<string, string> => ({ 'inspraak-site-key': server.siteKey });
export const adminKeyHeaders = (server: TestServer): Record<string, string> => ({ authorization: `Bearer ${server.adminToken}` });

export async function createReport(server: TestServer, input: Record<string, unknown>, mapId = demoMapId, headers: Record<string, string> = {}) {
  return call(server.baseUrl, 'createReport', {
    method: 'POST',
    path: `/maps/${mapId}/reports`,
    headers: { ...siteKeyHeaders(server), ...headers },
    json: input,
  });
}

/** A report that must be created; returns `{ report, receipt }`. */
export async function newReport(server: TestServer, input: Record<string, unknown> = {}, mapId = demoMapId) {
  const response = await createReport(server, { category: 'zwerfafval', ...insideDemo, description: 'Afval bij de ingang.', ...input }, mapId);
  if (response.status !== 201) throw new Error(`createReport: ${response.status} ${response.text}`);
  return response.body as { report: { id: string; properties: Record<string, any> } & Record<string, any>; receipt: string };
}

export async function createMapAsAdmin(server: TestServer, input: Record<string, unknown>) {
  const response = await call(server.baseUrl, 'createMap', { method: 'POST', path: '/admin/maps', headers: adminKeyHeaders(server), json: input });
  if (response.status !== 201) throw new Error(`createMap: ${response.status} ${response.text}`);
  return response.body as Record<string, any> & { id: string };
}

export const smallMapInput = (extra: Record<string, unknown> = {}) => ({
  title: 'Proefkaart',
  center: { lat: 52.37, lng: 4.89 },
  zoom: 14,
  bounds: { south: 52.3, west: 4.8, north: 52.45, east: 5.0 },
  categories: [
    { code: 'bankje', name: 'Kapot bankje', questions: [] },
    { code: 'boom', name: 'Boom', questions: [{ id: 'soort', label: 'Welke boom?', kind: 'text', required: false }] },
  ],
  ...extra,
});

/** Uploads a file as multipart/form-data, checks the answer against the contract. */
export async function uploadPhoto(
  server: TestServer,
  reportId: string,
  receipt: string | undefined,
  file: { data: Uint8Array; name?: string; type?: string } | undefined,
  headers: Record<string, string> = {},
): Promise<CallResult> {
  const form = new FormData();
  if (receipt !== undefined) form.set('receipt', receipt);
  if (file) form.set('photo', new Blob([new Uint8Array(file.data)], { type: file.type ?? 'image/jpeg' }), file.name ?? 'photo.jpg');
  const response = await fetch(`${server.baseUrl}/reports/${reportId}/photos`, {
    method: 'POST',
    headers: { ...siteKeyHeaders(server), ...headers },
    body: form,
  });
  const text = await response.text();
  const result = { status: response.status, headers: response.headers, text };
  assertMatchesContract('addReportPhoto', result);
  const type = response.headers.get('content-type') ?? '';
  return { ...result, body: type.includes('json') && text ? JSON.parse(text) : undefined };
}

export async function photoCount(server: TestServer): Promise<number> {
  const row = await server.app.inspraak.db
    .selectFrom('report_photos')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function reportCount(server: TestServer): Promise<number> {
  const row = await server.app.inspraak.db.selectFrom('reports').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A real JPEG carrying GPS EXIF, camera make, XMP and a Display P3 ICC profile. */
export async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .withExif({
      IFD0: { Make: 'SecretCam', Model: 'Spy 3000', Copyright: 'Jan Jansen' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '52/1 5/1 2652/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '5/1 7/1 1700/100',
      },
    })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Jan Jansen</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>')
    .withIccProfile('p3')
    .jpeg()
    .toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A decompression bomb: a PNG of a few hundred bytes whose header declares width × height pixels
 * (grey, 8 bit), with only the first rows of zeros actually present.
 */
export function pngBomb(width = 30_000, height = 30_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = deflateSync(Buffer.alloc((width + 1) * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', rows),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
