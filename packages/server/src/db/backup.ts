import { existsSync, linkSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';

export interface BackupProgress {
  copiedPages: number;
  totalPages: number;
  pageSize: number;
}

export interface BackupOptions {
  /** Replace an existing file at the target (default: refuse). */
  replace?: boolean;
  onProgress?(progress: BackupProgress): void;
  /** Pages copied per step (between two steps the event loop runs and progress is reported). */
  pagesPerStep?: number;
}

export interface BackupResult {
  bytes: number;
  milliseconds: number;
}

export class BackupRefused extends Error {}

/**
 * Copies the live SQLite database `source` into the file `target` with SQLite's online backup API
 * (better-sqlite3's `backup()`), while a server keeps writing to it.
 *
 * A step-by-step backup restarts from the first page whenever another connection writes between
 * two steps: under a steady stream of ballots it never ends (measured: still copying after 18 s
 * on an 86 MB database that copies in 0.6 s when quiet). So the copy runs inside one read
 * transaction: in WAL mode that is a fixed snapshot which writers do not wait for, and every
 * step copies from it. The result is the database as of the moment the copy began: every write
 * acknowledged before then is in it, none is half in it.
 *
 * The copy is written to a temporary file next to the target and moved into place once complete
 * and checked (`quick_check`), so a failed backup never leaves a partial file under the target's
 * name nor destroys an older backup. The copy is a single self-contained file (rollback journal,
 * no `-wal` beside it); the server turns WAL on again when it opens a restored copy.
 */
export async function backupDatabase(source: string, target: string, options: BackupOptions = {}): Promise<BackupResult> {
  const started = Date.now();
  if (!existsSync(source)) throw new BackupRefused(`There is no database at ${source}.`);
  if (!options.replace && existsSync(target)) {
    throw new BackupRefused(`${target} already exists. Choose another file name, or pass --force to replace it.`);
  }
  const folder = path.dirname(target);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new BackupRefused(`The folder ${folder} does not exist.`);

  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  try {
    const db = new SqliteDatabase(source, { fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      const pageSize = db.pragma('page_size', { simple: true }) as number;
      db.exec('BEGIN');
      db.prepare('select count(*) from sqlite_schema').get(); // the first read fixes the snapshot
      await db.backup(partial, {
        progress({ totalPages, remainingPages }) {
          options.onProgress?.({ copiedPages: totalPages - remainingPages, totalPages, pageSize });
          return options.pagesPerStep ?? 1024;
        },
      });
      db.exec('COMMIT');
    } finally {
      db.close();
    }

    const copy = new SqliteDatabase(partial, { fileMustExist: true });
    try {
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`The copy failed SQLite's quick_check: ${String(check)}`);
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }

    if (options.replace) renameSync(partial, target);
    else {
      try {
        linkSync(partial, target); // fails if the target appeared meanwhile: never overwrite without --force
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new BackupRefused(`${target} appeared while copying; nothing was replaced.`);
        throw error;
      }
    }
  } finally {
    rmSync(partial, { force: true });
  }
  return { bytes: statSync(target).size, milliseconds: Date.now() - started };
}
