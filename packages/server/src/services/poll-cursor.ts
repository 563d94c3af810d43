import type { PageAfter } from '../repositories/poll-repository.ts';

// Opaque to clients: base64url of the last item's sort key. Clients must not build or read it.

export function encodeCursor(after: PageAfter): string {
  return Buffer.from(JSON.stringify([after.createdAt, after.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): PageAfter | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { createdAt: value[0], id: value[1] };
    }
  } catch {
    // fall through: not ours
  }
  return undefined;
}
