// Opaque to clients: base64url of the last item's sort key, tagged with what it sorts by, so a
// cursor of one list or sort order is refused by another. Clients must not build or read it.
import { invalidField } from './domain-error.ts';

export type CursorKey = Array<string | number>;

export function encodeListCursor(kind: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([kind, ...key]), 'utf8').toString('base64url');
}

/** The key of a cursor this server gave out for `kind` (with `length` parts), else a 422. */
export function decodeListCursor(kind: string, cursor: string, shape: Array<'string' | 'number'>): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value[0] === kind &&
      value.length === shape.length + 1 &&
      shape.every((type, i) => typeof value[i + 1] === type)
    ) {
      return value.slice(1) as CursorKey;
    }
  } catch {
    // fall through: not ours
  }
  throw invalidCursor();
}

/** The 422 for a cursor this server cannot continue from. */
export const invalidCursor = () =>
  invalidField('#/query/cursor', 'invalid-cursor', 'This cursor is not one this server gave out. Start again without a cursor.');
