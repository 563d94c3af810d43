import { deleted, deleteIdeasAndDependents, deleteReportsAndDependents, type ErasedIdeaRows, type ErasedReportRows } from './erasure-repository.ts';
import type { Executor } from './executor.ts';

// What a poll, board or map holds: counted for staff before they delete it, and deleted with it.
// Deleting deletes rows, never flags them: residents' ballots, ideas, comments and reports go for
// good, with the same care as an erasure (erasure-repository.ts does the ideas and reports). Run
// these inside one transaction.

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

export interface DeletedBoardRows extends ErasedIdeaRows {
  /** The ids of the deleted ideas, to find stored replays that name them. */
  ideaIds: string[];
}

/** Deletes a board with every idea on it, in any moderation state, and all that hangs on those. */
export async function deleteBoardAndDependents(db: Executor, siteId: string, boardId: string): Promise<DeletedBoardRows> {
  const ideaIds = (await db.selectFrom('ideas').select('id').where('site_id', '=', siteId).where('board_id', '=', boardId).execute()).map((row) => row.id);
  const rows = await deleteIdeasAndDependents(db, siteId, ideaIds);
  await db.deleteFrom('boards').where('site_id', '=', siteId).where('id', '=', boardId).execute();
  return { ...rows, ideaIds };
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

export interface DeletedMapRows extends ErasedReportRows {
  /** The ids of the deleted reports, to find stored replays that name them. */
  reportIds: string[];
}

/** Deletes a map with every report on it, in any moderation state, with their photos, supports and status updates. */
export async function deleteMapAndDependents(db: Executor, siteId: string, mapId: string): Promise<DeletedMapRows> {
  const reportIds = (await db.selectFrom('reports').select('id').where('site_id', '=', siteId).where('map_id', '=', mapId).execute()).map((row) => row.id);
  const rows = await deleteReportsAndDependents(db, siteId, reportIds);
  await db.deleteFrom('maps').where('site_id', '=', siteId).where('id', '=', mapId).execute();
  return { ...rows, reportIds };
}
