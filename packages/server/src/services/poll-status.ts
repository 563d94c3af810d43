import type { PollRow } from '../db/tables.ts';
import type { PollStatus } from '@inspraak/contract';

/** Status is never stored: it follows from opensAt/closesAt at the time of the response. */
export function pollStatus(poll: Pick<PollRow, 'opens_at' | 'closes_at'>, now: Date): PollStatus {
  const at = now.toISOString();
  if (poll.closes_at !== null && poll.closes_at <= at) return 'closed';
  if (poll.opens_at !== null && poll.opens_at > at) return 'scheduled';
  return 'open';
}
