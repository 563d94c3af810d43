import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Poll, ResultsVisibility } from '@inspraak/contract';
import type { IdeaTables } from './idea-tables.ts';
import type { LinkedIdColumn } from './linked-id-column.ts';
import type { MapTables } from './map-tables.ts';
import type { StaffTables } from './staff-tables.ts';

// Timestamps are ISO 8601 strings in UTC with milliseconds: they sort as text and read the same
// in SQLite and PostgreSQL.

export interface SitesTable {
  id: string;
  name: string;
  /** The public key (`pk_…`) is published in pages, so it is kept as is. */
  public_key: string;
  /** SHA-256 (hex) of the admin token; the token itself is shown once and never stored. */
  admin_token_hash: string;
  /** JSON array of origin patterns, e.g. `["https://www.example.nl","http://localhost:*"]`. */
  allowed_origins: string;
  created_at: string;
}

export interface ParticipantsTable {
  id: string;
  site_id: string;
  /** SHA-256 (hex) of the participant token. */
  token_hash: string;
  /** HMAC of the client address that asked for the token; never the address itself. */
  client_hash: string | null;
  created_at: string;
}

export interface PollsTable extends LinkedIdColumn {
  site_id: string;
  id: string;
  question: string;
  description: string | null;
  selection: Poll['selection'];
  max_choices: number;
  opens_at: string | null;
  closes_at: string | null;
  results_visibility: ResultsVisibility;
  min_ballots: number;
  integrity: Poll['integrity'];
  created_at: string;
  updated_at: string;
  /** Counters kept on every ballot, so results never count ballot rows. */
  results_version: Generated<number>;
  total_ballots: Generated<number>;
}

export interface PollOptionsTable {
  site_id: string;
  poll_id: string;
  id: string;
  label: string;
  position: number;
  ballot_count: Generated<number>;
}

export interface BallotsTable {
  site_id: string;
  poll_id: string;
  participant_id: string;
  /** JSON array of option ids. */
  option_ids: string;
  client_hash: string | null;
  cast_at: string;
}

export interface IdempotencyKeysTable {
  site_id: string;
  key: string;
  fingerprint: string;
  state: 'pending' | 'done';
  response_status: number | null;
  response_headers: string | null;
  response_body: string | null;
  created_at: string;
}

/** Every table; each feature's tables are declared in their own file. */
/** Secrets the server generates once (the client-address HMAC key), kept with the data they protect. */
export interface ServerSecretsTable {
  name: string;
  /** Hex. */
  value: string;
  created_at: string;
}

export interface Tables extends IdeaTables, MapTables, StaffTables {
  sites: SitesTable;
  participants: ParticipantsTable;
  polls: PollsTable;
  poll_options: PollOptionsTable;
  ballots: BallotsTable;
  idempotency_keys: IdempotencyKeysTable;
  server_secrets: ServerSecretsTable;
}

export type SiteRow = Selectable<SitesTable>;
export type PollRow = Selectable<PollsTable>;
export type PollOptionRow = Selectable<PollOptionsTable>;
export type BallotRow = Selectable<BallotsTable>;
export type NewPoll = Insertable<PollsTable>;
export type PollChanges = Updateable<PollsTable>;
export type IdempotencyRow = Selectable<IdempotencyKeysTable>;
