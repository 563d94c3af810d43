/**
 * Admin calls on polls (need the admin token; server-side only). Loaded by `client.admin.polls`
 * through a dynamic import, so a bundle that never calls it leaves this module out.
 */
import type { CallOptions, Http, WriteOptions } from './http.ts';
import { paginate } from './pagination.ts';
import type { Poll, PollCreate, PollListQuery, PollPage, PollUpdate } from '@inspraak/contract';

export interface AdminPollsApi {
  /** One page of this site's polls, newest first. */
  list(query?: PollListQuery, options?: CallOptions): Promise<PollPage>;
  /** Every poll, page after page. */
  iterate(query?: Pick<PollListQuery, 'limit'>, options?: CallOptions): AsyncIterableIterator<Poll>;
  create(input: PollCreate, options?: WriteOptions): Promise<Poll>;
  /** A JSON merge patch: members left out stay; `null` clears `description`, `opensAt`, `closesAt`. */
  update(pollId: string, patch: PollUpdate, options?: WriteOptions): Promise<Poll>;
  close(pollId: string, options?: WriteOptions): Promise<Poll>;
  /** The results as CSV text (decoded, so without the file's byte-order mark). */
  exportCsv(pollId: string, options?: CallOptions): Promise<string>;
}

const adminPollPath = (pollId: string, rest = '') => `admin/polls/${encodeURIComponent(pollId)}${rest}`;

export function createAdminPolls(http: Http): AdminPollsApi {
  const list: AdminPollsApi['list'] = ({ limit, cursor } = {}, { signal } = {}) =>
    http.json<PollPage>('admin/polls', { admin: true, searchParams: { limit, cursor }, signal });

  return {
    list,
    iterate: ({ limit } = {}, options = {}) => paginate((cursor) => list({ limit, cursor }, options)),
    create: (input, options = {}) => http.json<Poll>('admin/polls', { ...options, admin: true, method: 'post', json: input }),
    update: (pollId, patch, options = {}) =>
      http.json<Poll>(adminPollPath(pollId), { ...options, admin: true, method: 'patch', json: patch }),
    close: (pollId, options = {}) => http.json<Poll>(adminPollPath(pollId, '/close'), { ...options, admin: true, method: 'post' }),
    exportCsv: (pollId, { signal } = {}) =>
      http.text(adminPollPath(pollId, '/results.csv'), { admin: true, signal, headers: { accept: 'text/csv' } }),
  };
}
