/** Cursor pagination as an async iterator: every item of every page, fetching the next page when needed. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export async function* paginate<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): AsyncGenerator<T, void, undefined> {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
