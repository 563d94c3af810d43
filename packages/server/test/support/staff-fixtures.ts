import { createSignInLink } from '../../src/services/staff-service.ts';
import type { ServiceContext } from '../../src/services/service-context.ts';
import type { TestServer } from '../../src/testing.ts';

/** The server's services on its own database, with the clock at `at` (default: now). */
export const serviceContext = (server: TestServer, at: Date = new Date()): ServiceContext => ({ db: server.app.inspraak.db, now: () => at });

/** Opens a one-time sign-in link as a browser would (no redirect followed): the response and its cookie. */
export async function openSignInLink(server: TestServer, token: string) {
  const response = await fetch(`${server.origin}/admin/auth/link?token=${encodeURIComponent(token)}`, { redirect: 'manual' });
  const setCookie = response.headers.get('set-cookie') ?? '';
  return { response, setCookie, cookie: setCookie.split(';')[0]! };
}

/** Signs a staff member in by a fresh one-time link; their session cookie (`inspraak_staff=…`). */
export async function signIn(server: TestServer, email: string): Promise<string> {
  return (await openSignInLink(server, (await createSignInLink(serviceContext(server), email)).token)).cookie;
}

/** The headers of a call from the console: the session cookie, the site, and the server's own Origin. */
export const fromConsole = (server: TestServer, cookie: string, site = 'site_demo') => ({ cookie, 'inspraak-site': site, origin: server.origin });
