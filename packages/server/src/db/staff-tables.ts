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

/** One staff action (migration 0007-audit-log): who, when, what, and the changed fields before and after. */
export interface AuditLogTable {
  id: string;
  site_id: string;
  at: string;
  actor_kind: 'staff' | 'admin-token';
  actor_email: string | null;
  actor_role: StaffRole | null;
  action: string;
  subject_type: AuditSubjectType;
  subject_id: string;
  /** JSON object of the changed fields as they were, or null. */
  before: string | null;
  /** JSON object of the same fields as they are now, or null. */
  after: string | null;
}

export type AuditSubjectType = 'poll' | 'board' | 'map' | 'idea' | 'comment' | 'report';

export interface StaffTables {
  audit_log: AuditLogTable;
  staff_members: StaffMembersTable;
  staff_sessions: StaffSessionsTable;
  staff_sign_in_links: StaffSignInLinksTable;
}

export type StaffMemberRow = Selectable<StaffMembersTable>;
export type StaffSessionRow = Selectable<StaffSessionsTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
