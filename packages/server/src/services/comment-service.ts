import type { Comment, CommentInput, CommentPage } from '@inspraak/contract';
import { listCommentsQuery } from '@inspraak/contract';
import type { OperationQuery } from '../contract/operation-types.ts';
import { randomId } from '../credentials/tokens.ts';
import { invalidField } from './domain-error.ts';
import { countPublishedComments, findComment, insertComment, listPublishedComments } from '../repositories/comment-repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { updateIdea } from '../repositories/idea-repository.ts';
import { assertBoardOpen, getBoardRow } from './board-service.ts';
import { decodeListCursor, encodeListCursor } from './list-cursor.ts';
import { publishedIdeaRow } from './idea-service.ts';
import { initialModerationState } from './idea-status-machine.ts';
import { toComment } from './idea-view.ts';
import type { ServiceContext } from './service-context.ts';

/** `comment_count` holds what the public list shows; recounted in the transaction of every change. */
export async function refreshCommentCount(db: Executor, siteId: string, ideaId: string): Promise<void> {
  await updateIdea(db, siteId, ideaId, { comment_count: await countPublishedComments(db, siteId, ideaId) });
}

export async function listComments(
  ctx: ServiceContext,
  siteId: string,
  ideaId: string,
  query: OperationQuery<'listComments'>,
): Promise<CommentPage> {
  await publishedIdeaRow(ctx.db, siteId, ideaId);
  const limit = query.limit ?? listCommentsQuery.limit.default;
  let after;
  if (query.cursor !== undefined) {
    const [createdAt, id] = decodeListCursor('comments', query.cursor, ['string', 'string']) as [string, string];
    after = { createdAt, id };
  }
  const rows = await listPublishedComments(ctx.db, siteId, ideaId, limit + 1, after);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toComment),
    nextCursor: rows.length > limit && last ? encodeListCursor('comments', [last.created_at, last.id]) : null,
  };
}

export async function createComment(
  ctx: ServiceContext,
  input: { siteId: string; ideaId: string; participantId: string; comment: CommentInput },
): Promise<Comment> {
  const { siteId, ideaId, comment } = input;
  const id = `cmt_${randomId(12)}`;
  await ctx.db.transaction().execute(async (trx) => {
    const idea = await publishedIdeaRow(trx, siteId, ideaId);
    const board = await getBoardRow(trx, siteId, idea.board_id);
    assertBoardOpen(board);
    if (comment.parentId !== undefined) {
      const parent = await findComment(trx, siteId, comment.parentId);
      if (!parent || parent.idea_id !== ideaId || parent.moderation_state !== 'published') {
        throw invalidField('/parentId', 'unknown-comment', `"${comment.parentId}" is not a comment on this idea.`);
      }
      if (parent.parent_id !== null) {
        throw invalidField('/parentId', 'reply-to-reply', 'Replies go one level deep: reply to the top-level comment instead.');
      }
    }
    const now = ctx.now().toISOString();
    const state = initialModerationState(board.moderation);
    await insertComment(trx, {
      site_id: siteId,
      id,
      idea_id: ideaId,
      parent_id: comment.parentId ?? null,
      body: comment.body,
      display_name: comment.displayName ?? null,
      participant_id: input.participantId,
      moderation_state: state,
      hidden_reason_code: null,
      hidden_reason: null,
      queued_at: state === 'pending' ? now : null,
      created_at: now,
    });
    if (state === 'published') await refreshCommentCount(trx, siteId, ideaId);
  });
  return toComment((await findComment(ctx.db, siteId, id))!);
}
