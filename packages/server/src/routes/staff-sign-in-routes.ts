import type { FastifyInstance } from 'fastify';
import { setStaffCookie } from '../http/staff-cookie.ts';
import { redeemSignInLink, startStaffSession } from '../services/staff-service.ts';
import type { ServiceContext } from '../services/service-context.ts';

/** Where the console lives; a signed-in staff member lands there. */
export const consolePath = '/admin/';

/** The path of a one-time sign-in link (`inspraak staff sign-in-link`). */
export const signInLinkPath = '/admin/auth/link';

/**
 * The console's sign-in by one-time link: the link sets the session cookie once and sends the
 * browser on to the console; a used, expired or unknown link says so in plain words.
 */
export function registerStaffSignInRoutes(app: FastifyInstance, { ctx }: { ctx: ServiceContext }): void {
  app.get<{ Querystring: { token?: string } }>(signInLinkPath, async (request, reply) => {
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    const token = typeof request.query.token === 'string' ? request.query.token : '';
    const email = token ? await redeemSignInLink(ctx, token) : undefined;
    const session = email ? await startStaffSession(ctx, email, app.inspraak.config.staff) : undefined;
    if (!session) {
      return reply
        .code(401)
        .type('text/plain; charset=utf-8')
        .send(
          'This sign-in link does not work: it was used before, it is older than 15 minutes, or it is not known. ' +
            'Ask for a new one (inspraak staff sign-in-link --email <address>).\n\n' +
            'Deze inloglink werkt niet: hij is al gebruikt, ouder dan 15 minuten of onbekend. Vraag een nieuwe aan.\n',
        );
    }
    setStaffCookie(request, reply, session.token);
    return reply.redirect(consolePath, 303);
  });
}
