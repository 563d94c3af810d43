import type { Selectable } from 'kysely';
import type { ParticipantsTable } from '../db/tables.ts';
import type { Executor } from './executor.ts';

export type ParticipantRow = Selectable<ParticipantsTable>;

export async function insertParticipant(db: Executor, participant: ParticipantRow): Promise<void> {
  await db.insertInto('participants').values(participant).execute();
}

export async function findParticipantByTokenHash(db: Executor, tokenHash: string): Promise<ParticipantRow | undefined> {
  return db.selectFrom('participants').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}
