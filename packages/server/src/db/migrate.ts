import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { initial } from './migrations/0001-initial.ts';
import { ideas } from './migrations/0002-ideas.ts';
import { maps } from './migrations/0003-maps.ts';
import { serverWideIds } from './migrations/0004-server-wide-ids.ts';
import { serverSecrets } from './migrations/0005-server-secrets.ts';
import type { Tables } from './tables.ts';

export interface MigrateOptions {
  /** The data folder, where files that older versions kept (the client-address secret) are imported from. */
  dataDir?: string;
}

// Migrations live in code (not read from a folder) so they run the same under tsx and compiled.
function migrations({ dataDir }: MigrateOptions): Record<string, Migration> {
  return {
    '0001-initial': initial,
    '0002-ideas': ideas,
    '0003-maps': maps,
    '0004-server-wide-ids': serverWideIds,
    '0005-server-secrets': serverSecrets(dataDir),
  };
}

/** Brings the schema up to date and returns the names of the migrations that ran now; throws when one fails. */
export async function migrateToLatest(db: Kysely<Tables>, options: MigrateOptions = {}): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(options) };
  // Features land in parallel: a database that ran a later-numbered migration first still takes an
  // earlier one that arrives afterwards.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** How many migrations the code knows (for `inspraak migrate`'s report). */
export const knownMigrationCount = Object.keys(migrations({})).length;
