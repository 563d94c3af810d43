import type { IdempotencyRow } from '../db/tables.ts';
import type { Executor } from './executor.ts';

/** Claims a key; false when a row for (site, key) already exists. */
export async function claimIdempotencyKey(
  db: Executor,
  row: Pick<IdempotencyRow, 'site_id' | 'key' | 'fingerprint' | 'created_at'>,
): Promise<boolean> {
  const result = await db
    .insertInto('idempotency_keys')
    .values({ ...row, state: 'pending', response_status: null, response_headers: null, response_body: null })
    .onConflict((oc) => oc.columns(['site_id', 'key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findIdempotencyKey(db: Executor, siteId: string, key: string): Promise<IdempotencyRow | undefined> {
  return db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function completeIdempotencyKey(
  db: Executor,
  siteId: string,
  key: string,
  response: { status: number; headers: Record<string, string>; body: string },
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({
      state: 'done',
      response_status: response.status,
      response_headers: JSON.stringify(response.headers),
      response_body: response.body,
    })
    .where('site_id', '=', siteId)
    .where('key', '=', key)
    .execute();
}

export async function deleteIdempotencyKey(db: Executor, siteId: string, key: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('site_id', '=', siteId).where('key', '=', key).execute();
}

export async function deleteIdempotencyKeysBefore(db: Executor, createdBefore: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('created_at', '<', createdBefore).execute();
}
