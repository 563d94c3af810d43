// Map query latency at 100,000 reports: seeds a temp SQLite database (migrated like the server's)
// and times the bbox list and the cluster counts through the same service functions the routes
// call, median and p99 over many random viewports. Also prints SQLite's query plans, to show that
// both read the `reports_position` index.
//
//   node --import tsx --conditions=source scripts/bench/map-queries.ts
//   BENCH_REPORTS=100000 BENCH_ROUNDS=300 … (defaults)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { seedDemo, demoSiteId } from '../../packages/server/src/db/demo-seed.ts';
import { migrateToLatest } from '../../packages/server/src/db/migrate.ts';
import { openDatabase } from '../../packages/server/src/db/open-database.ts';
import { createMap } from '../../packages/server/src/services/map-service.ts';
import { listReports, reportClusters } from '../../packages/server/src/services/report-service.ts';
import type { ServiceContext } from '../../packages/server/src/services/service-context.ts';

const total = Number(process.env.BENCH_REPORTS ?? 100_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 300);
// A city and its surroundings: about 17 × 17 km around Utrecht.
const bounds = { south: 52.02, west: 5.0, north: 52.17, east: 5.25 };
const categories = ['straatverlichting', 'gat-in-de-weg', 'zwerfafval', 'idee-voor-de-buurt'];
const statuses = ['open', 'open', 'acknowledged', 'in-progress', 'fixed', 'closed'] as const;

// A fixed seed, so two runs measure the same data.
let state = 42;
const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const log = (line: string) => process.stdout.write(`${line}\n`);

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms`;
}

async function time(label: string, run: () => Promise<unknown>) {
  for (let i = 0; i < 10; i++) await run(); // warm the page cache and statement cache
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  log(`${label.padEnd(58)} ${stats(samples)}`);
}

/** A random viewport of `width` × `height` degrees inside the bounds. */
function viewport(width: number, height: number): string {
  const west = bounds.west + random() * (bounds.east - bounds.west - width);
  const south = bounds.south + random() * (bounds.north - bounds.south - height);
  return [west, south, west + width, south + height].map((v) => v.toFixed(6)).join(',');
}

const dir = await mkdtemp(path.join(tmpdir(), 'inspraak-bench-maps-'));
const database = openDatabase(dir);
try {
  await migrateToLatest(database.db);
  await seedDemo(database.db);
  const ctx: ServiceContext = { db: database.db, now: () => new Date() };
  const map = await createMap(ctx, demoSiteId, {
    id: 'map_bench',
    title: 'Benchmark',
    center: { lat: 52.09, lng: 5.12 },
    zoom: 13,
    bounds,
    categories: categories.map((code) => ({ code, name: code, questions: [] })),
  });

  let started = performance.now();
  const now = Date.now();
  await database.db.transaction().execute(async (trx) => {
    const batch = 1000;
    for (let i = 0; i < total; i += batch) {
      const rows = Array.from({ length: Math.min(batch, total - i) }, (_, j) => {
        const n = i + j;
        // Half spread over the whole area, half in a dense centre, as reports gather downtown.
        const dense = random() < 0.5;
        const lat = dense ? 52.085 + random() * 0.015 : bounds.south + random() * (bounds.north - bounds.south);
        const lng = dense ? 5.11 + random() * 0.025 : bounds.west + random() * (bounds.east - bounds.west);
        const at = new Date(now - (total - n) * 60_000).toISOString();
        return {
          site_id: demoSiteId,
          id: `rep_bench_${n.toString(36).padStart(6, '0')}`,
          map_id: map.id,
          category: categories[Math.floor(random() * categories.length)]!,
          status: statuses[Math.floor(random() * statuses.length)]!,
          moderation: random() < 0.97 ? ('published' as const) : ('pending' as const),
          description: `Melding ${n}`,
          lat,
          lng,
          address: null,
          answers: '{}',
          receipt_hash: `bench${n}`,
          client_hash: null,
          created_at: at,
          updated_at: at,
        };
      });
      await trx.insertInto('reports').values(rows).execute();
    }
  });
  await sql`analyze`.execute(database.db);
  log(`Seeded ${total.toLocaleString('en')} reports in ${((performance.now() - started) / 1000).toFixed(1)} s (${dir})`);
  log(`${rounds} random viewports per line; times are for the whole service call (query + JSON shaping)\n`);

  const url = (id: string) => `http://localhost/v1/photos/${id}`;
  await time('list, street viewport (zoom 17, ~0.006° × 0.003°), limit 20', () =>
    listReports(ctx, demoSiteId, map.id, { bbox: viewport(0.006, 0.003), limit: 20 }, url, false));
  await time('list, district viewport (zoom 15, ~0.025° × 0.012°), limit 20', () =>
    listReports(ctx, demoSiteId, map.id, { bbox: viewport(0.025, 0.012), limit: 20 }, url, false));
  await time('list, whole map, limit 100', () =>
    listReports(ctx, demoSiteId, map.id, { bbox: `${bounds.west},${bounds.south},${bounds.east},${bounds.north}`, limit: 100 }, url, false));
  await time('list, district viewport, one category, limit 20', () =>
    listReports(ctx, demoSiteId, map.id, { bbox: viewport(0.025, 0.012), category: 'zwerfafval', limit: 20 }, url, false));
  await time('clusters, street viewport, zoom 17', () => reportClusters(ctx, demoSiteId, map.id, { bbox: viewport(0.006, 0.003), zoom: 17 }));
  await time('clusters, district viewport, zoom 15', () => reportClusters(ctx, demoSiteId, map.id, { bbox: viewport(0.025, 0.012), zoom: 15 }));
  await time('clusters, whole city (zoom 12, all 100k in view)', () =>
    reportClusters(ctx, demoSiteId, map.id, { bbox: `${bounds.west},${bounds.south},${bounds.east},${bounds.north}`, zoom: 12 }));

  log('\nQuery plans:');
  const plan = async (label: string, query: string) => {
    const rows = await sql.raw<{ detail: string }>(`explain query plan ${query}`).execute(database.db);
    log(`  ${label}: ${rows.rows.map((r) => r.detail).join(' | ')}`);
  };
  const box = `lat >= 52.09 and lat <= 52.1 and lng >= 5.11 and lng <= 5.13`;
  await plan('list, viewport', `select * from reports where site_id = 'site_demo' and map_id = 'map_bench' and ${box} and moderation = 'published' order by +created_at desc, +id desc limit 21`);
  await plan('list, most of the map', `select * from reports where site_id = 'site_demo' and map_id = 'map_bench' and lat >= 52.02 and lat <= 52.17 and lng >= 5.0 and lng <= 5.25 and moderation = 'published' order by created_at desc, id desc limit 21`);
  await plan('clusters', `select cast((lng + 180.0) / 0.01 as integer), cast((lat + 90.0) / 0.01 as integer), category, count(*) from reports where site_id = 'site_demo' and map_id = 'map_bench' and ${box} and moderation = 'published' group by 1, 2, category`);
} finally {
  await database.close();
  await rm(dir, { recursive: true, force: true });
}
