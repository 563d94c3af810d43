import type { Idea, IdeaInput, IdeaPage, IdeaSubmission, IdeaSupport, SimilarIdeas } from '@inspraak/contract';
import { listIdeasQuery } from '@inspraak/contract';
import type { OperationQuery } from '../contract/operation-types.ts';
import { hashToken, randomId } from '../credentials/tokens.ts';
import type { IdeaRow, IdeaStatus } from '../db/idea-tables.ts';
import { ideaHidden, invalidField, notFound } from './domain-error.ts';
import type { Executor } from '../repositories/executor.ts';
import {
  adjustIdeaCounter,
  appendStatusEntry,
  deleteSupport,
  findIdea,
  findIdeaByReceiptHash,
  findPublishedIdea,
  insertIdea,
  insertSupport,
  listPublicIdeas,
  searchPublishedIdeas,
  statusHistoryOf,
  supportedBy,
  updateIdea,
} from '../repositories/idea-repository.ts';
import { assertBoardOpen, getBoardRow } from './board-service.ts';
import { ideaListAfter, ideaListCursor } from './idea-list-cursor.ts';
import { minimumScore, similarityScore, trigramMatch } from './idea-similarity.ts';
import { initialModerationState } from './idea-status-machine.ts';
import { showsHiddenNotice, toHiddenIdeaNotice, toIdea } from './idea-view.ts';
import type { ServiceContext } from './service-context.ts';

export const newReceiptToken = (): string => `irc_${randomId(32)}`;
// The hosted receipt page, which a resident can open and read. The token goes in the query: the server's log never holds a query.
export const receiptPath = (token: string): string => `/receipts/idea?receipt=${token}`;

/** Ideas as the contract shows them, with history and this participant's support, in one go. */
export async function ideaViews(db: Executor, siteId: string, rows: IdeaRow[], participantId: string | undefined): Promise<Idea[]> {
  const ids = rows.map((r) => r.id);
  const history = await statusHistoryOf(db, siteId, ids);
  const mine = participantId ? await supportedBy(db, siteId, participantId, ids) : new Set<string>();
  return rows.map((row) => toIdea(row, history.filter((h) => h.idea_id === row.id), mine.has(row.id)));
}

export async function ideaView(db: Executor, siteId: string, row: IdeaRow, participantId?: string): Promise<Idea> {
  return (await ideaViews(db, siteId, [row], participantId))[0]!;
}

/** A published idea, else 404: pending and hidden ideas do not exist for public reads. */
export async function publishedIdeaRow(db: Executor, siteId: string, ideaId: string): Promise<IdeaRow> {
  const row = await findPublishedIdea(db, siteId, ideaId);
  if (!row) throw notFound(`Idea "${ideaId}"`);
  return row;
}

export async function createIdea(
  ctx: ServiceContext,
  input: { siteId: string; boardId: string; participantId: string; idea: IdeaInput },
): Promise<IdeaSubmission> {
  const { siteId, boardId, idea } = input;
  const token = newReceiptToken();
  const id = `idea_${randomId(12)}`;
  await ctx.db.transaction().execute(async (trx) => {
    const board = await getBoardRow(trx, siteId, boardId);
    assertBoardOpen(board);
    const categories = JSON.parse(board.categories) as Array<{ id: string }>;
    if (!categories.some((c) => c.id === idea.categoryId)) {
      throw invalidField('/categoryId', 'unknown-category', `"${idea.categoryId}" is not a category of this board.`);
    }
    const now = ctx.now().toISOString();
    const state = initialModerationState(board.moderation);
    const status: IdeaStatus = 'submitted';
    await insertIdea(trx, {
      site_id: siteId,
      id,
      board_id: boardId,
      title: idea.title,
      description: idea.description ?? '',
      category_id: idea.categoryId,
      lat: idea.location?.lat ?? null,
      lng: idea.location?.lng ?? null,
      place: idea.place ?? null,
      display_name: idea.displayName ?? null,
      participant_id: input.participantId,
      receipt_hash: hashToken(token),
      status,
      moderation_state: state,
      hidden_reason_code: null,
      hidden_reason: null,
      answer_text: null,
      answered_at: null,
      queued_at: state === 'pending' ? now : null,
      created_at: now,
      updated_at: now,
    });
    await appendStatusEntry(trx, { site_id: siteId, idea_id: id, status, note: null, at: now });
  });
  const row = (await findIdeaByReceiptHash(ctx.db, siteId, hashToken(token)))!;
  return {
    idea: await ideaView(ctx.db, siteId, row, input.participantId),
    receipt: { ideaId: id, token, path: receiptPath(token) },
  };
}

/** A published idea; one hidden while public is gone with its reason (410), as the board's notice says. */
export async function getPublicIdea(ctx: ServiceContext, siteId: string, ideaId: string, participantId?: string): Promise<Idea> {
  const row = await findIdea(ctx.db, siteId, ideaId);
  if (row?.moderation_state === 'published') return ideaView(ctx.db, siteId, row, participantId);
  if (row && showsHiddenNotice(row)) throw ideaHidden(row.id, row.hidden_reason_code);
  throw notFound(`Idea "${ideaId}"`);
}

/** By receipt: the idea in whatever moderation state, so its author sees a hide reason. */
export async function getIdeaByReceipt(ctx: ServiceContext, siteId: string, token: string): Promise<Idea> {
  const row = await findIdeaByReceiptHash(ctx.db, siteId, hashToken(token));
  if (!row) throw notFound('An idea with this receipt');
  return ideaView(ctx.db, siteId, row);
}

export async function listIdeas(
  ctx: ServiceContext,
  siteId: string,
  boardId: string,
  query: OperationQuery<'listIdeas'>,
  participantId: string | undefined,
): Promise<IdeaPage> {
  const board = await getBoardRow(ctx.db, siteId, boardId);
  const sort = query.sort ?? listIdeasQuery.sort.default;
  if (query.category !== undefined && !(JSON.parse(board.categories) as Array<{ id: string }>).some((c) => c.id === query.category)) {
    throw invalidField('#/query/category', 'unknown-category', `"${query.category}" is not a category of this board.`);
  }
  const limit = query.limit ?? listIdeasQuery.limit.default;
  const after = query.cursor === undefined ? undefined : await ideaListAfter(ctx.db, siteId, sort, query.cursor);
  // A filtered list holds no notices: being in it would tell the hidden idea's category or status.
  const hiddenNotices = query.hidden === 'notices' && query.category === undefined && query.status === undefined;
  const filter = { boardId, sort, category: query.category, status: query.status, hiddenNotices };
  const rows = await listPublicIdeas(ctx.db, siteId, filter, limit + 1, after);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? ideaListCursor(sort, last) : null;
  const views = new Map((await ideaViews(ctx.db, siteId, page.filter((row) => !showsHiddenNotice(row)), participantId)).map((idea) => [idea.id, idea]));
  return { items: page.map((row) => (showsHiddenNotice(row) ? toHiddenIdeaNotice(row) : views.get(row.id)!)), nextCursor };
}

/** Support and withdrawal: the support row and the idea's counter change in one transaction. */
export async function setSupport(
  ctx: ServiceContext,
  input: { siteId: string; ideaId: string; participantId: string; supported: boolean },
): Promise<IdeaSupport> {
  const { siteId, ideaId, participantId, supported } = input;
  return ctx.db.transaction().execute(async (trx) => {
    const row = await publishedIdeaRow(trx, siteId, ideaId);
    let count = row.support_count;
    if (supported) {
      if (await insertSupport(trx, siteId, ideaId, participantId, ctx.now().toISOString())) {
        count = await adjustIdeaCounter(trx, siteId, ideaId, 'support_count', 1);
        await startAnswerDeadline(trx, row, count, ctx.now());
      }
    } else if (await deleteSupport(trx, siteId, ideaId, participantId)) {
      count = await adjustIdeaCounter(trx, siteId, ideaId, 'support_count', -1);
    }
    return { ideaId, supported, supportCount: count };
  });
}

/**
 * The support that brings an idea to its board's threshold starts the city's answer deadline, once:
 * a later withdrawal below the threshold does not take the promise back.
 */
async function startAnswerDeadline(db: Executor, idea: IdeaRow, supportCount: number, now: Date): Promise<void> {
  if (idea.answer_due_at !== null) return;
  const board = await getBoardRow(db, idea.site_id, idea.board_id);
  if (board.support_threshold === null || board.answer_within_days === null || supportCount < board.support_threshold) return;
  const dueAt = new Date(now.getTime() + board.answer_within_days * 86_400_000).toISOString();
  await updateIdea(db, idea.site_id, idea.id, { answer_due_at: dueAt });
}

/** Up to 5 published ideas of the board, most similar to `q` first. */
export async function findSimilarIdeas(ctx: ServiceContext, siteId: string, boardId: string, q: string): Promise<SimilarIdeas> {
  await getBoardRow(ctx.db, siteId, boardId);
  const match = trigramMatch(q);
  if (!match) return { items: [] };
  const candidates = await searchPublishedIdeas(ctx.db, siteId, boardId, match, 50);
  const ranked = candidates
    .map((row) => ({ row, score: similarityScore(q, row) }))
    .filter((c) => c.score >= minimumScore)
    .sort((a, b) => b.score - a.score || b.row.support_count - a.row.support_count)
    .slice(0, 5);
  return {
    items: ranked.map(({ row, score }) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      supportCount: row.support_count,
      score: Math.round(score * 1000) / 1000,
    })),
  };
}
