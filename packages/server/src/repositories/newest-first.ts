import { sql } from 'kysely';

/** Where the previous page of a newest-first list ended: its last row's sort key. */
export interface PageAfter {
  createdAt: string;
  id: string;
}

/**
 * The rows after `after` in a newest-first list ordered by (created_at desc, id desc): keyset
 * pagination, so pages stay stable while rows are added. One condition for every such list.
 */
export const olderThan = (after: PageAfter) =>
  sql<boolean>`(created_at < ${after.createdAt} or (created_at = ${after.createdAt} and id < ${after.id}))`;
