import type { BoardDeletion, FeedbackMapDeletion, PollDeletion } from '@inspraak/contract';
import { checkpointAfterErase, deleteReplaysMentioning } from '../repositories/erasure-repository.ts';
import { findBoard } from '../repositories/board-repository.ts';
import { findMap } from '../repositories/map-repository.ts';
import { findPoll } from '../repositories/poll-repository.ts';
import { deleteBoardAndDependents, deleteMapAndDependents, deletePollAndDependents } from '../repositories/subject-content-repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { notFound } from './domain-error.ts';
import type { ServiceContext } from './service-context.ts';

// Staff delete a poll, board or map for good, with everything residents sent to it, in one
// transaction: what residents sent is removed, not hidden (the same care as an erasure), and stored
// Idempotency-Key replays that name the subject or its ideas or reports go too. A second delete is
// 404 like an unknown id: nothing is kept to answer 410 with. The audit log records the deletion
// from the response (the question or title and the counts; see audit-hooks.ts).

const quoted = (ids: string[]): string[] => ids.map((id) => JSON.stringify(id));

/** Runs one deletion in a transaction, then leaves no old page image of the deleted rows on disk. */
async function deleteInOneGo<T>(ctx: ServiceContext, work: (trx: Executor) => Promise<T>): Promise<T> {
  const deletion = await ctx.db.transaction().execute(work);
  await checkpointAfterErase(ctx.db);
  return deletion;
}

export async function deletePoll(ctx: ServiceContext, siteId: string, pollId: string): Promise<PollDeletion> {
  return deleteInOneGo(ctx, async (trx) => {
    const record = await findPoll(trx, siteId, pollId);
    if (!record) throw notFound(`Poll "${pollId}"`);
    const rows = await deletePollAndDependents(trx, siteId, pollId);
    await deleteReplaysMentioning(trx, siteId, quoted([pollId]));
    return { pollId, question: record.poll.question, deleted: { poll: true as const, ...rows } };
  });
}

export async function deleteBoard(ctx: ServiceContext, siteId: string, boardId: string): Promise<BoardDeletion> {
  return deleteInOneGo(ctx, async (trx) => {
    const board = await findBoard(trx, siteId, boardId);
    if (!board) throw notFound(`Board "${boardId}"`);
    const { ideaIds, ...rows } = await deleteBoardAndDependents(trx, siteId, boardId);
    await deleteReplaysMentioning(trx, siteId, quoted([boardId, ...ideaIds]));
    return { boardId, title: board.title, deleted: { board: true as const, ideas: ideaIds.length, ...rows } };
  });
}

export async function deleteMap(ctx: ServiceContext, siteId: string, mapId: string): Promise<FeedbackMapDeletion> {
  return deleteInOneGo(ctx, async (trx) => {
    const map = await findMap(trx, siteId, mapId);
    if (!map) throw notFound(`Map "${mapId}"`);
    const { reportIds, ...rows } = await deleteMapAndDependents(trx, siteId, mapId);
    await deleteReplaysMentioning(trx, siteId, quoted([mapId, ...reportIds]));
    return { mapId, title: map.title, deleted: { map: true as const, reports: reportIds.length, ...rows } };
  });
}
