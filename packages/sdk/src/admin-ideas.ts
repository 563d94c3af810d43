/**
 * Admin calls on idea boards (need the admin token; server-side only): boards, the moderation
 * queue, approve/hide, status, official answers and the CSV export. Loaded by `client.admin.boards`
 * and `client.admin.ideas` through a dynamic import, so a bundle that never calls them leaves this out.
 */
import type { CallOptions, Http, WriteOptions } from './http.ts';
import type {
  AnswersDuePage,
  AnswersDueQuery,
  Board,
  BoardCreate,
  BoardDeletion,
  BoardListQuery,
  BoardPage,
  BoardUpdate,
  StaffBoard,
  Comment,
  HideInput,
  Idea,
  IdeaErasure,
  ModerationItem,
  ModerationPage,
  ModerationQueueQuery,
  StatusChange,
} from '@inspraak/contract';
import { answerIdea } from '@inspraak/contract/operations/answerIdea';
import { approveComment } from '@inspraak/contract/operations/approveComment';
import { approveIdea } from '@inspraak/contract/operations/approveIdea';
import { createBoard } from '@inspraak/contract/operations/createBoard';
import { eraseIdea } from '@inspraak/contract/operations/eraseIdea';
import { exportBoardIdeas } from '@inspraak/contract/operations/exportBoardIdeas';
import { hideComment } from '@inspraak/contract/operations/hideComment';
import { hideIdea } from '@inspraak/contract/operations/hideIdea';
import { listBoards } from '@inspraak/contract/operations/listBoards';
import { listAnswersDue } from '@inspraak/contract/operations/listAnswersDue';
import { listModerationQueue } from '@inspraak/contract/operations/listModerationQueue';
import { setIdeaStatus } from '@inspraak/contract/operations/setIdeaStatus';
import { updateBoard } from '@inspraak/contract/operations/updateBoard';
import { deleteBoard } from '@inspraak/contract/operations/deleteBoard';
import { getBoardForStaff } from '@inspraak/contract/operations/getBoardForStaff';
import { paginate } from './pagination.ts';

export interface AdminBoardsApi {
  /** One page of this site's boards, newest first, each with all its settings. */
  list(query?: BoardListQuery, options?: CallOptions): Promise<BoardPage>;
  /** Every board, page after page. */
  iterate(query?: Pick<BoardListQuery, 'limit'>, options?: CallOptions): AsyncIterableIterator<Board>;
  create(input: BoardCreate, options?: WriteOptions): Promise<Board>;
  /** A JSON merge patch: members left out stay; `null` clears `description`, `supportThreshold`. */
  update(boardId: string, patch: BoardUpdate, options?: WriteOptions): Promise<Board>;
  /** One board, also a closed one, with `counts`: the ideas, comments and supports it holds. */
  get(boardId: string, options?: CallOptions): Promise<StaffBoard>;
  /** Deletes the board for good with every idea, comment and support on it; its pages then say it no longer exists. 404 once deleted. */
  delete(boardId: string, options?: CallOptions): Promise<BoardDeletion>;
}

export interface AdminIdeasApi {
  /** One page of the moderation queue across boards and maps (pending and flagged ideas and comments, pending reports), oldest first. */
  queue(query?: ModerationQueueQuery, options?: CallOptions): Promise<ModerationPage>;
  /** The whole queue, page after page. */
  iterateQueue(query?: Omit<ModerationQueueQuery, 'cursor'>, options?: CallOptions): AsyncIterableIterator<ModerationItem>;
  /** Ideas past their board's support threshold that still wait for the city's answer, soonest due first. */
  answersDue(query?: AnswersDueQuery, options?: CallOptions): Promise<AnswersDuePage>;
  approve(ideaId: string, options?: WriteOptions): Promise<Idea>;
  /** Hides the idea from every public read, with a reason code from the list; the author sees it (and the `note`) through the receipt. */
  hide(ideaId: string, reason: HideInput, options?: WriteOptions): Promise<Idea>;
  /** The next status (409 `status-transition-not-allowed` when the state machine forbids it). */
  setStatus(ideaId: string, change: StatusChange, options?: WriteOptions): Promise<Idea>;
  /** Writes or replaces the official answer. */
  answer(ideaId: string, text: string, options?: CallOptions): Promise<Idea>;
  approveComment(commentId: string, options?: WriteOptions): Promise<Comment>;
  hideComment(commentId: string, reason: HideInput, options?: WriteOptions): Promise<Comment>;
  /** Every idea of the board as CSV text (decoded, so without the file's byte-order mark). */
  exportCsv(boardId: string, options?: CallOptions): Promise<string>;
  /** Erases the idea for good, as `ideas.eraseByReceipt` does, for a verified request that reached the city another way; 404 once erased. */
  erase(ideaId: string, options?: CallOptions): Promise<IdeaErasure>;
}

export function createAdminBoards(http: Http): AdminBoardsApi {
  const list: AdminBoardsApi['list'] = ({ limit, cursor } = {}, { signal } = {}) => http.call(listBoards, { admin: true, query: { limit, cursor }, signal });
  return {
    list,
    iterate: ({ limit } = {}, options = {}) => paginate((cursor) => list({ limit, cursor }, options)),
    create: (input, options = {}) => http.call(createBoard, { ...options, admin: true, body: input }),
    update: (boardId, patch, options = {}) => http.call(updateBoard, { ...options, admin: true, boardId, body: patch }),
    get: (boardId, { signal } = {}) => http.call(getBoardForStaff, { signal, admin: true, boardId }),
    delete: (boardId, { signal } = {}) => http.call(deleteBoard, { signal, admin: true, boardId }),
  };
}

export function createAdminIdeas(http: Http): AdminIdeasApi {
  const queue: AdminIdeasApi['queue'] = ({ boardId, mapId, limit, cursor } = {}, { signal } = {}) =>
    http.call(listModerationQueue, { admin: true, signal, query: { boardId, mapId, limit, cursor } });
  return {
    queue,
    iterateQueue: (query = {}, options = {}) => paginate((cursor) => queue({ ...query, cursor }, options)),
    answersDue: ({ boardId, limit, cursor } = {}, { signal } = {}) => http.call(listAnswersDue, { admin: true, signal, query: { boardId, limit, cursor } }),
    approve: (ideaId, options = {}) => http.call(approveIdea, { ...options, admin: true, ideaId }),
    hide: (ideaId, reason, options = {}) => http.call(hideIdea, { ...options, admin: true, ideaId, body: reason }),
    setStatus: (ideaId, change, options = {}) => http.call(setIdeaStatus, { ...options, admin: true, ideaId, body: change }),
    answer: (ideaId, text, { signal } = {}) => http.call(answerIdea, { signal, admin: true, ideaId, body: { text } }),
    approveComment: (commentId, options = {}) => http.call(approveComment, { ...options, admin: true, commentId }),
    hideComment: (commentId, reason, options = {}) => http.call(hideComment, { ...options, admin: true, commentId, body: reason }),
    exportCsv: (boardId, { signal } = {}) => http.text(exportBoardIdeas, { admin: true, boardId, signal, headers: { accept: 'text/csv' } }),
    erase: (ideaId, { signal } = {}) => http.call(eraseIdea, { signal, admin: true, ideaId }),
  };
}
