import type { PageAfter } from '../repositories/newest-first.ts';
import { decodeListCursor, encodeListCursor } from './list-cursor.ts';

interface PageQuery {
  limit?: number;
  cursor?: string;
}

/**
 * One page of a newest-first list (polls, boards, maps): the cursor decoded for `kind`, one row more
 * than `limit` read to learn whether another page follows, and the next cursor from the last row kept.
 */
export async function newestFirstPage<Row, Item>(input: {
  kind: string;
  query: PageQuery;
  defaultLimit: number;
  read: (limit: number, after: PageAfter | undefined) => Promise<Row[]>;
  keyOf: (row: Row) => PageAfter;
  toItem: (row: Row) => Item;
}): Promise<{ items: Item[]; nextCursor: string | null }> {
  const { kind, query, defaultLimit, read, keyOf, toItem } = input;
  const limit = query.limit ?? defaultLimit;
  let after: PageAfter | undefined;
  if (query.cursor !== undefined) {
    const [createdAt, id] = decodeListCursor(kind, query.cursor, ['string', 'string']) as [string, string];
    after = { createdAt, id };
  }
  const rows = await read(limit + 1, after);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const lastKey = last === undefined ? undefined : keyOf(last);
  return {
    items: page.map(toItem),
    nextCursor: rows.length > limit && lastKey ? encodeListCursor(kind, [lastKey.createdAt, lastKey.id]) : null,
  };
}
