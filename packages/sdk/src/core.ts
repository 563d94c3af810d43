/**
 * The shared heart of a client: the HTTP layer and the participant token. `createClient` builds
 * every API on one core; a bundle that needs only some APIs (each widget) builds just those on a
 * core with their own factories (`createPolls(core)`), so the other APIs never enter that bundle.
 */
import { createHttp, type Http } from './http.ts';
import { defaultParticipantStore, type ParticipantStore } from './participant-store.ts';
import { createParticipants, type Participants } from './participants.ts';

export interface ClientOptions {
  /** The API root including the version, e.g. `http://localhost:8080/v1`. */
  baseUrl: string;
  /** The site's public key (`pk_…`). Needed for resident calls. */
  siteKey?: string | undefined;
  /** An admin token (`sk_…`). Server-side only. Needed for `client.admin.*` unless `staffSite` is set. */
  adminToken?: string | undefined;
  /**
   * The staff console's site (`site_…`), for `createClient`: every request then names it in
   * `Inspraak-Site` and the admin calls authenticate with the browser's staff session cookie
   * (credentials `same-origin`, so `baseUrl` must be on the server's own origin); no site key is
   * sent. For the console in a browser, not for scripts (they use `adminToken`).
   */
  staffSite?: string | undefined;
  /** Default: `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Milliseconds per attempt. Default 10 000. */
  timeout?: number | undefined;
  /** Retries after the first attempt. Default 2. */
  retry?: number | undefined;
  /** Where the participant token is kept. Default: localStorage in a browser, else memory. */
  participantStore?: ParticipantStore | undefined;
}

export interface ClientCore {
  http: Http;
  participants: Participants;
}

export function createCore(options: ClientOptions): ClientCore {
  const http = createHttp(options);
  const participants = createParticipants(
    http,
    options.participantStore ?? defaultParticipantStore(),
    // Scoped to the API origin and site key: two sites on one page never share a participant.
    `inspraak:participant:${http.origin}:${options.siteKey ?? ''}`,
  );
  return { http, participants };
}
