import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Migrator, sql } from 'kysely';
import { createClientAddressHasher, loadClientAddressSecret } from '../src/credentials/client-address-hasher.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { initial } from '../src/db/migrations/0001-initial.ts';
import { ideas } from '../src/db/migrations/0002-ideas.ts';
import { legacySecretFileName } from '../src/db/migrations/0005-server-secrets.ts';
import { maps } from '../src/db/migrations/0003-maps.ts';
import { openDatabase } from '../src/db/open-database.ts';

describe('migrations', () => {
  it('a database that ran 0003-maps before an earlier-numbered migration existed still takes it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'inspraak-migrations-'));
    const database = openDatabase(dir);
    try {
      // As on a machine where the maps feature landed first.
      const early = new Migrator({ db: database.db, provider: { getMigrations: async () => ({ '0001-initial': initial, '0003-maps': maps }) } });
      const first = await early.migrateToLatest();
      assert.equal(first.error, undefined);
      await migrateToLatest(database.db);
      const ran = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(database.db);
      const names = ran.rows.map((r) => r.name);
      assert.ok(names.includes('0001-initial') && names.includes('0003-maps'));
      assert.ok(names.length >= 2);
      const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(database.db);
      for (const table of ['maps', 'reports', 'report_updates', 'report_photos', 'report_supports']) {
        assert.ok(tables.rows.some((t) => t.name === table), table);
      }
      await migrateToLatest(database.db); // and again: nothing left to do
    } finally {
      await database.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('0005 imports the client-address secret that older versions kept in a file, so hashes stay the same', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'inspraak-migrations-'));
    const database = openDatabase(dir);
    try {
      // A data folder as version 0.1 left it: schema up to 0003, the secret beside the database.
      const old = new Migrator({ db: database.db, provider: { getMigrations: async () => ({ '0001-initial': initial, '0002-ideas': ideas, '0003-maps': maps }) } });
      assert.equal((await old.migrateToLatest()).error, undefined);
      // And a map of that version, which 0012 must keep open.
      await sql`insert into sites (id, name, public_key, admin_token_hash, allowed_origins, created_at)
        values ('site_oud', 'Oud', 'pk_oud', 'hash', '[]', '2025-01-01T00:00:00.000Z')`.execute(database.db);
      await sql`insert into maps (site_id, id, title, center_lat, center_lng, zoom, min_zoom, max_zoom, south, west, north, east, tiles, geocoder, categories, moderation, created_at, updated_at)
        values ('site_oud', 'map_oud', 'Oud', 52, 5, 14, 10, 19, 51, 4, 53, 6, '{}', '{}', '[]', 'post', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`.execute(database.db);
      const legacy = 'ab'.repeat(32);
      await writeFile(path.join(dir, legacySecretFileName), `${legacy}\n`);
      const hashBefore = createClientAddressHasher(Buffer.from(legacy, 'hex'))('203.0.113.7');

      assert.deepEqual(await migrateToLatest(database.db, { dataDir: dir }), ['0004-server-wide-ids', '0005-server-secrets', '0006-staff', '0007-audit-log', '0008-answer-due', '0009-hide-reasons', '0010-report-hide-reasons', '0011-participation-by-day', '0012-map-status']);
      const kept = await sql<{ status: string }>`select status from maps where id = 'map_oud'`.execute(database.db);
      assert.deepEqual(kept.rows, [{ status: 'open' }]);
      const secret = await loadClientAddressSecret(database.db);
      assert.equal(secret.toString('hex'), legacy);
      assert.equal(createClientAddressHasher(secret)('203.0.113.7'), hashBefore);
    } finally {
      await database.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('without a secret file a new secret is made once and kept', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'inspraak-migrations-'));
    const database = openDatabase(dir);
    try {
      await migrateToLatest(database.db, { dataDir: dir });
      const first = await loadClientAddressSecret(database.db);
      assert.equal(first.length, 32);
      assert.deepEqual(await loadClientAddressSecret(database.db), first);
    } finally {
      await database.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
