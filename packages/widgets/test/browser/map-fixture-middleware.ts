/**
 * A dev-server middleware for the feedback map's browser tests: everything the map would fetch
 * from the internet, served locally, so no test reaches the internet.
 *
 *   GET  /__map/tiles/{z}/{x}/{y}.png     → a 256 px PNG tile (a light square with a grid line)
 *   GET  /__map/pdok/{suggest|free|lookup|reverse}?… → answers shaped like PDOK Locatieserver v3.1's
 *   GET  /__map/nominatim/search?q=…&format=jsonv2 → an answer shaped like Nominatim's
 *   POST /__map/maps  { map: Partial<FeedbackMapCreate>, origin } → FeedbackMap, created with the admin
 *        token, its tiles and geocoder pointing at the two fixtures above on `origin` (the dev server)
 *   GET  /__map/maps/:id/reports          → the admin list of the map's reports (also pending ones)
 */
import { deflateSync } from 'node:zlib';
import { createClient, type FeedbackMapCreate } from '@inspraak/sdk';
import type { TestServer } from '../../../server/src/testing.ts';

interface Context {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  req: AsyncIterable<Buffer>;
  status: number;
  body: unknown;
  type: string;
}

/** Addresses the geocoder fixture knows: around Utrecht Centraal, and one far outside the test maps. */
export const fixtureAddresses = [
  { id: 'adr-1', weergavenaam: 'Stationsplein 1, 3511ED Utrecht', lat: 52.0894, lng: 5.1101 },
  { id: 'adr-2', weergavenaam: 'Vredenburg 40, 3511BD Utrecht', lat: 52.0925, lng: 5.1158 },
  { id: 'adr-3', weergavenaam: 'Stadhuisbrug 1, 3511LK Utrecht', lat: 52.0914, lng: 5.1186 },
  { id: 'adr-4', weergavenaam: 'Dam 1, 1012JS Amsterdam', lat: 52.3731, lng: 4.8926 },
];

const point = (address: (typeof fixtureAddresses)[number]) => `POINT(${address.lng} ${address.lat})`;

function pdokAnswer(kind: string, query: Context['query']): unknown {
  const q = String(query.q ?? '').toLowerCase();
  const matches = fixtureAddresses.filter((address) => q && address.weergavenaam.toLowerCase().includes(q));
  const docs = (() => {
    if (kind === 'suggest') return matches.map(({ id, weergavenaam }) => ({ id, weergavenaam, type: 'adres', score: 10 }));
    if (kind === 'free') return matches.map((address) => ({ id: address.id, weergavenaam: address.weergavenaam, centroide_ll: point(address) }));
    if (kind === 'lookup') {
      const found = fixtureAddresses.find((address) => address.id === query.id);
      return found ? [{ id: found.id, weergavenaam: found.weergavenaam, centroide_ll: point(found) }] : [];
    }
    // reverse: the nearest fixture address
    const lat = Number(query.lat);
    const lng = Number(query.lon);
    const nearest = [...fixtureAddresses].sort((a, b) => Math.hypot(a.lat - lat, a.lng - lng) - Math.hypot(b.lat - lat, b.lng - lng))[0]!;
    return [{ id: nearest.id, weergavenaam: nearest.weergavenaam, type: 'adres', afstand: 10 }];
  })();
  return { response: { numFound: docs.length, start: 0, maxScore: 10, docs } };
}

// ── A PNG tile, encoded here so the fixture needs no image file ──────────────────────────────

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** A 256 × 256 RGB tile: a pale green square with a grey line along its top and left edges. */
export function tilePng(): Buffer {
  const size = 256;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x += 1) {
      const edge = x === 0 || y === 0;
      row.set(edge ? [170, 170, 170] : [232, 240, 226], 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const tile = tilePng();

let counter = 0;

export function mapFixtureMiddleware(server: TestServer) {
  const admin = createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken });
  return async (context: Context, next: () => Promise<unknown>) => {
    if (!context.path.startsWith('/__map/')) return next();
    try {
      if (context.method === 'GET' && /^\/__map\/tiles\/\d+\/\d+\/\d+\.png$/.test(context.path)) {
        context.type = 'image/png';
        context.body = tile;
        return;
      }
      const pdok = /^\/__map\/pdok\/(suggest|free|lookup|reverse)$/.exec(context.path);
      if (context.method === 'GET' && pdok) {
        context.type = 'json';
        context.body = pdokAnswer(pdok[1]!, context.query);
        return;
      }
      if (context.method === 'GET' && context.path === '/__map/nominatim/search') {
        const q = String(context.query.q ?? '').toLowerCase();
        context.type = 'json';
        context.body = fixtureAddresses
          .filter((address) => q && address.weergavenaam.toLowerCase().includes(q))
          .map((address) => ({ display_name: address.weergavenaam, lat: String(address.lat), lon: String(address.lng) }));
        return;
      }
      if (context.method === 'POST' && context.path === '/__map/maps') {
        const chunks: Buffer[] = [];
        for await (const part of context.req) chunks.push(part);
        const { map, origin, geocoder } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          map: Partial<FeedbackMapCreate>;
          origin: string;
          geocoder?: 'nominatim';
        };
        context.type = 'json';
        context.body = await admin.admin.maps.create({
          id: `map_t${Date.now().toString(36)}${(counter += 1)}`,
          title: 'Meld het in de buurt',
          center: { lat: 52.0907, lng: 5.1214 },
          zoom: 15,
          minZoom: 13,
          maxZoom: 19,
          bounds: { south: 52.075, west: 5.095, north: 52.105, east: 5.145 },
          tiles: { urlTemplate: `${origin}/__map/tiles/{z}/{x}/{y}.png`, attribution: 'Testkaart', maxZoom: 19 },
          geocoder: geocoder === 'nominatim' ? { kind: 'nominatim', url: `${origin}/__map/nominatim` } : { kind: 'pdok-locatieserver', url: `${origin}/__map/pdok` },
          categories: [
            { code: 'straatverlichting', name: 'Kapotte straatverlichting', questions: [] },
            {
              code: 'gat-in-de-weg',
              name: 'Gat in de weg',
              questions: [
                {
                  id: 'grootte',
                  label: 'Hoe groot is het gat?',
                  kind: 'choice',
                  required: true,
                  choices: [
                    { id: 'klein', label: 'Kleiner dan een voetbal' },
                    { id: 'groot', label: 'Groter dan een voetbal' },
                  ],
                },
              ],
            },
            { code: 'zwerfafval', name: 'Zwerfafval', questions: [] },
          ],
          ...map,
        } as FeedbackMapCreate);
        return;
      }
      const reports = /^\/__map\/maps\/([\w-]+)\/reports$/.exec(context.path);
      if (context.method === 'GET' && reports) {
        context.type = 'json';
        context.body = await admin.admin.reports.list(reports[1]!, { limit: 100 });
        return;
      }
      context.status = 404;
    } catch (error) {
      context.status = 500;
      context.type = 'json';
      context.body = { error: String(error), problem: (error as { problem?: unknown }).problem };
    }
  };
}
