/**
 * The participant token: read from the store, issued lazily by `POST /participants` (one issuance
 * in flight, shared by concurrent calls), and issued again once when the server no longer knows it.
 */
import { InspraakApiError } from './errors.ts';
import type { CallOptions, Http } from './http.ts';
import type { ParticipantStore } from './participant-store.ts';
import { createParticipant } from '@inspraak/contract/operations/createParticipant';

const TOKEN_HEADER = 'inspraak-participant-token';

export interface Participants {
  /** The stored token, or a new one. */
  token(options?: CallOptions): Promise<string>;
  /**
   * Runs a request with the participant token header (issuing a token first when `issue` is true,
   * else only when one is stored); a 401 to a request that carried a token drops that token and
   * runs the request once more with a new one.
   */
  withToken<T>(run: (headers: Record<string, string>) => Promise<T>, signal: AbortSignal | undefined, issue: boolean): Promise<T>;
}

/** Waits for a promise shared with other callers, giving up (without cancelling it) when `signal` aborts. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    signal.throwIfAborted();
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export function createParticipants(http: Http, store: ParticipantStore, key: string): Participants {
  let issuing: Promise<string> | undefined;

  const stored = () => store.get(key) || undefined;

  /** One issuance at a time; not tied to any caller's signal, since others may wait for it too. */
  const issue = (): Promise<string> =>
    (issuing ??= http
      .call(createParticipant, {})
      .then((participant) => {
        store.set(key, participant.token);
        return participant.token;
      })
      .finally(() => {
        issuing = undefined;
      }));

  /**
   * The token being issued, else the stored one, else a new one when `create`; with `stale` (a
   * token the server refused) one other than that.
   */
  const current = (create: boolean, stale?: string): Promise<string | undefined> => {
    if (issuing) return issuing;
    const token = stored();
    return (token && token !== stale) || !create ? Promise.resolve(token) : issue();
  };

  const headersFor = (token: string | undefined): Record<string, string> => (token ? { [TOKEN_HEADER]: token } : {});

  return {
    token: (options = {}) => abortable(current(true), options.signal) as Promise<string>,

    async withToken(run, signal, create) {
      const token = await abortable(current(create), signal);
      try {
        return await run(headersFor(token));
      } catch (error) {
        if (!(token && error instanceof InspraakApiError && error.status === 401)) throw error;
        return run(headersFor(await abortable(current(true, token), signal)));
      }
    },
  };
}
