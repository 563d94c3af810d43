import { sql } from 'kysely';
import { forgetAuditedFields } from './erasure-repository.ts';
import type { Executor } from './executor.ts';

// What a poll, board or map holds: counted for staff before they delete it, and deleted with it.
// Deleting a poll, board or map deletes rows, never flags them: residents' ballots, ideas,
// comments and reports go with it for good (the same care as an erasure). Run these inside one
// transaction. Counters live on the deleted rows, so none elsewhere moves.

const deleted = (result: { numDeletedRows: bigint }[]): number => Number(result[0]?.numDeletedRows ?? 0);

const counted = async (query: Promise<{ count: string | number | bigint } | undefined>): Promise<number> => Number((await query)?.count ?? 0);

export interface DeletedPollRows {
  options: number;
  ballots: number;
}

/** Deletes a poll with its options and every ballot cast in it (the results are the options' counters). */
export async function deletePollAndDependents(db: Executor, siteId: string, pollId: string): Promise<DeletedPollRows> {
  const ballots = deleted(await db.deleteFrom('ballots').where('site_id', '=', siteId).where('poll_id', '=', pollId).execute());
  const options = deleted(await db.deleteFrom('poll_options').where('site_id', '=', siteId).where('poll_id', '=', pollId).execute());
  await db.deleteFrom('polls').where('site_id', '=', siteId).where('id', '=', pollId).execute();
  return { options, ballots };
}

export interface BoardContentCounts {
  ideas: number;
  comments: number;
  supports: number;
}

/** What a board holds, in any moderation state. */
export async function countBoardContent(db: Executor, siteId: string, boardId: string): Promise<BoardContentCounts> {
  const ideaIds = db.selectFrom('ideas').select('id').where('site_id', '=', siteId).where('board_id', '=', boardId);
  const [ideas, comments, supports] = await Promise.all([
    counted(db.selectFrom('ideas').select((eb) => eb.fn.countAll().as('count')).where('site_id', '=', siteId).where('board_id', '=', boardId).executeTakeFirst()),
    counted(db.selectFrom('idea_comments').select((eb) => eb.fn.countAll().as('count')).where('site_id', '=', siteId).where('idea_id', 'in', ideaIds).executeTakeFirst()),
    counted(db.selectFrom('idea_supports').select((eb) => eb.fn.countAll().as('count')).where('site_id', '=', siteId).where('idea_id', 'in', ideaIds).executeTakeFirst()),
  ]);
  return { ideas, comments, supports };
}

export interface DeletedBoardRows extends BoardContentCounts {
  flags: number;
  /** The ids of the deleted ideas, to find stored replays that name them. */
  ideaIds: string[];
}

/**
 * Deletes a board with every idea on it and everything hanging on those: comments (by anyone),
 * supports, flags, status history and the ideas' rows in the FTS5 search index. The audit log's
 * entries about those ideas and comments lose their before and after fields, as after an erasure.
 */
export async function deleteBoardAndDependents(db: Executor, siteId: string, boardId: string): Promise<DeletedBoardRows> {
  const ideaIdQuery = db.selectFrom('ideas').select('id').where('site_id', '=', siteId).where('board_id', '=', boardId);
  const commentIdQuery = db.selectFrom('idea_comments').select('id').where('site_id', '=', siteId).where('idea_id', 'in', ideaIdQuery);
  const ideaIds = (await ideaIdQuery.execute()).map((row) => row.id);
  const commentIds = (await commentIdQuery.execute()).map((row) => row.id);
  const flags = deleted(
    await db
      .deleteFrom('idea_flags')
      .where('site_id', '=', siteId)
      .where((eb) =>
        eb.or([
          eb.and([eb('target_type', '=', 'idea'), eb('target_id', 'in', ideaIdQuery)]),
          eb.and([eb('target_type', '=', 'comment'), eb('target_id', 'in', commentIdQuery)]),
        ]),
      )
      .execute(),
  );
  await forgetAuditedFields(db, siteId, [
    ['idea', ideaIds],
    ['comment', commentIds],
  ]);
  const comments = deleted(await db.deleteFrom('idea_comments').where('site_id', '=', siteId).where('idea_id', 'in', ideaIdQuery).execute());
  const supports = deleted(await db.deleteFrom('idea_supports').where('site_id', '=', siteId).where('idea_id', 'in', ideaIdQuery).execute());
  await db.deleteFrom('idea_status_history').where('site_id', '=', siteId).where('idea_id', 'in', ideaIdQuery).execute();
  if (ideaIds.length > 0) {
    await db.deleteFrom('idea_search').where('site_id', '=', siteId).where('idea_id', 'in', ideaIdQuery).execute();
    // An FTS5 delete only adds a tombstone; the old segments keep the text's trigrams until merged.
    await sql`insert into idea_search(idea_search) values ('optimize')`.execute(db);
  }
  const ideas = deleted(await db.deleteFrom('ideas').where('site_id', '=', siteId).where('board_id', '=', boardId).execute());
  await db.deleteFrom('boards').where('site_id', '=', siteId).where('id', '=', boardId).execute();
  return { ideas, comments, supports, flags, ideaIds };
}

export interface MapContentCounts {
  reports: number;
  photos: number;
  supports: number;
}

/** What a map holds, in any moderation state. */
export async function countMapContent(db: Executor, siteId: string, mapId: string): Promise<MapContentCounts> {
  const reportIds = db.selectFrom('reports').select('id').where('site_id', '=', siteId).where('map_id', '=', mapId);
  const [reports, photos, supports] = await Promise.all([
    counted(db.selectFrom('reports').select((eb) => eb.fn.countAll().as('count')).where('site_id', '=', siteId).where('map_id', '=', mapId).executeTakeFirst()),
    counted(db.selectFrom('report_photos').select((eb) => eb.fn.countAll().as('count')).where('site_id', '=', siteId).where('report_id', 'in', reportIds).executeTakeFirst()),
    counted(db.selectFrom('report_supports').select((eb) => eb.fn.countAll().as('count')).where('site_id', '=', siteId).where('report_id', 'in', reportIds).executeTakeFirst()),
  ]);
  return { reports, photos, supports };
}

export interface DeletedMapRows extends MapContentCounts {
  statusUpdates: number;
  /** The ids of the deleted reports, to find stored replays that name them. */
  reportIds: string[];
}

/**
 * Deletes a map with every report on it, their photos (the image bytes are stored in
 * `report_photos`), supports and status history. The audit log's entries about those reports lose
 * their before and after fields, as after an erasure.
 */
export async function deleteMapAndDependents(db: Executor, siteId: string, mapId: string): Promise<DeletedMapRows> {
  const reportIdQuery = db.selectFrom('reports').select('id').where('site_id', '=', siteId).where('map_id', '=', mapId);
  const reportIds = (await reportIdQuery.execute()).map((row) => row.id);
  const photos = deleted(await db.deleteFrom('report_photos').where('site_id', '=', siteId).where('report_id', 'in', reportIdQuery).execute());
  const supports = deleted(await db.deleteFrom('report_supports').where('site_id', '=', siteId).where('report_id', 'in', reportIdQuery).execute());
  const statusUpdates = deleted(await db.deleteFrom('report_updates').where('site_id', '=', siteId).where('report_id', 'in', reportIdQuery).execute());
  await forgetAuditedFields(db, siteId, [['report', reportIds]]);
  const reports = deleted(await db.deleteFrom('reports').where('site_id', '=', siteId).where('map_id', '=', mapId).execute());
  await db.deleteFrom('maps').where('site_id', '=', siteId).where('id', '=', mapId).execute();
  return { reports, photos, supports, statusUpdates, reportIds };
}
