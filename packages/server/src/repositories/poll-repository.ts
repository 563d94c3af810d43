import type { NewPoll, PollChanges, PollOptionRow, PollRow } from '../db/tables.ts';
import type { Executor } from './executor.ts';
import { olderThan, type PageAfter } from './newest-first.ts';

export interface PollRecord {
  poll: PollRow;
  /** In the poll's order, with their counters. */
  options: PollOptionRow[];
}

export async function findPoll(db: Executor, siteId: string, pollId: string): Promise<PollRecord | undefined> {
  const poll = await db
    .selectFrom('polls')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('id', '=', pollId)
    .executeTakeFirst();
  if (!poll) return undefined;
  const options = await findOptions(db, siteId, pollId);
  return { poll, options };
}

export async function findOptions(db: Executor, siteId: string, pollId: string): Promise<PollOptionRow[]> {
  return db
    .selectFrom('poll_options')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('poll_id', '=', pollId)
    .orderBy('position')
    .execute();
}

export async function pollExists(db: Executor, siteId: string, pollId: string): Promise<boolean> {
  const row = await db
    .selectFrom('polls')
    .select('id')
    .where('site_id', '=', siteId)
    .where('id', '=', pollId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Newest first; keyset pagination on (created_at, id), so pages stay stable while polls are added. */
export async function listPolls(db: Executor, siteId: string, limit: number, after?: PageAfter): Promise<PollRecord[]> {
  let query = db.selectFrom('polls').selectAll().where('site_id', '=', siteId);
  if (after) query = query.where(olderThan(after));
  const polls = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  if (polls.length === 0) return [];
  const options = await db
    .selectFrom('poll_options')
    .selectAll()
    .where('site_id', '=', siteId)
    .where(
      'poll_id',
      'in',
      polls.map((p) => p.id),
    )
    .orderBy('position')
    .execute();
  return polls.map((poll) => ({ poll, options: options.filter((o) => o.poll_id === poll.id) }));
}

/**
 * Inserts the poll and its options unless its id is taken, on this site or any other (poll ids are
 * unique across the server: they name hosted links). True when inserted. The database's unique
 * index decides, so two concurrent creates cannot both win.
 */
export async function insertPoll(
  db: Executor,
  poll: NewPoll,
  options: Array<{ id: string; label: string }>,
): Promise<boolean> {
  const result = await db.insertInto('polls').values(poll).onConflict((oc) => oc.doNothing()).executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await insertOptions(db, poll.site_id, poll.id, options);
  return true;
}

async function insertOptions(db: Executor, siteId: string, pollId: string, options: Array<{ id: string; label: string }>) {
  await db
    .insertInto('poll_options')
    .values(options.map((o, position) => ({ site_id: siteId, poll_id: pollId, id: o.id, label: o.label, position })))
    .execute();
}

export async function updatePoll(db: Executor, siteId: string, pollId: string, changes: PollChanges): Promise<void> {
  await db.updateTable('polls').set(changes).where('site_id', '=', siteId).where('id', '=', pollId).execute();
}

export async function replaceOptions(
  db: Executor,
  siteId: string,
  pollId: string,
  options: Array<{ id: string; label: string }>,
): Promise<void> {
  await db.deleteFrom('poll_options').where('site_id', '=', siteId).where('poll_id', '=', pollId).execute();
  await insertOptions(db, siteId, pollId, options);
}
