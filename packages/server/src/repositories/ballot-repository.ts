import { sql } from 'kysely';
import type { BallotRow } from '../db/tables.ts';
import type { Executor } from './executor.ts';

export async function findBallot(
  db: Executor,
  siteId: string,
  pollId: string,
  participantId: string,
): Promise<BallotRow | undefined> {
  return db
    .selectFrom('ballots')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('poll_id', '=', pollId)
    .where('participant_id', '=', participantId)
    .executeTakeFirst();
}

export async function insertBallot(db: Executor, ballot: BallotRow): Promise<void> {
  await db.insertInto('ballots').values(ballot).execute();
}

export async function replaceBallot(db: Executor, ballot: BallotRow): Promise<void> {
  await db
    .updateTable('ballots')
    .set({ option_ids: ballot.option_ids, cast_at: ballot.cast_at, client_hash: ballot.client_hash })
    .where('site_id', '=', ballot.site_id)
    .where('poll_id', '=', ballot.poll_id)
    .where('participant_id', '=', ballot.participant_id)
    .execute();
}

/** Moves the per-option counters by `delta` (+1 for options gained, -1 for options dropped). */
export async function adjustOptionCounts(
  db: Executor,
  siteId: string,
  pollId: string,
  optionIds: string[],
  delta: 1 | -1,
): Promise<void> {
  if (optionIds.length === 0) return;
  await db
    .updateTable('poll_options')
    .set({ ballot_count: sql<number>`ballot_count + ${delta}` })
    .where('site_id', '=', siteId)
    .where('poll_id', '=', pollId)
    .where('id', 'in', optionIds)
    .execute();
}

/** Bumps the results version (every cast or change) and the ballot total (first ballots only). */
export async function bumpPollCounters(
  db: Executor,
  siteId: string,
  pollId: string,
  newBallot: boolean,
): Promise<{ results_version: number; total_ballots: number }> {
  return db
    .updateTable('polls')
    .set({
      results_version: sql<number>`results_version + 1`,
      total_ballots: sql<number>`total_ballots + ${newBallot ? 1 : 0}`,
    })
    .where('site_id', '=', siteId)
    .where('id', '=', pollId)
    .returning(['results_version', 'total_ballots'])
    .executeTakeFirstOrThrow();
}
