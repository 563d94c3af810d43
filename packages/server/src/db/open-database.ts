import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase as KyselySqliteDatabase, type SqliteStatement } from 'kysely';
import type { Tables } from './tables.ts';

export const databaseFileName = 'inspraak.sqlite';

export interface OpenedDatabase {
  db: Kysely<Tables>;
  file: string;
  close(): Promise<void>;
}

/**
 * Opens (creating when missing) the SQLite file in `dataDir`. WAL with synchronous=NORMAL keeps
 * every committed write across a crash of this process (only a power loss may drop the last ones).
 */
export function openDatabase(dataDir: string): OpenedDatabase {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, databaseFileName);
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // A deleted row's bytes are overwritten, not left in free pages: an erased submission is gone from the file.
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  let closed = false;
  return {
    db,
    file,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy(); // also closes the better-sqlite3 handle
    },
  };
}

/**
 * Kysely prepares every query anew; the ballot path runs the same dozen statements over and over,
 * so keep prepared statements (better-sqlite3 statements are reusable). Bounded: oldest out first.
 */
function withStatementCache(sqlite: SqliteDatabase.Database, size = 256): KyselySqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare(sql: string): SqliteStatement {
      let statement = cache.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql) as unknown as SqliteStatement;
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}
