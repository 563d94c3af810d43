import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { initial } from './migrations/0001-initial.ts';
import { ideas } from './migrations/0002-ideas.ts';
import { maps } from './migrations/0003-maps.ts';
import { serverWideIds } from './migrations/0004-server-wide-ids.ts';
import type { Tables } from './tables.ts';

// Migrations live in code (not read from a folder) so they run the same under tsx and in a bundle.
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-ideas': ideas,
  '0003-maps': maps,
  '0004-server-wide-ids': serverWideIds,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; throws when a migration fails. */
export async function migrateToLatest(db: Kysely<Tables>): Promise<void> {
  // Features land in parallel: a database that ran a later-numbered migration first still takes an
  // earlier one that arrives afterwards.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}
