/**
 * Admin calls on polls (need the admin token; server-side only). Loaded by `client.admin.polls`
 * through a dynamic import, so a bundle that never calls it leaves this module out.
 */
import type { CallOptions, Http, WriteOptions } from './http.ts';
import { paginate } from './pagination.ts';
import type { Poll, PollCreate, PollDeletion, PollListQuery, PollPage, PollResults, PollUpdate } from '@inspraak/contract';
import { closePoll } from '@inspraak/contract/operations/closePoll';
import { createPoll } from '@inspraak/contract/operations/createPoll';
import { deletePoll } from '@inspraak/contract/operations/deletePoll';
import { exportPollResults } from '@inspraak/contract/operations/exportPollResults';
import { getPollResultsForStaff } from '@inspraak/contract/operations/getPollResultsForStaff';
import { listPolls } from '@inspraak/contract/operations/listPolls';
import { updatePoll } from '@inspraak/contract/operations/updatePoll';

export interface AdminPollsApi {
  /** One page of this site's polls, newest first. */
  list(query?: PollListQuery, options?: CallOptions): Promise<PollPage>;
  /** Every poll, page after page. */
  iterate(query?: Pick<PollListQuery, 'limit'>, options?: CallOptions): AsyncIterableIterator<Poll>;
  create(input: PollCreate, options?: WriteOptions): Promise<Poll>;
  /** A JSON merge patch: members left out stay; `null` clears `description`, `opensAt`, `closesAt`. */
  update(pollId: string, patch: PollUpdate, options?: WriteOptions): Promise<Poll>;
  close(pollId: string, options?: WriteOptions): Promise<Poll>;
  /**
   * Deletes the poll for good with every ballot (`results(pollId).totalBallots` says how many
   * first); its pages then say it no longer exists. 404 once deleted.
   */
  delete(pollId: string, options?: CallOptions): Promise<PollDeletion>;
  /** The counts now, whatever the poll's visibility rule (residents get them by that rule). */
  results(pollId: string, options?: CallOptions): Promise<PollResults>;
  /** The results as CSV text (decoded, so without the file's byte-order mark). */
  exportCsv(pollId: string, options?: CallOptions): Promise<string>;
}

export function createAdminPolls(http: Http): AdminPollsApi {
  const list: AdminPollsApi['list'] = ({ limit, cursor } = {}, { signal } = {}) =>
    http.call(listPolls, { admin: true, query: { limit, cursor }, signal });

  return {
    list,
    iterate: ({ limit } = {}, options = {}) => paginate((cursor) => list({ limit, cursor }, options)),
    create: (input, options = {}) => http.call(createPoll, { ...options, admin: true, body: input }),
    update: (pollId, patch, options = {}) => http.call(updatePoll, { ...options, admin: true, pollId, body: patch }),
    close: (pollId, options = {}) => http.call(closePoll, { ...options, admin: true, pollId }),
    delete: (pollId, { signal } = {}) => http.call(deletePoll, { signal, admin: true, pollId }),
    results: (pollId, { signal } = {}) => http.call(getPollResultsForStaff, { admin: true, pollId, signal }),
    exportCsv: (pollId, { signal } = {}) => http.text(exportPollResults, { admin: true, pollId, signal, headers: { accept: 'text/csv' } }),
  };
}
