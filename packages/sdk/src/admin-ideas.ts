/**
 * Admin calls on idea boards (need the admin token; server-side only): boards, the moderation
 * queue, approve/hide, status, official answers and the CSV export. Loaded by `client.admin.boards`
 * and `client.admin.ideas` through a dynamic import, so a bundle that never calls them leaves this out.
 */
import type { CallOptions, Http, WriteOptions } from './http.ts';
import type {
  Board,
  BoardCreate,
  BoardUpdate,
  Comment,
  Idea,
  IdeaErasure,
  ModerationItem,
  ModerationPage,
  ModerationQueueQuery,
  StatusChange,
} from '@inspraak/contract';
import { paginate } from './pagination.ts';

export interface AdminBoardsApi {
  create(input: BoardCreate, options?: WriteOptions): Promise<Board>;
  /** A JSON merge patch: members left out stay; `null` clears `description`, `supportThreshold`. */
  update(boardId: string, patch: BoardUpdate, options?: WriteOptions): Promise<Board>;
}

export interface AdminIdeasApi {
  /** One page of the moderation queue (pending and flagged ideas and comments), oldest first. */
  queue(query?: ModerationQueueQuery, options?: CallOptions): Promise<ModerationPage>;
  /** The whole queue, page after page. */
  iterateQueue(query?: Omit<ModerationQueueQuery, 'cursor'>, options?: CallOptions): AsyncIterableIterator<ModerationItem>;
  approve(ideaId: string, options?: WriteOptions): Promise<Idea>;
  /** Hides the idea from every public read; the author sees `reason` through the receipt. */
  hide(ideaId: string, reason: string, options?: WriteOptions): Promise<Idea>;
  /** The next status (409 `status-transition-not-allowed` when the state machine forbids it). */
  setStatus(ideaId: string, change: StatusChange, options?: WriteOptions): Promise<Idea>;
  /** Writes or replaces the official answer. */
  answer(ideaId: string, text: string, options?: CallOptions): Promise<Idea>;
  approveComment(commentId: string, options?: WriteOptions): Promise<Comment>;
  hideComment(commentId: string, reason: string, options?: WriteOptions): Promise<Comment>;
  /** Every idea of the board as CSV text (decoded, so without the file's byte-order mark). */
  exportCsv(boardId: string, options?: CallOptions): Promise<string>;
  /** Erases the idea for good, as `ideas.eraseByReceipt` does, for a verified request that reached the city another way; 404 once erased. */
  erase(ideaId: string, options?: CallOptions): Promise<IdeaErasure>;
}

const adminIdea = (ideaId: string, rest: string) => `admin/ideas/${encodeURIComponent(ideaId)}${rest}`;
const adminComment = (commentId: string, rest: string) => `admin/comments/${encodeURIComponent(commentId)}${rest}`;

export function createAdminBoards(http: Http): AdminBoardsApi {
  return {
    create: (input, options = {}) => http.json<Board>('admin/boards', { ...options, admin: true, method: 'post', json: input }),
    update: (boardId, patch, options = {}) =>
      http.json<Board>(`admin/boards/${encodeURIComponent(boardId)}`, { ...options, admin: true, method: 'patch', json: patch }),
  };
}

export function createAdminIdeas(http: Http): AdminIdeasApi {
  const queue: AdminIdeasApi['queue'] = ({ boardId, limit, cursor } = {}, { signal } = {}) =>
    http.json<ModerationPage>('admin/moderation-queue', { admin: true, signal, searchParams: { boardId, limit, cursor } });
  return {
    queue,
    iterateQueue: (query = {}, options = {}) => paginate((cursor) => queue({ ...query, cursor }, options)),
    approve: (ideaId, options = {}) => http.json<Idea>(adminIdea(ideaId, '/approve'), { ...options, admin: true, method: 'post' }),
    hide: (ideaId, reason, options = {}) =>
      http.json<Idea>(adminIdea(ideaId, '/hide'), { ...options, admin: true, method: 'post', json: { reason } }),
    setStatus: (ideaId, change, options = {}) =>
      http.json<Idea>(adminIdea(ideaId, '/status'), { ...options, admin: true, method: 'post', json: change }),
    answer: (ideaId, text, { signal } = {}) =>
      http.json<Idea>(adminIdea(ideaId, '/answer'), { signal, admin: true, method: 'put', json: { text } }),
    approveComment: (commentId, options = {}) =>
      http.json<Comment>(adminComment(commentId, '/approve'), { ...options, admin: true, method: 'post' }),
    hideComment: (commentId, reason, options = {}) =>
      http.json<Comment>(adminComment(commentId, '/hide'), { ...options, admin: true, method: 'post', json: { reason } }),
    exportCsv: (boardId, { signal } = {}) =>
      http.text(`admin/boards/${encodeURIComponent(boardId)}/ideas.csv`, { admin: true, signal, headers: { accept: 'text/csv' } }),
    erase: (ideaId, { signal } = {}) => http.json<IdeaErasure>(adminIdea(ideaId, ''), { signal, admin: true, method: 'delete' }),
  };
}
