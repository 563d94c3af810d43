import type { Board, BoardCreate, BoardPage, BoardUpdate, StaffBoard } from '@inspraak/contract';
import { listBoardsQuery } from '@inspraak/contract';
import type { OperationQuery } from '../contract/operation-types.ts';
import { randomId } from '../credentials/tokens.ts';
import type { BoardRow } from '../db/idea-tables.ts';
import { DomainError, idTaken, invalidInput, notFound } from './domain-error.ts';
import { categoriesInUse, findBoard, insertBoardIfMissing, listBoardRows, updateBoard as updateBoardRow } from '../repositories/board-repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { countBoardContent } from '../repositories/subject-content-repository.ts';
import { toBoard } from './idea-view.ts';
import { newestFirstPage } from './newest-first-page.ts';
import type { ServiceContext } from './service-context.ts';

export async function getBoardRow(db: Executor, siteId: string, boardId: string): Promise<BoardRow> {
  const row = await findBoard(db, siteId, boardId);
  if (!row) throw notFound(`Board "${boardId}"`);
  return row;
}

export async function getBoard(ctx: ServiceContext, siteId: string, boardId: string): Promise<Board> {
  return toBoard(await getBoardRow(ctx.db, siteId, boardId));
}

/** A board for staff, with what it holds (what deleting it would remove). */
export async function getStaffBoard(ctx: ServiceContext, siteId: string, boardId: string): Promise<StaffBoard> {
  const row = await getBoardRow(ctx.db, siteId, boardId);
  return { ...toBoard(row), counts: await countBoardContent(ctx.db, siteId, row.id) };
}

/** One page of the site's boards, newest first, for the staff console. */
export async function listBoards(ctx: ServiceContext, siteId: string, query: OperationQuery<'listBoards'>): Promise<BoardPage> {
  return newestFirstPage({
    kind: 'boards',
    query,
    defaultLimit: listBoardsQuery.limit.default,
    read: (limit, after) => listBoardRows(ctx.db, siteId, limit, after),
    keyOf: (row) => ({ createdAt: row.created_at, id: row.id }),
    toItem: toBoard,
  });
}

function checkCategoryIds(categories: Array<{ id: string }>): void {
  const seen = new Set<string>();
  categories.forEach((category, i) => {
    if (seen.has(category.id)) {
      throw invalidInput(
        [{ pointer: `/categories/${i}/id`, code: 'duplicate', detail: 'Each category needs its own id.' }],
        `Category id "${category.id}" appears more than once.`,
      );
    }
    seen.add(category.id);
  });
}

export async function createBoard(ctx: ServiceContext, siteId: string, input: BoardCreate): Promise<Board> {
  checkCategoryIds(input.categories);
  const now = ctx.now().toISOString();
  const id = input.id ?? `board_${randomId(12)}`;
  const inserted = await insertBoardIfMissing(ctx.db, {
    site_id: siteId,
    id,
    title: input.title,
    description: input.description ?? null,
    categories: JSON.stringify(input.categories.map((c) => ({ id: c.id, label: c.label }))),
    moderation: input.moderation ?? 'post',
    status: input.status ?? 'open',
    support_threshold: input.supportThreshold ?? null,
    answer_within_days: input.answerWithinDays ?? null,
    created_at: now,
    updated_at: now,
  });
  if (!inserted) throw idTaken('board', id);
  return getBoard(ctx, siteId, id);
}

export async function updateBoard(ctx: ServiceContext, siteId: string, boardId: string, patch: BoardUpdate): Promise<Board> {
  if (patch.categories) checkCategoryIds(patch.categories);
  await ctx.db.transaction().execute(async (trx) => {
    const board = await getBoardRow(trx, siteId, boardId);
    if (patch.categories) {
      const kept = new Set(patch.categories.map((c) => c.id));
      const dropped = (await categoriesInUse(trx, siteId, boardId)).filter((id) => !kept.has(id));
      if (dropped.length > 0) {
        throw new DomainError(
          'category-in-use',
          `Ideas use ${dropped.map((id) => `"${id}"`).join(', ')}; keep ${dropped.length === 1 ? 'it' : 'them'} in the list (a label may change).`,
        );
      }
    }
    // updatedAt must move on every edit (ETags hang on it), even two edits within one millisecond.
    const updatedAt = new Date(Math.max(ctx.now().getTime(), Date.parse(board.updated_at) + 1)).toISOString();
    await updateBoardRow(trx, siteId, boardId, {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.categories !== undefined ? { categories: JSON.stringify(patch.categories.map((c) => ({ id: c.id, label: c.label }))) } : {}),
      ...(patch.moderation !== undefined ? { moderation: patch.moderation } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      ...(patch.supportThreshold !== undefined ? { support_threshold: patch.supportThreshold } : {}),
      ...(patch.answerWithinDays !== undefined ? { answer_within_days: patch.answerWithinDays } : {}),
      updated_at: updatedAt,
    });
  });
  return getBoard(ctx, siteId, boardId);
}

/** 409 when the board takes no new ideas or comments. */
export function assertBoardOpen(board: BoardRow): void {
  if (board.status === 'open') return;
  throw new DomainError('board-closed', 'This board takes no new ideas or comments any more.');
}
