import type { AnswersDuePage, Comment, HideInput, Idea } from '@inspraak/contract';
import { listAnswersDueQuery } from '@inspraak/contract';
import type { OperationQuery } from '../contract/operation-types.ts';
import type { IdeaRow, IdeaStatus } from '../db/idea-tables.ts';
import { notFound } from './domain-error.ts';
import { findComment, updateComment } from '../repositories/comment-repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { closeFlags } from '../repositories/flag-repository.ts';
import { appendStatusEntry, findIdea, listIdeasAwaitingAnswer, updateIdea } from '../repositories/idea-repository.ts';
import { refreshCommentCount } from './comment-service.ts';
import { decodeListCursor, encodeListCursor } from './list-cursor.ts';
import { ideaView, ideaViews } from './idea-service.ts';
import { assertStatusTransition, nextModerationState, type ModerationAction } from './idea-status-machine.ts';
import { hiddenReasonColumns } from './hidden-reason.ts';
import { toComment } from './idea-view.ts';
import type { ServiceContext } from './service-context.ts';

async function ideaRow(db: Executor, siteId: string, ideaId: string): Promise<IdeaRow> {
  const row = await findIdea(db, siteId, ideaId);
  if (!row) throw notFound(`Idea "${ideaId}"`);
  return row;
}

/** Every edit moves updatedAt (ETags hang on it), even two within one millisecond. */
const laterThan = (previous: string, now: Date): string => new Date(Math.max(now.getTime(), Date.parse(previous) + 1)).toISOString();

/**
 * Approve or hide an idea: its state per the state machine, its flags closed, out of the queue.
 * An idea hidden while public is marked (hidden_notice) so the board can later say something was
 * removed, and why; the board does not show that notice yet.
 */
export async function moderateIdea(
  ctx: ServiceContext,
  siteId: string,
  ideaId: string,
  action: ModerationAction,
  reason?: HideInput,
): Promise<Idea> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await ideaRow(trx, siteId, ideaId);
    const state = nextModerationState(row.moderation_state, action);
    await updateIdea(trx, siteId, ideaId, {
      moderation_state: state,
      ...hiddenReasonColumns(state, reason),
      hidden_notice: state === 'hidden' && row.moderation_state === 'published' ? 1 : 0,
      open_flags: 0,
      queued_at: null,
      updated_at: laterThan(row.updated_at, ctx.now()),
    });
    await closeFlags(trx, { siteId, type: 'idea', id: ideaId });
  });
  return ideaView(ctx.db, siteId, await ideaRow(ctx.db, siteId, ideaId));
}

export async function moderateComment(
  ctx: ServiceContext,
  siteId: string,
  commentId: string,
  action: ModerationAction,
  reason?: HideInput,
): Promise<Comment> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findComment(trx, siteId, commentId);
    if (!row) throw notFound(`Comment "${commentId}"`);
    const state = nextModerationState(row.moderation_state, action);
    await updateComment(trx, siteId, commentId, {
      moderation_state: state,
      ...hiddenReasonColumns(state, reason),
      open_flags: 0,
      queued_at: null,
    });
    await closeFlags(trx, { siteId, type: 'comment', id: commentId });
    await refreshCommentCount(trx, siteId, row.idea_id);
  });
  return toComment((await findComment(ctx.db, siteId, commentId))!);
}

export async function setIdeaStatus(
  ctx: ServiceContext,
  siteId: string,
  ideaId: string,
  change: { status: IdeaStatus; note?: string | undefined },
): Promise<Idea> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await ideaRow(trx, siteId, ideaId);
    assertStatusTransition(row.status, change.status);
    const at = laterThan(row.updated_at, ctx.now());
    await updateIdea(trx, siteId, ideaId, { status: change.status, updated_at: at });
    await appendStatusEntry(trx, { site_id: siteId, idea_id: ideaId, status: change.status, note: change.note ?? null, at });
  });
  return ideaView(ctx.db, siteId, await ideaRow(ctx.db, siteId, ideaId));
}

export async function answerIdea(ctx: ServiceContext, siteId: string, ideaId: string, text: string): Promise<Idea> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await ideaRow(trx, siteId, ideaId);
    const at = laterThan(row.updated_at, ctx.now());
    await updateIdea(trx, siteId, ideaId, { answer_text: text, answered_at: at, updated_at: at });
  });
  return ideaView(ctx.db, siteId, await ideaRow(ctx.db, siteId, ideaId));
}

/** Ideas owed an answer (they reached their board's threshold on a board with a deadline), soonest due first. */
export async function listAnswersDue(ctx: ServiceContext, siteId: string, query: OperationQuery<'listAnswersDue'>): Promise<AnswersDuePage> {
  const limit = query.limit ?? listAnswersDueQuery.limit.default;
  let after: { dueAt: string; id: string } | undefined;
  if (query.cursor !== undefined) {
    const [dueAt, id] = decodeListCursor('answers-due', query.cursor, ['string', 'string']) as [string, string];
    after = { dueAt, id };
  }
  const rows = await listIdeasAwaitingAnswer(ctx.db, siteId, query.boardId, limit + 1, after);
  const page = rows.slice(0, limit);
  const now = ctx.now().toISOString();
  const ideas = await ideaViews(ctx.db, siteId, page, undefined);
  const last = page.at(-1);
  return {
    items: ideas.map((idea) => ({ idea, dueAt: idea.answerDueAt!, overdue: idea.answerDueAt! < now })),
    nextCursor: rows.length > limit && last ? encodeListCursor('answers-due', [last.answer_due_at!, last.id]) : null,
  };
}
