import { createHash } from 'node:crypto';

/** An ETag from the representation itself, for reads whose version is not one stored number. */
export function contentEtag(body: unknown): string {
  return `"c-${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
}
