import type { Board, Comment, HiddenIdeaNotice, HideReasonCode, Idea } from '@inspraak/contract';
import type { BoardRow, CommentRow, IdeaRow, StatusHistoryRow } from '../db/idea-tables.ts';

/** The contract's `Board` for a stored board. */
export function toBoard(row: BoardRow): Board {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    categories: JSON.parse(row.categories) as Board['categories'],
    moderation: row.moderation,
    status: row.status,
    supportThreshold: row.support_threshold,
    answerWithinDays: row.answer_within_days,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What a stored idea or comment says of its moderation: reasons only while hidden. */
function moderationOf(row: Pick<IdeaRow, 'moderation_state' | 'hidden_reason_code' | 'hidden_reason'>): Idea['moderation'] {
  const hidden = row.moderation_state === 'hidden';
  return { state: row.moderation_state, hiddenReasonCode: hidden ? row.hidden_reason_code : null, hiddenReason: hidden ? row.hidden_reason : null };
}

/**
 * Whether the public sees a notice in this idea's place: a moderator hid it while it was public
 * (hidden_notice), with a reason code. The list query in idea-repository.ts asks the same in SQL.
 */
export function showsHiddenNotice(row: IdeaRow): row is IdeaRow & { hidden_reason_code: HideReasonCode } {
  return row.moderation_state === 'hidden' && row.hidden_notice === 1 && row.hidden_reason_code !== null;
}

/** The contract's `HiddenIdeaNotice`: that the idea was hidden and why; nothing it said, nor its supports. */
export function toHiddenIdeaNotice(row: IdeaRow & { hidden_reason_code: HideReasonCode }): HiddenIdeaNotice {
  return { id: row.id, boardId: row.board_id, hidden: true, hiddenReasonCode: row.hidden_reason_code };
}

/** The contract's `Idea`: text exactly as typed (widgets render it as text, never as HTML). */
export function toIdea(row: IdeaRow, history: StatusHistoryRow[], supportedByMe: boolean): Idea {
  return {
    id: row.id,
    boardId: row.board_id,
    title: row.title,
    description: row.description,
    categoryId: row.category_id,
    location: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    place: row.place,
    displayName: row.display_name,
    status: row.status,
    moderation: moderationOf(row),
    supportCount: row.support_count,
    commentCount: row.comment_count,
    supportedByMe,
    officialAnswer: row.answer_text !== null && row.answered_at !== null ? { text: row.answer_text, answeredAt: row.answered_at } : null,
    answerDueAt: row.answer_due_at,
    statusHistory: history.map((h) => ({ status: h.status, at: h.at, note: h.note })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toComment(row: CommentRow): Comment {
  return {
    id: row.id,
    ideaId: row.idea_id,
    parentId: row.parent_id,
    body: row.body,
    displayName: row.display_name,
    moderation: moderationOf(row),
    createdAt: row.created_at,
  };
}
