/** The default participant store: localStorage when usable, memory otherwise. */
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { defaultParticipantStore } from '../src/participant-store.ts';

/** A Storage with the browser's methods; `full` makes setItem throw as a full or blocked storage does. */
function storage({ full = false } = {}) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
}

function installLocalStorage(value: unknown, throws = false) {
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    get() {
      if (throws) throw new DOMException('Access denied', 'SecurityError');
      return value;
    },
  });
}

describe('defaultParticipantStore', () => {
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  test('without localStorage (Node) it keeps tokens in memory, per store', () => {
    assert.equal(typeof (globalThis as { localStorage?: unknown }).localStorage, 'undefined');
    const store = defaultParticipantStore();
    assert.equal(store.get('k') ?? null, null);
    store.set('k', 'pt_one');
    assert.equal(store.get('k'), 'pt_one');
    assert.equal(defaultParticipantStore().get('k') ?? null, null);
  });

  test('with localStorage it keeps tokens there, so a reload finds them', () => {
    const local = storage();
    installLocalStorage(local);
    defaultParticipantStore().set('k', 'pt_two');
    assert.equal(local.items.get('k'), 'pt_two');
    assert.equal(defaultParticipantStore().get('k'), 'pt_two');
  });

  test('a full storage falls back to memory and drops the old value it could not replace', () => {
    const local = storage({ full: true });
    local.items.set('k', 'pt_old');
    installLocalStorage(local);
    const store = defaultParticipantStore();
    store.set('k', 'pt_new');
    assert.equal(store.get('k'), 'pt_new');
    assert.equal(local.items.has('k'), false);
  });

  test('a storage that refuses access (sandboxed frame) falls back to memory', () => {
    installLocalStorage(undefined, true);
    const store = defaultParticipantStore();
    store.set('k', 'pt_three');
    assert.equal(store.get('k'), 'pt_three');
  });
});
