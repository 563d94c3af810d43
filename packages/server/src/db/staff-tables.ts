import type { Selectable } from 'kysely';
import type { StaffRole } from '@inspraak/contract';

// The staff's tables (migration 0006-staff). Timestamps are ISO 8601 strings, as everywhere.

export type { StaffRole };

/** A person's role on one site, known by their e-mail address (lower case). */
export interface StaffMembersTable {
  site_id: string;
  email: string;
  role: StaffRole;
  created_at: string;
}

/** A signed-in console session; the cookie's token is kept only as a hash. */
export interface StaffSessionsTable {
  token_hash: string;
  email: string;
  created_at: string;
  /** Moves forward on each use, up to the session's absolute end. */
  expires_at: string;
}

/** A one-time sign-in link (`inspraak staff sign-in-link`); the token is kept only as a hash. */
export interface StaffSignInLinksTable {
  token_hash: string;
  email: string;
  expires_at: string;
  used_at: string | null;
}

export interface StaffTables {
  staff_members: StaffMembersTable;
  staff_sessions: StaffSessionsTable;
  staff_sign_in_links: StaffSignInLinksTable;
}

export type StaffMemberRow = Selectable<StaffMembersTable>;
export type StaffSessionRow = Selectable<StaffSessionsTable>;
