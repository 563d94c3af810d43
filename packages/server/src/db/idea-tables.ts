import type { Generated, Insertable, Selectable } from 'kysely';
import type { Board, FlagInput, HideReasonCode, Idea, IdeaStatus } from '@inspraak/contract';
import type { LinkedIdColumn } from './linked-id-column.ts';

// The idea boards' tables (migration 0002-ideas). Timestamps are ISO 8601 strings, as everywhere.

export interface BoardsTable extends LinkedIdColumn {
  site_id: string;
  id: string;
  title: string;
  description: string | null;
  /** JSON array of `{ id, label }`. */
  categories: string;
  moderation: Board['moderation'];
  status: Board['status'];
  support_threshold: number | null;
  /** Days to answer an idea once it reaches the threshold (migration 0008-answer-due). */
  answer_within_days: number | null;
  created_at: string;
  updated_at: string;
}

// The columns' enums are the contract's (openapi/inspraak.yaml), never written out here.
export type { IdeaStatus };
export type ModerationState = Idea['moderation']['state'];

export interface IdeasTable {
  site_id: string;
  id: string;
  board_id: string;
  title: string;
  description: string;
  category_id: string;
  lat: number | null;
  lng: number | null;
  place: string | null;
  display_name: string | null;
  participant_id: string | null;
  /** SHA-256 of the receipt token; the token is shown once. */
  receipt_hash: string;
  status: IdeaStatus;
  moderation_state: ModerationState;
  /** Why a moderator hid it (migration 0009-hide-reasons); null when not hidden, or hidden before codes. */
  hidden_reason_code: HideReasonCode | null;
  /** The moderator's note for the author. */
  hidden_reason: string | null;
  /** 1 when it was public when hidden (a notice in its place on the board is owed only then). */
  hidden_notice: Generated<number>;
  answer_text: string | null;
  answered_at: string | null;
  /** Set once, when the idea first reaches its board's threshold on a board with a deadline. */
  answer_due_at: string | null;
  /** Counters kept on every write, so reads never count rows. */
  support_count: Generated<number>;
  /** Published comments only. */
  comment_count: Generated<number>;
  open_flags: Generated<number>;
  /** Set while the idea is in the moderation queue (pending, or flagged). */
  queued_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface IdeaStatusHistoryTable {
  site_id: string;
  idea_id: string;
  seq: number;
  status: IdeaStatus;
  note: string | null;
  at: string;
}

export interface IdeaSupportsTable {
  site_id: string;
  idea_id: string;
  participant_id: string;
  created_at: string;
}

export interface IdeaCommentsTable {
  site_id: string;
  id: string;
  idea_id: string;
  parent_id: string | null;
  body: string;
  display_name: string | null;
  participant_id: string | null;
  moderation_state: ModerationState;
  hidden_reason_code: HideReasonCode | null;
  hidden_reason: string | null;
  open_flags: Generated<number>;
  queued_at: string | null;
  created_at: string;
}

export type FlagReason = FlagInput['reason'];

export interface IdeaFlagsTable {
  site_id: string;
  id: string;
  target_type: 'idea' | 'comment';
  target_id: string;
  participant_id: string;
  reason: FlagReason;
  detail: string | null;
  /** 1 until a moderator approves or hides the target. */
  open: number;
  created_at: string;
}

/** FTS5 (trigram) over title and description; one row per idea. */
export interface IdeaSearchTable {
  site_id: string;
  idea_id: string;
  title: string;
  description: string;
}

export interface IdeaTables {
  boards: BoardsTable;
  ideas: IdeasTable;
  idea_status_history: IdeaStatusHistoryTable;
  idea_supports: IdeaSupportsTable;
  idea_comments: IdeaCommentsTable;
  idea_flags: IdeaFlagsTable;
  idea_search: IdeaSearchTable;
}

export type BoardRow = Selectable<BoardsTable>;
export type IdeaRow = Selectable<IdeasTable>;
export type NewIdea = Insertable<IdeasTable>;
export type StatusHistoryRow = Selectable<IdeaStatusHistoryTable>;
export type CommentRow = Selectable<IdeaCommentsTable>;
export type NewComment = Insertable<IdeaCommentsTable>;
export type FlagRow = Selectable<IdeaFlagsTable>;
