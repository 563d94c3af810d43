import { sql, type Updateable } from 'kysely';
import type { IdeaRow, IdeasTable, IdeaStatus, NewIdea, StatusHistoryRow } from '../db/idea-tables.ts';
import type { Executor } from './executor.ts';

/** The moderation state every public read filters on; see services/idea-status-machine.ts. */
const PUBLISHED = 'published';

export async function insertIdea(db: Executor, idea: NewIdea): Promise<void> {
  await db.insertInto('ideas').values(idea).execute();
  // The search index holds every idea; searches join back to `ideas` and keep only published ones.
  await db
    .insertInto('idea_search')
    .values({ site_id: idea.site_id, idea_id: idea.id, title: idea.title, description: idea.description })
    .execute();
}

export async function findIdea(db: Executor, siteId: string, ideaId: string): Promise<IdeaRow | undefined> {
  return db.selectFrom('ideas').selectAll().where('site_id', '=', siteId).where('id', '=', ideaId).executeTakeFirst();
}

export async function findPublishedIdea(db: Executor, siteId: string, ideaId: string): Promise<IdeaRow | undefined> {
  return db
    .selectFrom('ideas')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('id', '=', ideaId)
    .where('moderation_state', '=', PUBLISHED)
    .executeTakeFirst();
}

export async function findIdeaByReceiptHash(db: Executor, siteId: string, receiptHash: string): Promise<IdeaRow | undefined> {
  return db.selectFrom('ideas').selectAll().where('site_id', '=', siteId).where('receipt_hash', '=', receiptHash).executeTakeFirst();
}

/** The idea of a receipt on any site: the hosted receipt page knows no site key (receipt hashes are unique). */
export async function findIdeaByReceiptHashOnAnySite(db: Executor, receiptHash: string): Promise<IdeaRow | undefined> {
  return db.selectFrom('ideas').selectAll().where('receipt_hash', '=', receiptHash).executeTakeFirst();
}

export async function updateIdea(db: Executor, siteId: string, ideaId: string, changes: Updateable<IdeasTable>): Promise<void> {
  await db.updateTable('ideas').set(changes).where('site_id', '=', siteId).where('id', '=', ideaId).execute();
}

export interface IdeaListFilter {
  boardId: string;
  sort: 'newest' | 'most-supported';
  category?: string | undefined;
  status?: IdeaStatus | undefined;
  /** Also the ideas hidden while public (see services/idea-view.ts, showsHiddenNotice), in their place. */
  hiddenNotices: boolean;
}

/** Keyset after the last item: [createdAt, id] for newest, [supportCount, createdAt, id] for most-supported. */
export type IdeaAfter = { createdAt: string; id: string; supportCount?: number };

/**
 * A board's public list: its published ideas, and with `hiddenNotices` the ideas hidden while public
 * (sorted as they would be, so each stands in its old place); never anything pending.
 */
export async function listPublicIdeas(
  db: Executor,
  siteId: string,
  filter: IdeaListFilter,
  limit: number,
  after?: IdeaAfter,
): Promise<IdeaRow[]> {
  let query = db
    .selectFrom('ideas')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('board_id', '=', filter.boardId)
    .where((eb) => {
      const published = eb('moderation_state', '=', PUBLISHED);
      if (!filter.hiddenNotices) return published;
      return eb.or([
        published,
        eb.and([eb('moderation_state', '=', 'hidden'), eb('hidden_notice', '=', 1), eb('hidden_reason_code', 'is not', null)]),
      ]);
    });
  if (filter.category !== undefined) query = query.where('category_id', '=', filter.category);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  if (after) {
    query = query.where((eb) => {
      const newer = eb.or([
        eb('created_at', '<', after.createdAt),
        eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)]),
      ]);
      if (filter.sort === 'newest' || after.supportCount === undefined) return newer;
      return eb.or([
        eb('support_count', '<', after.supportCount),
        eb.and([eb('support_count', '=', after.supportCount), newer]),
      ]);
    });
  }
  if (filter.sort === 'most-supported') query = query.orderBy('support_count', 'desc');
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/** Every idea of a board in any state, oldest first (the admin export). */
export async function listAllIdeas(db: Executor, siteId: string, boardId: string): Promise<IdeaRow[]> {
  return db
    .selectFrom('ideas')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('board_id', '=', boardId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function statusHistoryOf(db: Executor, siteId: string, ideaIds: string[]): Promise<StatusHistoryRow[]> {
  if (ideaIds.length === 0) return [];
  return db
    .selectFrom('idea_status_history')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('idea_id', 'in', ideaIds)
    .orderBy('idea_id')
    .orderBy('seq')
    .execute();
}

export async function appendStatusEntry(
  db: Executor,
  entry: { site_id: string; idea_id: string; status: IdeaStatus; note: string | null; at: string },
): Promise<void> {
  const last = await db
    .selectFrom('idea_status_history')
    .select((eb) => eb.fn.max<number | null>('seq').as('seq'))
    .where('site_id', '=', entry.site_id)
    .where('idea_id', '=', entry.idea_id)
    .executeTakeFirst();
  await db
    .insertInto('idea_status_history')
    .values({ ...entry, seq: (last?.seq ?? 0) + 1 })
    .execute();
}

/** Which of these ideas the participant supports. */
export async function supportedBy(db: Executor, siteId: string, participantId: string, ideaIds: string[]): Promise<Set<string>> {
  if (ideaIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('idea_supports')
    .select('idea_id')
    .where('site_id', '=', siteId)
    .where('participant_id', '=', participantId)
    .where('idea_id', 'in', ideaIds)
    .execute();
  return new Set(rows.map((r) => r.idea_id));
}

/** Adds the support unless it exists; true when added. */
export async function insertSupport(db: Executor, siteId: string, ideaId: string, participantId: string, at: string): Promise<boolean> {
  const result = await db
    .insertInto('idea_supports')
    .values({ site_id: siteId, idea_id: ideaId, participant_id: participantId, created_at: at })
    .onConflict((oc) => oc.columns(['site_id', 'idea_id', 'participant_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Removes the support; true when there was one. */
export async function deleteSupport(db: Executor, siteId: string, ideaId: string, participantId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('idea_supports')
    .where('site_id', '=', siteId)
    .where('idea_id', '=', ideaId)
    .where('participant_id', '=', participantId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Moves a counter (`support_count` or `comment_count`) by `delta`; returns the new value. */
export async function adjustIdeaCounter(
  db: Executor,
  siteId: string,
  ideaId: string,
  counter: 'support_count' | 'comment_count',
  delta: number,
): Promise<number> {
  const row = await db
    .updateTable('ideas')
    .set({ [counter]: sql<number>`${sql.ref(counter)} + ${delta}` })
    .where('site_id', '=', siteId)
    .where('id', '=', ideaId)
    .returning(counter)
    .executeTakeFirstOrThrow();
  return (row as Record<string, number>)[counter]!;
}

/** The site's ideas in the moderation queue (waiting for review or flagged): one rule for the queue and its count. */
const queuedIdeas = (db: Executor, siteId: string) => db.selectFrom('ideas').where('site_id', '=', siteId).where('queued_at', 'is not', null);

/** Ideas that wait for review or were flagged, oldest in the queue first. */
export async function listQueuedIdeas(
  db: Executor,
  siteId: string,
  boardId: string | undefined,
  limit: number,
  after?: { queuedAt: string; id: string },
): Promise<IdeaRow[]> {
  let query = queuedIdeas(db, siteId).selectAll();
  if (boardId !== undefined) query = query.where('board_id', '=', boardId);
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('queued_at', '>', after.queuedAt), eb.and([eb('queued_at', '=', after.queuedAt), eb('id', '>', after.id)])]),
    );
  }
  return query.orderBy('queued_at').orderBy('id').limit(limit).execute();
}

/** The site's ideas whose answer is due and not given yet: one rule for the list and the overview's count. */
const awaitingAnswer = (db: Executor, siteId: string) =>
  db
    .selectFrom('ideas')
    .where('site_id', '=', siteId)
    .where('answer_due_at', 'is not', null)
    .where('answer_text', 'is', null)
    .where('moderation_state', '=', PUBLISHED);

/** Ideas whose answer is due and not given yet, soonest due first (the console's "answers due"). */
export async function listIdeasAwaitingAnswer(
  db: Executor,
  siteId: string,
  boardId: string | undefined,
  limit: number,
  after?: { dueAt: string; id: string },
): Promise<IdeaRow[]> {
  let query = awaitingAnswer(db, siteId).selectAll();
  if (boardId !== undefined) query = query.where('board_id', '=', boardId);
  if (after) {
    query = query.where((eb) => eb.or([eb('answer_due_at', '>', after.dueAt), eb.and([eb('answer_due_at', '=', after.dueAt), eb('id', '>', after.id)])]));
  }
  return query.orderBy('answer_due_at').orderBy('id').limit(limit).execute();
}

/** How many ideas of the site are owed an answer (as listIdeasAwaitingAnswer lists them), and how many were due before `overdueBefore`. */
export async function countIdeasAwaitingAnswer(db: Executor, siteId: string, overdueBefore: string): Promise<{ due: number; overdue: number }> {
  const row = await awaitingAnswer(db, siteId)
    .select((eb) => [
      eb.fn.countAll().as('due'),
      eb.fn.countAll().filterWhere('answer_due_at', '<', overdueBefore).as('overdue'),
    ])
    .executeTakeFirstOrThrow();
  return { due: Number(row.due), overdue: Number(row.overdue) };
}

/** How many ideas of the site are in the moderation queue. */
export async function countQueuedIdeas(db: Executor, siteId: string): Promise<number> {
  const row = await queuedIdeas(db, siteId).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findIdeas(db: Executor, siteId: string, ideaIds: string[]): Promise<IdeaRow[]> {
  if (ideaIds.length === 0) return [];
  return db.selectFrom('ideas').selectAll().where('site_id', '=', siteId).where('id', 'in', ideaIds).execute();
}

/**
 * Candidates for "similar ideas": published ideas of the board whose title or description shares
 * any of the trigrams in `match` (an FTS5 query), best FTS rank first.
 */
export async function searchPublishedIdeas(
  db: Executor,
  siteId: string,
  boardId: string,
  match: string,
  limit: number,
): Promise<IdeaRow[]> {
  const result = await sql<IdeaRow>`
    select ideas.* from idea_search
    join ideas on ideas.site_id = idea_search.site_id and ideas.id = idea_search.idea_id
    where idea_search match ${match}
      and idea_search.site_id = ${siteId}
      and ideas.board_id = ${boardId}
      and ideas.moderation_state = ${PUBLISHED}
    order by idea_search.rank
    limit ${limit}`.execute(db);
  return result.rows;
}
