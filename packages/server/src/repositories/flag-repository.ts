import type { FlagReason, FlagRow } from '../db/idea-tables.ts';
import type { Executor } from './executor.ts';

type Target = { siteId: string; type: 'idea' | 'comment'; id: string };

/** Adds the flag unless this participant flagged this target before; true when added. */
export async function insertFlag(db: Executor, flag: FlagRow): Promise<boolean> {
  const result = await db
    .insertInto('idea_flags')
    .values(flag)
    .onConflict((oc) => oc.columns(['site_id', 'target_type', 'target_id', 'participant_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findFlagBy(db: Executor, target: Target, participantId: string): Promise<FlagRow | undefined> {
  return db
    .selectFrom('idea_flags')
    .selectAll()
    .where('site_id', '=', target.siteId)
    .where('target_type', '=', target.type)
    .where('target_id', '=', target.id)
    .where('participant_id', '=', participantId)
    .executeTakeFirst();
}

/** A moderator decided: the target's flags are no longer open. */
export async function closeFlags(db: Executor, target: Target): Promise<void> {
  await db
    .updateTable('idea_flags')
    .set({ open: 0 })
    .where('site_id', '=', target.siteId)
    .where('target_type', '=', target.type)
    .where('target_id', '=', target.id)
    .execute();
}

/** Open flag reasons per target id. */
export async function openFlagReasons(
  db: Executor,
  siteId: string,
  type: 'idea' | 'comment',
  ids: string[],
): Promise<Map<string, FlagReason[]>> {
  const out = new Map<string, FlagReason[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('idea_flags')
    .select(['target_id', 'reason'])
    .where('site_id', '=', siteId)
    .where('target_type', '=', type)
    .where('target_id', 'in', ids)
    .where('open', '=', 1)
    .orderBy('created_at')
    .execute();
  for (const row of rows) {
    const list = out.get(row.target_id) ?? [];
    if (!list.includes(row.reason)) list.push(row.reason);
    out.set(row.target_id, list);
  }
  return out;
}
