import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Migrator, sql } from 'kysely';
import { migrateToLatest } from '../src/db/migrate.ts';
import { initial } from '../src/db/migrations/0001-initial.ts';
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
});
