import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Kysely, Migration } from 'kysely';

/** Where the client-address secret lived before this migration: a file in the data folder. */
export const legacySecretFileName = 'client-address.secret';

/**
 * Server secrets move into the database, so that a backup of the database file is complete (a
 * restore without the secret would change every client-address hash: rate limits and stored
 * hashes would no longer match) and several instances on one database share them. An existing
 * `client-address.secret` in the data folder is imported; the file is left as it was.
 */
export function serverSecrets(dataDir: string | undefined): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('server_secrets')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      const existing = dataDir === undefined ? undefined : readLegacySecret(dataDir);
      if (existing) {
        await (db as Kysely<{ server_secrets: { name: string; value: string; created_at: string } }>)
          .insertInto('server_secrets')
          .values({ name: 'client-address', value: existing, created_at: new Date().toISOString() })
          .execute();
      }
    },
  };
}

function readLegacySecret(dataDir: string): string | undefined {
  try {
    const value = readFileSync(path.join(dataDir, legacySecretFileName), 'utf8').trim();
    return /^[0-9a-f]{64}$/i.test(value) ? value.toLowerCase() : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
