import type { PollResults } from '@inspraak/contract';
import type { PollRecord } from '../repositories/poll-repository.ts';
import { pollStatus } from './poll-status.ts';

/** `visible`, or the reason results are hidden: one serialized payload per variant and version. */
export type ResultsVariant = 'visible' | NonNullable<PollResults['hiddenReason']>;

/** Applies the poll's visibility rule for a resident who has (or has not) voted. */
export function resultsVariant(record: PollRecord, hasVoted: boolean, now: Date): ResultsVariant {
  const { poll } = record;
  const closed = pollStatus(poll, now) === 'closed';
  let variant: ResultsVariant;
  switch (poll.results_visibility) {
    case 'always':
      variant = 'visible';
      break;
    case 'after-vote':
      variant = hasVoted || closed ? 'visible' : 'after-vote';
      break;
    case 'after-close':
      variant = closed ? 'visible' : 'after-close';
      break;
    case 'never':
      variant = 'never';
      break;
  }
  if (variant === 'visible' && poll.total_ballots < poll.min_ballots) variant = 'below-minimum';
  return variant;
}

/** Does the variant depend on whether this participant voted? (Streams then track it per listener.) */
export function dependsOnVoter(record: PollRecord, now: Date): boolean {
  return record.poll.results_visibility === 'after-vote' && pollStatus(record.poll, now) !== 'closed';
}

const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

/** Counts straight from the maintained counters; when hidden, no count leaves the server. */
export function toResults(record: PollRecord, variant: ResultsVariant): PollResults {
  const { poll, options } = record;
  if (variant !== 'visible') {
    return { pollId: poll.id, version: poll.results_version, visible: false, hiddenReason: variant };
  }
  const total = poll.total_ballots;
  return {
    pollId: poll.id,
    version: poll.results_version,
    visible: true,
    hiddenReason: null,
    totalBallots: total,
    options: options.map((o) => ({
      optionId: o.id,
      count: o.ballot_count,
      percentage: total === 0 ? 0 : oneDecimal((o.ballot_count / total) * 100),
    })),
  };
}

/** Differs by version, visibility and poll edits (an option list may change before the first ballot). */
export function resultsEtag(record: PollRecord, variant: ResultsVariant): string {
  return `"r-${record.poll.results_version}-${variant}-${Date.parse(record.poll.updated_at).toString(36)}"`;
}
