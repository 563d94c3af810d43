import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { databaseFileName, openDatabase, type OpenedDatabase } from '../db/open-database.ts';
import type { ServiceContext } from '../services/service-context.ts';
import { CliError } from './cli-error.ts';

/** The database file in the configured data folder (INSPRAAK_DATA_DIR, default ./data of the working directory). */
export const databaseFileOf = (config: Config): string => path.join(config.dataDir, databaseFileName);

/** Stops with a message that names the file and the setting, when there is no database there. */
export function requireDatabaseFile(config: Config): string {
  const file = databaseFileOf(config);
  if (!existsSync(file)) {
    throw new CliError(
      `No database at ${file}. Run this where the server runs, or set INSPRAAK_DATA_DIR to the server's data folder.`,
    );
  }
  return file;
}

export interface CommandDatabase {
  database: OpenedDatabase;
  ctx: ServiceContext;
  /** Migrations that ran on opening. */
  migrated: string[];
}

/**
 * Opens (and migrates) the database a command works on, saying which file it is on stderr, so a
 * command run from another folder does not silently use another database. `create: false` refuses
 * a missing one instead of making an empty one.
 */
export async function openCommandDatabase(config: Config, { create }: { create: boolean }): Promise<CommandDatabase> {
  const file = databaseFileOf(config);
  const isNew = !existsSync(file);
  if (isNew && !create) requireDatabaseFile(config);
  console.error(`Database: ${file}${isNew ? ' (new)' : ''}`);
  const database = openDatabase(config.dataDir);
  try {
    const migrated = await migrateToLatest(database.db, { dataDir: config.dataDir });
    return { database, ctx: { db: database.db, now: () => new Date() }, migrated };
  } catch (error) {
    await database.close();
    throw error;
  }
}
