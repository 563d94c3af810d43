/**
 * Resident calls on ideas: list (and iterate), read, send, follow by receipt, similar ideas,
 * support, comments and flags.
 */
import type { ClientCore } from './core.ts';
import type { CallOptions, WriteOptions } from './http.ts';
import type {
  Comment,
  CommentInput,
  CommentListQuery,
  CommentPage,
  Flag,
  FlagInput,
  Idea,
  IdeaErasure,
  IdeaInput,
  IdeaListQuery,
  IdeaPage,
  IdeaReceipt,
  IdeaSubmission as ContractIdeaSubmission,
  IdeaSupport,
  SimilarIdea,
  SimilarIdeas,
} from '@inspraak/contract';
import { paginate } from './pagination.ts';

/** What `ideas.create` answers: the contract's submission, with the receipt's address also absolute (`receipt.url`, on the API's origin). */
export type IdeaSubmission = ContractIdeaSubmission & { receipt: { url: string } };

export interface IdeaCommentsApi {
  /** One page of an idea's published comments and replies, oldest first. */
  list(ideaId: string, query?: CommentListQuery, options?: CallOptions): Promise<CommentPage>;
  /** Every comment, page after page. */
  iterate(ideaId: string, query?: Pick<CommentListQuery, 'limit'>, options?: CallOptions): AsyncIterableIterator<Comment>;
  /** A comment, or a reply to a top-level comment with `parentId`. */
  create(ideaId: string, input: CommentInput, options?: WriteOptions): Promise<Comment>;
}

/** What a flag is about: an idea or a comment. */
export type FlagTarget = { ideaId: string } | { commentId: string };

export interface IdeasApi {
  /** One page of a board's published ideas; `supportedByMe` reflects the stored participant token. */
  list(boardId: string, query?: IdeaListQuery, options?: CallOptions): Promise<IdeaPage>;
  /** Every idea of the board, page after page (the next page is fetched only when needed). */
  iterate(boardId: string, query?: Omit<IdeaListQuery, 'cursor'>, options?: CallOptions): AsyncIterableIterator<Idea>;
  get(ideaId: string, options?: CallOptions): Promise<Idea>;
  /** Sends an idea; keep `receipt.token` (shown only once) to follow it with `byReceipt`. */
  create(boardId: string, input: IdeaInput, options?: WriteOptions): Promise<IdeaSubmission>;
  /** The idea of a receipt, whatever its moderation state (with the reason when hidden). */
  byReceipt(receiptToken: string, options?: CallOptions): Promise<Idea>;
  /**
   * Erases the idea of a receipt for good (with its comments, supports and history); it cannot be
   * undone. Erasing again rejects with status 404, as an unknown receipt does.
   */
  eraseByReceipt(receiptToken: string, options?: CallOptions): Promise<IdeaErasure>;
  /** Up to 5 published ideas like `q` (e.g. the title being typed), most similar first. */
  similar(boardId: string, q: string, options?: CallOptions): Promise<SimilarIdea[]>;
  support(ideaId: string, options?: CallOptions): Promise<IdeaSupport>;
  unsupport(ideaId: string, options?: CallOptions): Promise<IdeaSupport>;
  /** Asks a moderator to look at an idea or a comment. */
  flag(target: FlagTarget, input: FlagInput, options?: WriteOptions): Promise<Flag>;
  comments: IdeaCommentsApi;
}

const ideaPath = (ideaId: string, rest = '') => `ideas/${encodeURIComponent(ideaId)}${rest}`;
const boardPath = (boardId: string, rest = '') => `boards/${encodeURIComponent(boardId)}${rest}`;

/** The resident ideas API on a client core (widgets build only the APIs they use, like `createPolls`). */
export function createIdeas({ http, participants }: ClientCore): IdeasApi {
  // Reads send a stored token (for supportedByMe) but do not ask for one.
  const list: IdeasApi['list'] = (boardId, query = {}, { signal } = {}) =>
    participants.withToken(
      (headers) => http.json<IdeaPage>(boardPath(boardId, '/ideas'), { headers, signal, searchParams: { ...query } }),
      signal,
      false,
    );

  const listComments: IdeaCommentsApi['list'] = (ideaId, { limit, cursor } = {}, { signal } = {}) =>
    http.json<CommentPage>(ideaPath(ideaId, '/comments'), { signal, searchParams: { limit, cursor } });

  const supportCall = (method: 'put' | 'delete') => (ideaId: string, { signal }: CallOptions = {}) =>
    participants.withToken((headers) => http.json<IdeaSupport>(ideaPath(ideaId, '/support'), { method, headers, signal }), signal, true);

  return {
    list,
    iterate: (boardId, query = {}, options = {}) => paginate((cursor) => list(boardId, { ...query, cursor }, options)),
    get: (ideaId, { signal } = {}) =>
      participants.withToken((headers) => http.json<Idea>(ideaPath(ideaId), { headers, signal }), signal, false),
    create: (boardId, input, { signal, idempotencyKey } = {}) =>
      participants.withToken(
        (headers) =>
          http
            .json<Omit<IdeaSubmission, 'receipt'> & { receipt: IdeaReceipt }>(boardPath(boardId, '/ideas'), { method: 'post', json: input, headers, signal, idempotencyKey })
            // The contract gives the receipt's path on the API's origin; a page elsewhere needs the whole address.
            .then((sent) => ({ ...sent, receipt: { ...sent.receipt, url: new URL(sent.receipt.path, http.origin).href } })),
        signal,
        true,
      ),
    byReceipt: (receiptToken, { signal } = {}) => http.json<Idea>('ideas/by-receipt', { signal, searchParams: { receipt: receiptToken } }),
    eraseByReceipt: (receiptToken, { signal } = {}) =>
      http.json<IdeaErasure>('ideas/by-receipt', { method: 'delete', signal, searchParams: { receipt: receiptToken } }),
    similar: (boardId, q, { signal } = {}) =>
      http.json<SimilarIdeas>(boardPath(boardId, '/ideas/similar'), { signal, searchParams: { q } }).then((found) => found.items),
    support: supportCall('put'),
    unsupport: supportCall('delete'),
    flag: (target, input, { signal, idempotencyKey } = {}) =>
      participants.withToken(
        (headers) =>
          http.json<Flag>('ideaId' in target ? ideaPath(target.ideaId, '/flags') : `comments/${encodeURIComponent(target.commentId)}/flags`, {
            method: 'post',
            json: input,
            headers,
            signal,
            idempotencyKey,
          }),
        signal,
        true,
      ),
    comments: {
      list: listComments,
      iterate: (ideaId, { limit } = {}, options = {}) => paginate((cursor) => listComments(ideaId, { limit, cursor }, options)),
      create: (ideaId, input, { signal, idempotencyKey } = {}) =>
        participants.withToken(
          (headers) => http.json<Comment>(ideaPath(ideaId, '/comments'), { method: 'post', json: input, headers, signal, idempotencyKey }),
          signal,
          true,
        ),
    },
  };
}
