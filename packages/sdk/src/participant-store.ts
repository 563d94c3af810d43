/** Where the anonymous participant token is kept. A `Map<string, string>` is one. */
export interface ParticipantStore {
  get(key: string): string | null | undefined;
  set(key: string, value: string): void;
}

/**
 * The browser's localStorage when it is there and usable, else memory (Node, sandboxed frames,
 * storage blocked or full).
 */
export function defaultParticipantStore(): ParticipantStore {
  const memory = new Map<string, string>();
  let storage: Storage | undefined;
  try {
    storage = globalThis.localStorage;
  } catch {
    // access denied (sandboxed iframe, blocked cookies)
  }
  if (!storage) return memory;
  const local = storage;
  return {
    get(key) {
      try {
        return local.getItem(key) ?? memory.get(key);
      } catch {
        return memory.get(key);
      }
    },
    set(key, value) {
      try {
        local.setItem(key, value);
      } catch {
        memory.set(key, value);
        try {
          local.removeItem(key);
        } catch {
          // nothing more to do: memory holds the token for this page
        }
      }
    },
  };
}
