import type { AnswersDuePage, Comment, HideInput, Idea, ModerationItem, ModerationPage } from '@inspraak/contract';
import { listAnswersDueQuery, listModerationQueueQuery } from '@inspraak/contract';
import type { OperationQuery } from '../contract/operation-types.ts';
import type { CommentRow, IdeaRow, IdeaStatus } from '../db/idea-tables.ts';
import { notFound } from './domain-error.ts';
import { findComment, listQueuedComments, updateComment } from '../repositories/comment-repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { closeFlags, openFlagReasons } from '../repositories/flag-repository.ts';
import { appendStatusEntry, findIdea, findIdeas, listIdeasAwaitingAnswer, listQueuedIdeas, updateIdea } from '../repositories/idea-repository.ts';
import { refreshCommentCount } from './comment-service.ts';
import { decodeListCursor, encodeListCursor } from './list-cursor.ts';
import { ideaView, ideaViews } from './idea-service.ts';
import { assertStatusTransition, nextModerationState, type ModerationAction } from './idea-status-machine.ts';
import { toComment } from './idea-view.ts';
import type { ServiceContext } from './service-context.ts';

async function ideaRow(db: Executor, siteId: string, ideaId: string): Promise<IdeaRow> {
  const row = await findIdea(db, siteId, ideaId);
  if (!row) throw notFound(`Idea "${ideaId}"`);
  return row;
}

/** Every edit moves updatedAt (ETags hang on it), even two within one millisecond. */
const laterThan = (previous: string, now: Date): string => new Date(Math.max(now.getTime(), Date.parse(previous) + 1)).toISOString();

/** The reason columns for a new moderation state: kept while hidden, cleared otherwise. */
const hiddenReasonColumns = (state: string, reason: HideInput | undefined) => ({
  hidden_reason_code: state === 'hidden' ? (reason?.reasonCode ?? null) : null,
  hidden_reason: state === 'hidden' ? (reason?.note ?? null) : null,
});

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

type Queued = { kind: 'idea'; row: IdeaRow } | { kind: 'comment'; row: CommentRow };
const queuedKey = (q: Queued): [string, string, string] => [q.row.queued_at!, q.kind, q.row.id];
const compareKeys = (a: [string, string, string], b: [string, string, string]) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;

/**
 * Pending and flagged ideas and comments, oldest in the queue first. Both tables are read with the
 * same keyset and merged, so the pages of the queue stay stable.
 */
export async function listModerationQueue(
  ctx: ServiceContext,
  siteId: string,
  query: OperationQuery<'listModerationQueue'>,
): Promise<ModerationPage> {
  const limit = query.limit ?? listModerationQueueQuery.limit.default;
  let after: [string, string, string] | undefined;
  if (query.cursor !== undefined) after = decodeListCursor('moderation', query.cursor, ['string', 'string', 'string']) as [string, string, string];
  // Per table, the keyset (queued_at, id) that continues after (queued_at, kind, id); ids never hold '~'.
  const sinceFor = (kind: string) =>
    after ? { queuedAt: after[0], id: after[1] < kind ? '' : after[1] === kind ? after[2] : '~' } : undefined;
  const [ideas, comments] = await Promise.all([
    listQueuedIdeas(ctx.db, siteId, query.boardId, limit + 1, sinceFor('idea')),
    listQueuedComments(ctx.db, siteId, query.boardId, limit + 1, sinceFor('comment')),
  ]);
  const merged: Queued[] = [
    ...ideas.map((row): Queued => ({ kind: 'idea', row })),
    ...comments.map((row): Queued => ({ kind: 'comment', row })),
  ].sort((a, b) => compareKeys(queuedKey(a), queuedKey(b)));
  const page = merged.slice(0, limit);

  const commentIdeaIds = page.filter((q) => q.kind === 'comment').map((q) => (q.row as CommentRow).idea_id);
  const ideaRows = new Map([...ideas, ...(await findIdeas(ctx.db, siteId, commentIdeaIds))].map((r) => [r.id, r]));
  const neededIdeas = [...new Set(page.map((q) => (q.kind === 'idea' ? q.row.id : q.row.idea_id)))].map((id) => ideaRows.get(id)!);
  const views = new Map((await ideaViews(ctx.db, siteId, neededIdeas, undefined)).map((v) => [v.id, v]));
  const ideaFlags = await openFlagReasons(ctx.db, siteId, 'idea', page.filter((q) => q.kind === 'idea').map((q) => q.row.id));
  const commentFlags = await openFlagReasons(ctx.db, siteId, 'comment', page.filter((q) => q.kind === 'comment').map((q) => q.row.id));

  const items = page.map((q): ModerationItem => {
    const ideaId = q.kind === 'idea' ? q.row.id : q.row.idea_id;
    return {
      type: q.kind,
      reason: q.row.moderation_state === 'pending' ? 'pending' : 'flagged',
      queuedAt: q.row.queued_at!,
      flagCount: q.row.open_flags,
      flagReasons: (q.kind === 'idea' ? ideaFlags : commentFlags).get(q.row.id) ?? [],
      idea: views.get(ideaId)!,
      comment: q.kind === 'comment' ? toComment(q.row) : null,
    };
  });
  const last = page.at(-1);
  return { items, nextCursor: merged.length > limit && last ? encodeListCursor('moderation', queuedKey(last)) : null };
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
