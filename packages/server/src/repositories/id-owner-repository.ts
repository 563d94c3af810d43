import type { LinkedIdColumn } from '../db/linked-id-column.ts';
import type { Tables } from '../db/tables.ts';
import type { Executor } from './executor.ts';

/**
 * The tables whose ids name a link that carries no site (hosted pages, Open311's `jurisdiction_id`):
 * those with the `legacy_duplicate` column, so a new one joins by its table type alone.
 */
export type LinkedTable = { [T in keyof Tables]: Tables[T] extends LinkedIdColumn ? T : never }[keyof Tables];

/**
 * The site that owns this poll, board or map id across the server. Ids are unique across the server
 * (migration 0004); where two sites held one id before that, the oldest owns it and the other
 * row is a `legacy_duplicate`, reached only through its own site.
 */
export async function siteOwningId(db: Executor, table: LinkedTable, id: string): Promise<string | undefined> {
  // The three tables share the columns read here; Kysely types one of them, the query is the same.
  const row = await db
    .selectFrom(table as 'polls')
    .select('site_id')
    .where('id', '=', id)
    .where('legacy_duplicate', '=', 0)
    .executeTakeFirst();
  return row?.site_id;
}
