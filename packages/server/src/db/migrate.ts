import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { features, type MigrateOptions } from '../features.ts';
import type { Tables } from './tables.ts';

export type { MigrateOptions };

/** Every feature's migrations by name; two with one name would hide one of them. */
function migrations(options: MigrateOptions): Record<string, Migration> {
  const all: Record<string, Migration> = {};
  for (const [name, migration] of features.flatMap((feature) => Object.entries(feature.migrations(options)))) {
    if (all[name]) throw new Error(`Two migrations are named ${name}`);
    all[name] = migration;
  }
  return all;
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
