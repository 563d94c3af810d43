import type { StaffMemberRow, StaffRole, StaffSessionRow } from '../db/staff-tables.ts';
import type { Executor } from './executor.ts';

export async function upsertStaffMember(db: Executor, member: StaffMemberRow): Promise<void> {
  await db
    .insertInto('staff_members')
    .values(member)
    .onConflict((oc) => oc.columns(['site_id', 'email']).doUpdateSet({ role: member.role }))
    .execute();
}

export async function insertStaffMemberIfMissing(db: Executor, member: StaffMemberRow): Promise<void> {
  await db.insertInto('staff_members').values(member).onConflict((oc) => oc.columns(['site_id', 'email']).doNothing()).execute();
}

/** True when there was such a member. */
export async function deleteStaffMember(db: Executor, siteId: string, email: string): Promise<boolean> {
  const result = await db.deleteFrom('staff_members').where('site_id', '=', siteId).where('email', '=', email).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function listStaffMembers(db: Executor, siteId?: string): Promise<StaffMemberRow[]> {
  let query = db.selectFrom('staff_members').selectAll();
  if (siteId !== undefined) query = query.where('site_id', '=', siteId);
  return query.orderBy('site_id').orderBy('email').execute();
}

export async function findStaffRole(db: Executor, siteId: string, email: string): Promise<StaffRole | undefined> {
  const row = await db.selectFrom('staff_members').select('role').where('site_id', '=', siteId).where('email', '=', email).executeTakeFirst();
  return row?.role;
}

/** Every site this person has a role on, with the site's name. */
export async function staffSitesOf(db: Executor, email: string): Promise<{ siteId: string; siteName: string; siteKey: string; role: StaffRole }[]> {
  return db
    .selectFrom('staff_members as m')
    .innerJoin('sites as s', 's.id', 'm.site_id')
    .select(['m.site_id as siteId', 's.name as siteName', 's.public_key as siteKey', 'm.role as role'])
    .where('m.email', '=', email)
    .orderBy('s.name')
    .execute();
}

export async function insertStaffSession(db: Executor, session: StaffSessionRow): Promise<void> {
  await db.insertInto('staff_sessions').values(session).execute();
}

export async function findStaffSession(db: Executor, tokenHash: string): Promise<StaffSessionRow | undefined> {
  return db.selectFrom('staff_sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function extendStaffSession(db: Executor, tokenHash: string, expiresAt: string): Promise<void> {
  await db.updateTable('staff_sessions').set({ expires_at: expiresAt }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteStaffSession(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('token_hash', '=', tokenHash).execute();
}

/** Sessions past their end and links past theirs are of no use to anyone: they go. */
export async function deleteExpiredStaffCredentials(db: Executor, now: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('expires_at', '<=', now).execute();
  await db.deleteFrom('staff_sign_in_links').where('expires_at', '<=', now).execute();
}

export async function insertSignInLink(db: Executor, link: { token_hash: string; email: string; expires_at: string }): Promise<void> {
  await db.insertInto('staff_sign_in_links').values({ ...link, used_at: null }).execute();
}

/**
 * Marks an unused, unexpired link used and returns its e-mail address; undefined when there is no
 * such link, or it was used or has expired. One statement, so two redemptions cannot both win.
 */
export async function useSignInLink(db: Executor, tokenHash: string, now: string): Promise<string | undefined> {
  const result = await db
    .updateTable('staff_sign_in_links')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('email')
    .executeTakeFirst();
  return result?.email;
}
