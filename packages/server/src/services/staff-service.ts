import type { StaffRole, StaffSession } from '@inspraak/contract';
import { StaffRoleValues } from '@inspraak/contract';
import { hashToken, randomId } from '../credentials/tokens.ts';
import type { StaffMemberRow } from '../db/staff-tables.ts';
import { findSiteById } from '../repositories/site-repository.ts';
import {
  deleteExpiredStaffCredentials,
  deleteStaffMember,
  deleteStaffSession,
  extendStaffSession,
  findStaffRole,
  findStaffSession,
  insertSignInLink,
  insertStaffSession,
  listStaffMembers,
  staffSitesOf,
  upsertStaffMember,
  useSignInLink,
} from '../repositories/staff-repository.ts';
import { DomainError } from './domain-error.ts';
import type { ServiceContext } from './service-context.ts';

/** How long a one-time sign-in link works (issue: single use, 15 minutes). */
export const signInLinkMinutes = 15;

export interface SessionTimes {
  idleMinutes: number;
  maxHours: number;
}

/** A session the server just started: the cookie's token (shown only now) and when it ends if unused. */
export interface StartedSession {
  token: string;
  expiresAt: string;
}

/** A session found by its cookie, moved forward by this use. */
export interface StaffIdentity {
  email: string;
  tokenHash: string;
  expiresAt: string;
}

/** E-mail addresses are matched without regard to case or surrounding space. */
export const normalEmail = (email: string): string => email.trim().toLowerCase();

const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function checkedEmail(email: string): string {
  const normal = normalEmail(email);
  if (!emailPattern.test(normal) || normal.length > 254) {
    throw new DomainError('invalid-input', `"${email}" is not an e-mail address.`, [{ pointer: '/email', code: 'format', detail: 'Give an e-mail address.' }]);
  }
  return normal;
}

function checkedRole(role: string): StaffRole {
  if (!(StaffRoleValues as readonly string[]).includes(role)) {
    throw new DomainError('invalid-input', `The role must be one of ${StaffRoleValues.join(', ')}, got "${role}".`, [
      { pointer: '/role', code: 'enum', detail: `Choose one of ${StaffRoleValues.join(', ')}.` },
    ]);
  }
  return role as StaffRole;
}

/** Gives a person a role on a site, or changes the role they have. */
export async function addStaffMember(ctx: ServiceContext, siteId: string, email: string, role: string): Promise<StaffMemberRow> {
  if (!(await findSiteById(ctx.db, siteId))) throw new DomainError('not-found', `Site "${siteId}" does not exist.`);
  const member: StaffMemberRow = { site_id: siteId, email: checkedEmail(email), role: checkedRole(role), created_at: ctx.now().toISOString() };
  await upsertStaffMember(ctx.db, member);
  return member;
}

/** Takes a person's role on a site away; their sessions stay but reach that site no more. */
export async function removeStaffMember(ctx: ServiceContext, siteId: string, email: string): Promise<void> {
  if (!(await deleteStaffMember(ctx.db, siteId, normalEmail(email)))) {
    throw new DomainError('not-found', `${normalEmail(email)} has no role on site "${siteId}".`);
  }
}

export const listStaff = (ctx: ServiceContext, siteId?: string): Promise<StaffMemberRow[]> => listStaffMembers(ctx.db, siteId);

/** The role this person has on the site, if any. */
export const staffRole = (ctx: ServiceContext, siteId: string, email: string): Promise<StaffRole | undefined> =>
  findStaffRole(ctx.db, siteId, normalEmail(email));

/**
 * A one-time link token for a person who has a role on at least one site (single use, 15 minutes):
 * for a city without an identity provider, and for the demo.
 */
export async function createSignInLink(ctx: ServiceContext, email: string): Promise<{ token: string; expiresAt: string }> {
  const normal = checkedEmail(email);
  if ((await staffSitesOf(ctx.db, normal)).length === 0) {
    throw new DomainError('not-found', `${normal} has no role on any site. Add one first: inspraak staff add --site <siteId> --email ${normal} --role editor`);
  }
  const token = `sl_${randomId(40)}`;
  const expiresAt = new Date(ctx.now().getTime() + signInLinkMinutes * 60_000).toISOString();
  await insertSignInLink(ctx.db, { token_hash: hashToken(token), email: normal, expires_at: expiresAt });
  return { token, expiresAt };
}

/** The e-mail address of a link that has not been used or expired, marking it used; undefined otherwise. */
export async function redeemSignInLink(ctx: ServiceContext, token: string): Promise<string | undefined> {
  return useSignInLink(ctx.db, hashToken(token), ctx.now().toISOString());
}

/**
 * Starts a session for a person who has a role on at least one site; undefined for anyone else
 * (a verified address that is not staff gets no session at all).
 */
export async function startStaffSession(ctx: ServiceContext, email: string, times: SessionTimes): Promise<StartedSession | undefined> {
  const normal = normalEmail(email);
  if ((await staffSitesOf(ctx.db, normal)).length === 0) return undefined;
  const now = ctx.now();
  await deleteExpiredStaffCredentials(ctx.db, now.toISOString());
  const token = `ss_${randomId(40)}`;
  const expiresAt = idleEnd(now, now, times);
  await insertStaffSession(ctx.db, { token_hash: hashToken(token), email: normal, created_at: now.toISOString(), expires_at: expiresAt });
  return { token, expiresAt };
}

/** The idle end of a session used now: `idleMinutes` from now, never past `maxHours` from its start. */
function idleEnd(createdAt: Date, now: Date, times: SessionTimes): string {
  const idle = now.getTime() + times.idleMinutes * 60_000;
  const hardEnd = createdAt.getTime() + times.maxHours * 3_600_000;
  return new Date(Math.min(idle, hardEnd)).toISOString();
}

/** The session of a cookie token, moved forward by this use; undefined when unknown or ended. */
export async function useStaffSession(ctx: ServiceContext, token: string, times: SessionTimes): Promise<StaffIdentity | undefined> {
  const tokenHash = hashToken(token);
  const session = await findStaffSession(ctx.db, tokenHash);
  const now = ctx.now();
  if (!session || session.expires_at <= now.toISOString()) return undefined;
  const expiresAt = idleEnd(new Date(session.created_at), now, times);
  // A write at most once a minute per session, not on every call the console makes.
  if (Date.parse(expiresAt) - Date.parse(session.expires_at) > 60_000) await extendStaffSession(ctx.db, tokenHash, expiresAt);
  return { email: session.email, tokenHash, expiresAt };
}

export async function endStaffSession(ctx: ServiceContext, tokenHash: string): Promise<void> {
  await deleteStaffSession(ctx.db, tokenHash);
}

/** What `GET /staff/session` answers. */
export async function staffSessionView(ctx: ServiceContext, identity: StaffIdentity): Promise<StaffSession> {
  return { email: identity.email, sites: await staffSitesOf(ctx.db, identity.email), expiresAt: identity.expiresAt };
}
