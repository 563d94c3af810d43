/**
 * The one place that says how an idea (or comment) may move: its public status as the city sets it,
 * and its moderation state. Services ask here; nothing else decides a transition.
 */
import type { IdeaStatus, ModerationState } from '../db/idea-tables.ts';
import { DomainError } from './domain-error.ts';

/** submitted → under-consideration → accepted | rejected; accepted → implemented. */
export const statusTransitions: Readonly<Record<IdeaStatus, readonly IdeaStatus[]>> = {
  submitted: ['under-consideration'],
  'under-consideration': ['accepted', 'rejected'],
  accepted: ['implemented'],
  rejected: [],
  implemented: [],
};

export function assertStatusTransition(from: IdeaStatus, to: IdeaStatus): void {
  if (statusTransitions[from].includes(to)) return;
  const allowed = statusTransitions[from];
  throw new DomainError('status-transition-not-allowed', `An idea cannot go from "${from}" to "${to}". ` +
      (allowed.length > 0 ? `From "${from}" it can go to: ${allowed.join(', ')}.` : `"${from}" is a final status.`));
}

export type ModerationAction = 'approve' | 'hide';

/** From which states each moderator action may start; approve on a published item keeps it after flags. */
const moderationFrom: Readonly<Record<ModerationAction, readonly ModerationState[]>> = {
  approve: ['pending', 'published', 'hidden'],
  hide: ['pending', 'published'],
};

const moderationTo: Readonly<Record<ModerationAction, ModerationState>> = { approve: 'published', hide: 'hidden' };

export function nextModerationState(current: ModerationState, action: ModerationAction): ModerationState {
  if (!moderationFrom[action].includes(current)) {
    throw new DomainError('moderation-not-allowed', `Cannot ${action} an item that is ${current}.`);
  }
  return moderationTo[action];
}

/** Where a new idea or comment starts: under review on a pre-moderated board, else public at once. */
export const initialModerationState = (boardModeration: 'pre' | 'post'): ModerationState =>
  boardModeration === 'pre' ? 'pending' : 'published';

/** The only state that public reads, lists, counts and the similar-ideas search may show. */
export const publicState: ModerationState = 'published';
