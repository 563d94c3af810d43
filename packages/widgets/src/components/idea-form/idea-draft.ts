/**
 * The draft of an idea, kept in sessionStorage per board (a reload, or a network drop, loses
 * nothing), with the Idempotency-Key of a send that may have reached the server: sending the same
 * text again reuses that key, so the server stores the idea once however often it is retried.
 */
export interface IdeaDraft {
  title: string;
  description: string;
  categoryId: string;
  place: string;
  displayName: string;
  /** The key of the last send and the body it was sent with. */
  key?: string | undefined;
  sentBody?: string | undefined;
}

export const emptyDraft = (): IdeaDraft => ({ title: '', description: '', categoryId: '', place: '', displayName: '' });

const storageKey = (boardId: string) => `inspraak:idea-draft:${boardId}`;

export function readDraft(boardId: string): IdeaDraft {
  try {
    const stored = sessionStorage.getItem(storageKey(boardId));
    return stored ? { ...emptyDraft(), ...(JSON.parse(stored) as Partial<IdeaDraft>) } : emptyDraft();
  } catch {
    return emptyDraft(); // storage blocked or damaged: start empty
  }
}

export function saveDraft(boardId: string, draft: IdeaDraft): void {
  try {
    sessionStorage.setItem(storageKey(boardId), JSON.stringify(draft));
  } catch {
    // storage full or blocked: the draft still lives in the form
  }
}

export function clearDraft(boardId: string): void {
  try {
    sessionStorage.removeItem(storageKey(boardId));
  } catch {
    // nothing to clear
  }
}

/** A new Idempotency-Key (randomUUID exists only in secure contexts; a city page may be plain http). */
export const newKey = (): string =>
  crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
