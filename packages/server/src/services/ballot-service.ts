import type { Ballot, BallotReceipt, MyBallot } from '@inspraak/contract';
import type { BallotRow } from '../db/tables.ts';
import { DomainError, notFound, type FieldError } from './domain-error.ts';
import { adjustOptionCounts, bumpPollCounters, findBallot, insertBallot, replaceBallot } from '../repositories/ballot-repository.ts';
import { findPoll, type PollRecord } from '../repositories/poll-repository.ts';
import { pollStatus } from './poll-status.ts';
import { resultsVariant, toResults } from './results-view.ts';
import type { ServiceContext } from './service-context.ts';

const toBallot = (row: BallotRow): Ballot => ({
  pollId: row.poll_id,
  optionIds: JSON.parse(row.option_ids) as string[],
  castAt: row.cast_at,
});

export interface CastResult {
  /** true for the participant's first ballot in this poll (201), false for a replacement (200). */
  created: boolean;
  receipt: BallotReceipt;
  record: PollRecord;
}

function checkChoice(record: PollRecord, optionIds: string[]): void {
  const known = new Set(record.options.map((o) => o.id));
  const errors: FieldError[] = [];
  optionIds.forEach((id, i) => {
    if (!known.has(id)) {
      errors.push({ pointer: `/optionIds/${i}`, code: 'unknown-option', detail: `"${id}" is not an option of this poll.` });
    }
  });
  if (optionIds.length > record.poll.max_choices) {
    errors.push({
      pointer: '/optionIds',
      code: 'too-many-choices',
      detail: `Choose at most ${record.poll.max_choices} option(s).`,
    });
  }
  if (errors.length > 0) {
    throw new DomainError('invalid-ballot', errors.map((e) => e.detail).join(' '), errors);
  }
}

/**
 * Casts or replaces the participant's ballot. Ballot row, option counters, ballot total and the
 * results version change in one transaction, so results are always read from consistent counters.
 */
export async function castBallot(
  ctx: ServiceContext,
  input: { siteId: string; pollId: string; participantId: string; optionIds: string[]; clientHash: string | null },
): Promise<CastResult> {
  const { siteId, pollId, participantId, optionIds } = input;
  return ctx.db.transaction().execute(async (trx) => {
    const record = await findPoll(trx, siteId, pollId);
    if (!record) throw notFound(`Poll "${pollId}"`);
    const now = ctx.now();
    const status = pollStatus(record.poll, now);
    if (status === 'scheduled') {
      throw new DomainError('poll-not-open', `Voting opens at ${record.poll.opens_at}.`);
    }
    if (status === 'closed') {
      throw new DomainError('poll-closed', 'This poll is closed; votes are no longer counted.');
    }
    checkChoice(record, optionIds);

    const row: BallotRow = {
      site_id: siteId,
      poll_id: pollId,
      participant_id: participantId,
      option_ids: JSON.stringify(optionIds),
      client_hash: input.clientHash,
      cast_at: now.toISOString(),
    };
    const earlier = await findBallot(trx, siteId, pollId, participantId);
    if (earlier) {
      const before = JSON.parse(earlier.option_ids) as string[];
      await replaceBallot(trx, row);
      await adjustOptionCounts(trx, siteId, pollId, before.filter((id) => !optionIds.includes(id)), -1);
      await adjustOptionCounts(trx, siteId, pollId, optionIds.filter((id) => !before.includes(id)), 1);
    } else {
      await insertBallot(trx, row);
      await adjustOptionCounts(trx, siteId, pollId, optionIds, 1);
    }
    await bumpPollCounters(trx, siteId, pollId, !earlier);
    const updated = (await findPoll(trx, siteId, pollId))!;
    return {
      created: !earlier,
      record: updated,
      receipt: { ballot: toBallot(row), results: toResults(updated, resultsVariant(updated, true, now)) },
    };
  });
}

export async function getMyBallot(ctx: ServiceContext, siteId: string, pollId: string, participantId: string): Promise<MyBallot> {
  const record = await findPoll(ctx.db, siteId, pollId);
  if (!record) throw notFound(`Poll "${pollId}"`);
  const row = await findBallot(ctx.db, siteId, pollId, participantId);
  return { ballot: row ? toBallot(row) : null };
}

export async function hasVoted(ctx: ServiceContext, siteId: string, pollId: string, participantId: string | undefined): Promise<boolean> {
  if (!participantId) return false;
  return (await findBallot(ctx.db, siteId, pollId, participantId)) !== undefined;
}
