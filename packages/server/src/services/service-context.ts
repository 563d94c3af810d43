import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.ts';

/** What every service needs: the database and the clock (tests may move the clock). */
export interface ServiceContext {
  db: Kysely<Tables>;
  now(): Date;
}
