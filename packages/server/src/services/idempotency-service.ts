import { createHash } from 'node:crypto';
import { DomainError } from './domain-error.ts';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  deleteIdempotencyKey,
  deleteIdempotencyKeysBefore,
  findIdempotencyKey,
} from '../repositories/idempotency-repository.ts';
import type { ServiceContext } from './service-context.ts';

export const idempotencyTtlMs = 24 * 60 * 60 * 1000;
/** A claim this old whose response never got stored (a crash) no longer blocks its key. */
const abandonedAfterMs = 60 * 1000;

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type IdempotencyOutcome = { kind: 'proceed' } | { kind: 'replay'; response: StoredResponse };

/** Everything that makes a request "the same": method, path, body and the credential used. */
export function requestFingerprint(parts: { method: string; path: string; body: unknown; credential: string }): string {
  return createHash('sha256')
    .update(JSON.stringify([parts.method, parts.path, parts.body ?? null, parts.credential]))
    .digest('hex');
}

export async function beginIdempotent(
  ctx: ServiceContext,
  siteId: string,
  key: string,
  fingerprint: string,
): Promise<IdempotencyOutcome> {
  const now = ctx.now();
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await claimIdempotencyKey(ctx.db, { site_id: siteId, key, fingerprint, created_at: now.toISOString() })) {
      return { kind: 'proceed' };
    }
    const row = await findIdempotencyKey(ctx.db, siteId, key);
    if (!row) continue; // removed in between: claim again
    const age = now.getTime() - Date.parse(row.created_at);
    const expired = age > idempotencyTtlMs || (row.state === 'pending' && age > abandonedAfterMs);
    if (expired) {
      await deleteIdempotencyKey(ctx.db, siteId, key);
      continue;
    }
    if (row.fingerprint !== fingerprint) {
      throw new DomainError(
        'idempotency-key-reused',
        'This Idempotency-Key was used for another request. Use a new key for a new request.',
        [{ pointer: '#/header/Idempotency-Key', code: 'reused', detail: 'Already used for another request.' }],
      );
    }
    if (row.state === 'pending') {
      throw new DomainError('idempotency-key-in-use', 'A request with this Idempotency-Key is still being handled. Try again in a moment.');
    }
    return {
      kind: 'replay',
      response: {
        status: row.response_status!,
        headers: JSON.parse(row.response_headers ?? '{}') as Record<string, string>,
        body: row.response_body ?? '',
      },
    };
  }
  throw new Error('Could not claim the idempotency key');
}

export async function finishIdempotent(ctx: ServiceContext, siteId: string, key: string, response: StoredResponse): Promise<void> {
  await completeIdempotencyKey(ctx.db, siteId, key, response);
}

/** Frees the key after a server error, so a retry runs the request again. */
export async function abandonIdempotent(ctx: ServiceContext, siteId: string, key: string): Promise<void> {
  await deleteIdempotencyKey(ctx.db, siteId, key);
}

export async function pruneIdempotencyKeys(ctx: ServiceContext): Promise<void> {
  await deleteIdempotencyKeysBefore(ctx.db, new Date(ctx.now().getTime() - idempotencyTtlMs).toISOString());
}
