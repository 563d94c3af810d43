import type { Executor } from './executor.ts';

export async function findSecret(db: Executor, name: string): Promise<string | undefined> {
  const row = await db.selectFrom('server_secrets').select('value').where('name', '=', name).executeTakeFirst();
  return row?.value;
}

/** Stores the secret unless one of this name exists (two instances starting at once keep the first). */
export async function insertSecretIfMissing(db: Executor, name: string, value: string, at: string): Promise<void> {
  await db
    .insertInto('server_secrets')
    .values({ name, value, created_at: at })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}
