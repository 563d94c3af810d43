/**
 * Resident calls on ideas: list (and iterate), read, send, follow by receipt, similar ideas,
 * support, comments and flags.
 */
import type { ClientCore } from './core.ts';
import type { CallOptions, WriteOptions } from './http.ts';
// By qualified name (`contract.Idea`): the one list of these names is index.ts's, which exports them.
import type * as contract from '@inspraak/contract';
import { createComment } from '@inspraak/contract/operations/createComment';
import { createIdea } from '@inspraak/contract/operations/createIdea';
import { eraseIdeaByReceipt } from '@inspraak/contract/operations/eraseIdeaByReceipt';
import { findSimilarIdeas } from '@inspraak/contract/operations/findSimilarIdeas';
import { flagComment } from '@inspraak/contract/operations/flagComment';
import { flagIdea } from '@inspraak/contract/operations/flagIdea';
import { getIdea } from '@inspraak/contract/operations/getIdea';
import { getIdeaByReceipt } from '@inspraak/contract/operations/getIdeaByReceipt';
import { listComments } from '@inspraak/contract/operations/listComments';
import { listIdeas } from '@inspraak/contract/operations/listIdeas';
import { supportIdea } from '@inspraak/contract/operations/supportIdea';
import { unsupportIdea } from '@inspraak/contract/operations/unsupportIdea';
import { paginate } from './pagination.ts';

/** What `ideas.create` answers: the contract's submission, with the receipt's address also absolute (`receipt.url`, on the API's origin). */
export type IdeaSubmission = contract.IdeaSubmission & { receipt: { url: string } };

export interface IdeaCommentsApi {
  /** One page of an idea's published comments and replies, oldest first. */
  list(ideaId: string, query?: contract.CommentListQuery, options?: CallOptions): Promise<contract.CommentPage>;
  /** Every comment, page after page. */
  iterate(ideaId: string, query?: Pick<contract.CommentListQuery, 'limit'>, options?: CallOptions): AsyncIterableIterator<contract.Comment>;
  /** A comment, or a reply to a top-level comment with `parentId`. */
  create(ideaId: string, input: contract.CommentInput, options?: WriteOptions): Promise<contract.Comment>;
}

/**
 * A board's page of ideas alone: what `ideas.list` answers unless asked for notices of hidden ideas
 * (the contract's `hidden: 'omit'`, the default), as it did before notices existed.
 */
export type IdeaOnlyPage = Omit<contract.IdeaPage, 'items'> & { items: contract.Idea[] };

/** What a flag is about: an idea or a comment. */
export type FlagTarget = { ideaId: string } | { commentId: string };

export interface IdeasApi {
  /**
   * One page of a board's published ideas; `supportedByMe` reflects the stored participant token.
   * With `hidden: 'notices'` the page also holds, in its place, a `HiddenIdeaNotice` for each idea a
   * moderator hid while it was public (tell them apart by `'hidden' in item`).
   */
  list(boardId: string, query: contract.IdeaListQuery & { hidden: 'notices' }, options?: CallOptions): Promise<contract.IdeaPage>;
  list(boardId: string, query?: contract.IdeaListQuery & { hidden?: 'omit' }, options?: CallOptions): Promise<IdeaOnlyPage>;
  list(boardId: string, query?: contract.IdeaListQuery, options?: CallOptions): Promise<contract.IdeaPage>;
  /** Every idea of the board, page after page (the next page is fetched only when needed). */
  iterate(boardId: string, query?: Omit<contract.IdeaListQuery, 'cursor' | 'hidden'>, options?: CallOptions): AsyncIterableIterator<contract.Idea>;
  get(ideaId: string, options?: CallOptions): Promise<contract.Idea>;
  /** Sends an idea; keep `receipt.token` (shown only once) to follow it with `byReceipt`. */
  create(boardId: string, input: contract.IdeaInput, options?: WriteOptions): Promise<IdeaSubmission>;
  /** The idea of a receipt, whatever its moderation state (with the reason when hidden). */
  byReceipt(receiptToken: string, options?: CallOptions): Promise<contract.Idea>;
  /**
   * Erases the idea of a receipt for good (with its comments, supports and history); it cannot be
   * undone. Erasing again rejects with status 404, as an unknown receipt does.
   */
  eraseByReceipt(receiptToken: string, options?: CallOptions): Promise<contract.IdeaErasure>;
  /** Up to 5 published ideas like `q` (e.g. the title being typed), most similar first. */
  similar(boardId: string, q: string, options?: CallOptions): Promise<contract.SimilarIdea[]>;
  support(ideaId: string, options?: CallOptions): Promise<contract.IdeaSupport>;
  unsupport(ideaId: string, options?: CallOptions): Promise<contract.IdeaSupport>;
  /** Asks a moderator to look at an idea or a comment. */
  flag(target: FlagTarget, input: contract.FlagInput, options?: WriteOptions): Promise<contract.Flag>;
  comments: IdeaCommentsApi;
}

/** The resident ideas API on a client core (widgets build only the APIs they use, like `createPolls`). */
export function createIdeas({ http, participants }: ClientCore): IdeasApi {
  // Reads send a stored token (for supportedByMe) but do not ask for one.
  const listPage = (boardId: string, query: contract.IdeaListQuery = {}, { signal }: CallOptions = {}) =>
    participants.withToken(
      (headers) => http.call(listIdeas, { boardId, headers, signal, query }),
      signal,
      false,
    );
  // The server sends notices only for `hidden: 'notices'`, so without it every item is an idea (the overloads say which).
  const list = listPage as IdeasApi['list'];

  const commentPage: IdeaCommentsApi['list'] = (ideaId, { limit, cursor } = {}, { signal } = {}) =>
    http.call(listComments, { ideaId, signal, query: { limit, cursor } });

  const supportCall = (operation: typeof supportIdea | typeof unsupportIdea) => (ideaId: string, { signal }: CallOptions = {}) =>
    participants.withToken((headers) => http.call(operation, { ideaId, headers, signal }), signal, true);

  return {
    list,
    iterate: (boardId, query = {}, options = {}) => paginate((cursor) => list(boardId, { ...query, cursor }, options)),
    get: (ideaId, { signal } = {}) =>
      participants.withToken((headers) => http.call(getIdea, { ideaId, headers, signal }), signal, false),
    create: (boardId, input, { signal, idempotencyKey } = {}) =>
      participants.withToken(
        (headers) =>
          http
            .call(createIdea, { boardId, body: input, headers, signal, idempotencyKey })
            // The contract gives the receipt's path on the API's origin; a page elsewhere needs the whole address.
            .then((sent) => ({ ...sent, receipt: { ...sent.receipt, url: new URL(sent.receipt.path, http.origin).href } })),
        signal,
        true,
      ),
    byReceipt: (receiptToken, { signal } = {}) => http.call(getIdeaByReceipt, { signal, query: { receipt: receiptToken } }),
    eraseByReceipt: (receiptToken, { signal } = {}) => http.call(eraseIdeaByReceipt, { signal, query: { receipt: receiptToken } }),
    similar: (boardId, q, { signal } = {}) => http.call(findSimilarIdeas, { boardId, signal, query: { q } }).then((found) => found.items),
    support: supportCall(supportIdea),
    unsupport: supportCall(unsupportIdea),
    flag: (target, input, { signal, idempotencyKey } = {}) =>
      participants.withToken(
        (headers) =>
          'ideaId' in target
            ? http.call(flagIdea, { ideaId: target.ideaId, body: input, headers, signal, idempotencyKey })
            : http.call(flagComment, { commentId: target.commentId, body: input, headers, signal, idempotencyKey }),
        signal,
        true,
      ),
    comments: {
      list: commentPage,
      iterate: (ideaId, { limit } = {}, options = {}) => paginate((cursor) => commentPage(ideaId, { limit, cursor }, options)),
      create: (ideaId, input, { signal, idempotencyKey } = {}) =>
        participants.withToken(
          (headers) => http.call(createComment, { ideaId, body: input, headers, signal, idempotencyKey }),
          signal,
          true,
        ),
    },
  };
}
