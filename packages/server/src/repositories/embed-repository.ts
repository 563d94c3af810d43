import type { Executor } from './executor.ts';

/** The tables whose rows a hosted embed page (`/embed/<widget>/<id>`) shows. */
export type EmbeddableTable = 'polls' | 'boards' | 'maps';

/**
 * The sites that hold a poll, board or map with this id (ids are unique per site only, and an embed
 * link names no site): at most two, enough to tell "one" from "ambiguous".
 */
export async function sitesHolding(db: Executor, table: EmbeddableTable, id: string): Promise<string[]> {
  // The three tables share the columns read here; Kysely types one of them, the query is the same.
  const rows = await db
    .selectFrom(table as 'polls')
    .select('site_id')
    .where('id', '=', id)
    .orderBy('site_id')
    .limit(2)
    .execute();
  return rows.map((row) => row.site_id);
}
