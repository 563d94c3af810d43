/**
 * The console's overview: participation per day in each poll, board and map, the open items and
 * the answers owed. Loaded by `client.admin.overview` through a dynamic import, so a bundle that
 * never calls it leaves this module out.
 */
import type { CallOptions, Http } from './http.ts';
import type { OverviewQuery, ParticipationOverview } from '@inspraak/contract';
import { getParticipationOverview } from '@inspraak/contract/operations/getParticipationOverview';

export interface AdminOverviewApi {
  /** The period from `from` to `to` (UTC days, both included; default the last 30 days up to today). */
  get(query?: OverviewQuery, options?: CallOptions): Promise<ParticipationOverview>;
}

export function createAdminOverview(http: Http): AdminOverviewApi {
  return {
    get: ({ from, to } = {}, { signal } = {}) => http.call(getParticipationOverview, { admin: true, query: { from, to }, signal }),
  };
}
