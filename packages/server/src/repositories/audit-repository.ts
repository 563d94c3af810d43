import type { AuditLogRow, AuditSubjectType } from '../db/staff-tables.ts';
import type { Executor } from './executor.ts';

export async function insertAuditEntry(db: Executor, entry: AuditLogRow): Promise<void> {
  await db.insertInto('audit_log').values(entry).execute();
}

/** Newest first, after the cursor's entry when one is given. */
export async function listAuditEntries(db: Executor, siteId: string, limit: number, after?: { at: string; id: string }): Promise<AuditLogRow[]> {
  let query = db.selectFrom('audit_log').selectAll().where('site_id', '=', siteId);
  if (after) {
    query = query.where((eb) => eb.or([eb('at', '<', after.at), eb.and([eb('at', '=', after.at), eb('id', '<', after.id)])]));
  }
  return query.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function allAuditEntries(db: Executor, siteId: string): Promise<AuditLogRow[]> {
  return db.selectFrom('audit_log').selectAll().where('site_id', '=', siteId).orderBy('at').orderBy('id').execute();
}

const subjectTables = {
  poll: 'polls',
  board: 'boards',
  map: 'maps',
  idea: 'ideas',
  comment: 'idea_comments',
  report: 'reports',
} as const;

/** A subject's stored fields (a poll with its option labels), or undefined when it does not exist. */
export async function readAuditSubject(db: Executor, type: AuditSubjectType, siteId: string, id: string): Promise<Record<string, unknown> | undefined> {
  const row = await db
    .selectFrom(subjectTables[type])
    .selectAll()
    .where('site_id', '=', siteId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || type !== 'poll') return row as Record<string, unknown> | undefined;
  const options = await db.selectFrom('poll_options').select('label').where('site_id', '=', siteId).where('poll_id', '=', id).orderBy('position').execute();
  return { ...row, options: options.map((option) => option.label) };
}
