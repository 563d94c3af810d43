/**
 * The console's own session: who is signed in, on which sites and with which role, and signing out.
 * The session itself is the browser's HttpOnly cookie; this module never sees it. Loaded by
 * `client.staff` through a dynamic import, so a widget bundle leaves it out.
 */
import type { CallOptions, Http } from './http.ts';
import type { StaffSession } from '@inspraak/contract';
import { endStaffSession } from '@inspraak/contract/operations/endStaffSession';
import { getStaffSession } from '@inspraak/contract/operations/getStaffSession';

export interface StaffApi {
  /** The signed-in staff member; rejects with an InspraakApiError of status 401 when nobody is signed in. */
  session(options?: CallOptions): Promise<StaffSession>;
  /** Ends the session: the server clears the cookie and the session no longer works. */
  signOut(options?: CallOptions): Promise<void>;
}

export function createStaff(http: Http): StaffApi {
  return {
    session: ({ signal } = {}) => http.call(getStaffSession, { signal }),
    signOut: async ({ signal } = {}) => {
      const response = await http.send(endStaffSession, { signal });
      await response.body?.cancel();
    },
  };
}
