import type { Kysely, Transaction } from 'kysely';
import type { Tables } from '../db/tables.ts';

/** What a repository function runs on: the database, or a transaction of it. */
export type Executor = Kysely<Tables> | Transaction<Tables>;
