import { sql, type Updateable } from 'kysely';
import type { CommentRow, IdeaCommentsTable, NewComment } from '../db/idea-tables.ts';
import type { Executor } from './executor.ts';

export async function insertComment(db: Executor, comment: NewComment): Promise<void> {
  await db.insertInto('idea_comments').values(comment).execute();
}

export async function findComment(db: Executor, siteId: string, commentId: string): Promise<CommentRow | undefined> {
  return db.selectFrom('idea_comments').selectAll().where('site_id', '=', siteId).where('id', '=', commentId).executeTakeFirst();
}

export async function updateComment(db: Executor, siteId: string, commentId: string, changes: Updateable<IdeaCommentsTable>): Promise<void> {
  await db.updateTable('idea_comments').set(changes).where('site_id', '=', siteId).where('id', '=', commentId).execute();
}

/** Published comments of an idea, oldest first; a reply only while its parent is published too. */
export async function listPublishedComments(
  db: Executor,
  siteId: string,
  ideaId: string,
  limit: number,
  after?: { createdAt: string; id: string },
): Promise<CommentRow[]> {
  let query = db
    .selectFrom('idea_comments as c')
    .selectAll('c')
    .where('c.site_id', '=', siteId)
    .where('c.idea_id', '=', ideaId)
    .where('c.moderation_state', '=', 'published')
    .where((eb) =>
      eb.or([
        eb('c.parent_id', 'is', null),
        eb(
          'c.parent_id',
          'in',
          eb
            .selectFrom('idea_comments as p')
            .select('p.id')
            .where('p.site_id', '=', siteId)
            .where('p.idea_id', '=', ideaId)
            .where('p.moderation_state', '=', 'published'),
        ),
      ]),
    );
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('c.created_at', '>', after.createdAt), eb.and([eb('c.created_at', '=', after.createdAt), eb('c.id', '>', after.id)])]),
    );
  }
  return query.orderBy('c.created_at').orderBy('c.id').limit(limit).execute();
}

/** The site's comments in the moderation queue (waiting for review or flagged): one rule for the queue and its count. */
const queuedComments = (db: Executor, siteId: string) =>
  db.selectFrom('idea_comments as c').where('c.site_id', '=', siteId).where('c.queued_at', 'is not', null);

/** How many comments of the site are in the moderation queue. */
export async function countQueuedComments(db: Executor, siteId: string): Promise<number> {
  const row = await queuedComments(db, siteId).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Comments that wait for review or were flagged, oldest in the queue first. */
export async function listQueuedComments(
  db: Executor,
  siteId: string,
  boardId: string | undefined,
  limit: number,
  after?: { queuedAt: string; id: string },
): Promise<CommentRow[]> {
  let query = queuedComments(db, siteId).selectAll('c');
  if (boardId !== undefined) {
    query = query.where('c.idea_id', 'in', (eb) =>
      eb.selectFrom('ideas').select('ideas.id').where('ideas.site_id', '=', siteId).where('ideas.board_id', '=', boardId),
    );
  }
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('c.queued_at', '>', after.queuedAt), eb.and([eb('c.queued_at', '=', after.queuedAt), eb('c.id', '>', after.id)])]),
    );
  }
  return query.orderBy('c.queued_at').orderBy('c.id').limit(limit).execute();
}

/** Counts published comments of an idea whose parent (if any) is published: what `comment_count` holds. */
export async function countPublishedComments(db: Executor, siteId: string, ideaId: string): Promise<number> {
  const row = await sql<{ n: number }>`
    select count(*) as n from idea_comments c
    where c.site_id = ${siteId} and c.idea_id = ${ideaId} and c.moderation_state = 'published'
      and (c.parent_id is null or exists (
        select 1 from idea_comments p
        where p.site_id = c.site_id and p.id = c.parent_id and p.moderation_state = 'published'))`.execute(db);
  return Number(row.rows[0]?.n ?? 0);
}
