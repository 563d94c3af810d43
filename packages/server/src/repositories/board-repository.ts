import type { Insertable, Updateable } from 'kysely';
import type { BoardRow, BoardsTable } from '../db/idea-tables.ts';
import type { Executor } from './executor.ts';
import { olderThan, type PageAfter } from './newest-first.ts';

export async function findBoard(db: Executor, siteId: string, boardId: string): Promise<BoardRow | undefined> {
  return db.selectFrom('boards').selectAll().where('site_id', '=', siteId).where('id', '=', boardId).executeTakeFirst();
}

/** A site's boards, newest first (at most `limit`, after `after`). */
export async function listBoardRows(db: Executor, siteId: string, limit: number, after?: PageAfter): Promise<BoardRow[]> {
  let query = db.selectFrom('boards').selectAll().where('site_id', '=', siteId);
  if (after) query = query.where(olderThan(after));
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/**
 * Inserts the board unless its id is taken, on this site or any other (board ids are unique across
 * the server: they name hosted links); true when inserted. The database's unique index decides.
 */
export async function insertBoardIfMissing(db: Executor, board: Insertable<BoardsTable>): Promise<boolean> {
  const result = await db.insertInto('boards').values(board).onConflict((oc) => oc.doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function updateBoard(db: Executor, siteId: string, boardId: string, changes: Updateable<BoardsTable>): Promise<void> {
  await db.updateTable('boards').set(changes).where('site_id', '=', siteId).where('id', '=', boardId).execute();
}

/** The category ids that ideas on the board use (in any moderation state). */
export async function categoriesInUse(db: Executor, siteId: string, boardId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('ideas')
    .select('category_id')
    .distinct()
    .where('site_id', '=', siteId)
    .where('board_id', '=', boardId)
    .execute();
  return rows.map((r) => r.category_id);
}
