// The cursors of a board's idea list (opaque to clients; see list-cursor.ts). After a hidden idea's
// notice in `most-supported` order the cursor names the idea instead of carrying its sort key, so
// its support count, which is no longer public, never travels in a cursor: the server looks it up.
import type { IdeaRow } from '../db/idea-tables.ts';
import type { Executor } from '../repositories/executor.ts';
import { findIdea, type IdeaAfter } from '../repositories/idea-repository.ts';
import { showsHiddenNotice } from './idea-view.ts';
import { decodeListCursor, encodeListCursor, invalidCursor } from './list-cursor.ts';

type IdeaSort = 'newest' | 'most-supported';

/** The cursor of the page that continues after `last`. */
export function ideaListCursor(sort: IdeaSort, last: IdeaRow): string {
  if (sort === 'newest') return encodeListCursor('ideas-newest', [last.created_at, last.id]);
  if (showsHiddenNotice(last)) return encodeListCursor('ideas-supported-after', [last.id]);
  return encodeListCursor('ideas-supported', [last.support_count, last.created_at, last.id]);
}

/** Where the page of `cursor` continues; a cursor of another list or order is a 422. */
export async function ideaListAfter(db: Executor, siteId: string, sort: IdeaSort, cursor: string): Promise<IdeaAfter> {
  if (sort === 'newest') {
    const [createdAt, id] = decodeListCursor('ideas-newest', cursor, ['string', 'string']) as [string, string];
    return { createdAt, id };
  }
  try {
    const [supportCount, createdAt, id] = decodeListCursor('ideas-supported', cursor, ['number', 'string', 'string']) as [number, string, string];
    return { supportCount, createdAt, id };
  } catch {
    // Not a sort key: the cursor after a notice names the hidden idea (or it is not ours: 422).
    const [ideaId] = decodeListCursor('ideas-supported-after', cursor, ['string']) as [string];
    const row = await findIdea(db, siteId, ideaId);
    if (!row) throw invalidCursor();
    return { supportCount: row.support_count, createdAt: row.created_at, id: row.id };
  }
}
