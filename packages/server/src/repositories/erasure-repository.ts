import { sql } from 'kysely';
import type { AuditSubjectType } from '../db/staff-tables.ts';
import type { Executor } from './executor.ts';

// Erasure deletes rows, never flags them: what a resident erased must not be readable again, by
// any read path, export or stored replay. Run these inside one transaction.

/** How many rows a Kysely `deleteFrom(…).execute()` removed. */
export const deleted = (result: { numDeletedRows: bigint }[]): number => Number(result[0]?.numDeletedRows ?? 0);

export interface ErasedIdeaRows {
  comments: number;
  supports: number;
  flags: number;
}

/** Ids per statement: well inside SQLite's limit on bound values, for a board or map of any size. */
const idsPerStatement = 500;

function* chunksOf(ids: string[]): Generator<string[]> {
  for (let start = 0; start < ids.length; start += idsPerStatement) yield ids.slice(start, start + idsPerStatement);
}

/**
 * Deletes ideas and everything hanging on them: comments (by anyone; they answer an idea that no
 * longer exists), supports, flags on the ideas and their comments, status history and the ideas'
 * rows in the FTS5 search index. Counters live on the deleted rows, so none elsewhere moves.
 * One idea for an erasure; every idea of a board when staff delete the board.
 */
export async function deleteIdeasAndDependents(db: Executor, siteId: string, ideaIds: string[]): Promise<ErasedIdeaRows> {
  const rows: ErasedIdeaRows = { comments: 0, supports: 0, flags: 0 };
  for (const ids of chunksOf(ideaIds)) {
    const commentIds = db.selectFrom('idea_comments').select('id').where('site_id', '=', siteId).where('idea_id', 'in', ids);
    rows.flags += deleted(
      await db
        .deleteFrom('idea_flags')
        .where('site_id', '=', siteId)
        .where((eb) =>
          eb.or([
            eb.and([eb('target_type', '=', 'idea'), eb('target_id', 'in', ids)]),
            eb.and([eb('target_type', '=', 'comment'), eb('target_id', 'in', commentIds)]),
          ]),
        )
        .execute(),
    );
    await forgetAuditedFields(db, siteId, [
      ['idea', ids],
      ['comment', (await commentIds.execute()).map((row) => row.id)],
    ]);
    rows.comments += deleted(await db.deleteFrom('idea_comments').where('site_id', '=', siteId).where('idea_id', 'in', ids).execute());
    rows.supports += deleted(await db.deleteFrom('idea_supports').where('site_id', '=', siteId).where('idea_id', 'in', ids).execute());
    await db.deleteFrom('idea_status_history').where('site_id', '=', siteId).where('idea_id', 'in', ids).execute();
    await db.deleteFrom('idea_search').where('site_id', '=', siteId).where('idea_id', 'in', ids).execute();
    await db.deleteFrom('ideas').where('site_id', '=', siteId).where('id', 'in', ids).execute();
  }
  // An FTS5 delete only adds a tombstone; the old segments keep the text's trigrams until merged.
  if (ideaIds.length > 0) await sql`insert into idea_search(idea_search) values ('optimize')`.execute(db);
  return rows;
}

export interface ErasedReportRows {
  photos: number;
  supports: number;
  statusUpdates: number;
}

/**
 * Deletes reports with their photos (the image bytes are stored in `report_photos`), supports and
 * status history. One report for an erasure; every report of a map when staff delete the map.
 */
export async function deleteReportsAndDependents(db: Executor, siteId: string, reportIds: string[]): Promise<ErasedReportRows> {
  const rows: ErasedReportRows = { photos: 0, supports: 0, statusUpdates: 0 };
  for (const ids of chunksOf(reportIds)) {
    rows.photos += deleted(await db.deleteFrom('report_photos').where('site_id', '=', siteId).where('report_id', 'in', ids).execute());
    rows.supports += deleted(await db.deleteFrom('report_supports').where('site_id', '=', siteId).where('report_id', 'in', ids).execute());
    rows.statusUpdates += deleted(await db.deleteFrom('report_updates').where('site_id', '=', siteId).where('report_id', 'in', ids).execute());
    await forgetAuditedFields(db, siteId, [['report', ids]]);
    await db.deleteFrom('reports').where('site_id', '=', siteId).where('id', 'in', ids).execute();
  }
  return rows;
}

/**
 * The audit log keeps that staff acted on an erased subject, not what it said: its entries lose
 * their before and after fields (an answer, a hidden reason, a title changed by a moderator).
 */
async function forgetAuditedFields(db: Executor, siteId: string, subjects: [AuditSubjectType, string[]][]): Promise<void> {
  for (const [type, all] of subjects) {
    for (const ids of chunksOf(all)) {
      await db
        .updateTable('audit_log')
        .set({ before: null, after: null })
        .where('site_id', '=', siteId)
        .where('subject_type', '=', type)
        .where('subject_id', 'in', ids)
        .execute();
    }
  }
}

/**
 * Deletes stored Idempotency-Key replays whose response names any of `needles` (a receipt token,
 * a quoted id): the replay of "send this idea" holds its text and receipt. `instr`, not LIKE, so
 * `_` in a token is no wildcard.
 */
export async function deleteReplaysMentioning(db: Executor, siteId: string, needles: string[]): Promise<void> {
  // A board's or map's deletion names every idea or report on it: a few hundred at a time keeps
  // the OR well inside SQLite's expression depth limit (1000).
  for (let start = 0; start < needles.length; start += replayNeedlesPerQuery) {
    const chunk = needles.slice(start, start + replayNeedlesPerQuery);
    await db
      .deleteFrom('idempotency_keys')
      .where('site_id', '=', siteId)
      .where((eb) => eb.or(chunk.map((needle) => eb(sql<number>`instr(response_body, ${needle})`, '>', 0))))
      .execute();
  }
}

const replayNeedlesPerQuery = 200;

/**
 * After an erase: copies the (zeroed, with `secure_delete`) pages into the database file and
 * truncates the write-ahead log, so no old page image of the erased rows stays on disk.
 * Best effort: a busy database checkpoints later on its own.
 */
export async function checkpointAfterErase(db: Executor): Promise<void> {
  try {
    await sql`pragma wal_checkpoint(truncate)`.execute(db);
  } catch {
    // another connection is reading; SQLite checkpoints on its own later
  }
}
