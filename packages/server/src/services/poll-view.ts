import type { Poll } from '@inspraak/contract';
import type { PollRecord } from '../repositories/poll-repository.ts';
import { pollStatus } from './poll-status.ts';

/** The contract's `Poll` for a stored poll, exactly its fields. */
export function toPoll({ poll, options }: PollRecord, now: Date): Poll {
  return {
    id: poll.id,
    question: poll.question,
    description: poll.description,
    options: options.map((o) => ({ id: o.id, label: o.label })),
    selection: poll.selection,
    maxChoices: poll.max_choices,
    opensAt: poll.opens_at,
    closesAt: poll.closes_at,
    status: pollStatus(poll, now),
    resultsVisibility: poll.results_visibility,
    minBallots: poll.min_ballots,
    integrity: poll.integrity,
    createdAt: poll.created_at,
    updatedAt: poll.updated_at,
  };
}

/** Changes with every edit and with the derived status, so a cached poll never shows a stale status. */
export function pollEtag(record: PollRecord, now: Date): string {
  return `"p-${Date.parse(record.poll.updated_at).toString(36)}-${pollStatus(record.poll, now)}"`;
}
