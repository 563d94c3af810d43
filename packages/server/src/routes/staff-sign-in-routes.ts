import type { FastifyInstance, FastifyReply } from 'fastify';
import { pageSecurityHeaders } from '../http/page-security.ts';
import { clearSignInFlowCookie, setSignInFlowCookie, signInFlowOf } from '../http/sign-in-flow-cookie.ts';
import { setStaffCookie } from '../http/staff-cookie.ts';
import { renderSignInPage, type SignInPage } from '../pages/staff-sign-in-page.ts';
import { createOidcSignIn, ProviderUnreachableError } from '../services/oidc-sign-in-service.ts';
import { redeemSignInLink, startStaffSession } from '../services/staff-service.ts';
import type { ServiceContext } from '../services/service-context.ts';

/** Where the console lives; a signed-in staff member lands there. */
export const consolePath = '/admin/';

/** The path of a one-time sign-in link (`inspraak staff sign-in-link`). */
export const signInLinkPath = '/admin/auth/link';

/** Starts a sign-in through the city's OpenID Connect provider. */
export const oidcLoginPath = '/admin/auth/login';

/** Where the provider sends the browser back: register `<public origin>/admin/auth/callback` there. */
export const oidcCallbackPath = '/admin/auth/callback';

/** How each page is answered: a refusal is the person's (403) or the request's (400); the provider being down is 503. */
const pageStatus: Record<SignInPage, number> = {
  'oidc-not-configured': 404,
  'provider-unreachable': 503,
  'flow-missing': 400,
  'state-mismatch': 400,
  'provider-error': 400,
  'email-unverified': 403,
  'not-staff': 403,
};

/** Sign-in answers are never cached, and their URLs (a token, a code) never leak through Referer. */
function signInHeaders(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
}

/**
 * The console's sign-in: by one-time link, and through the city's OpenID Connect provider when one
 * is configured (INSPRAAK_OIDC_*). Each ends with the session cookie and a redirect to the console,
 * or with a page that says in plain words why not, and never with a session.
 */
export function registerStaffSignInRoutes(app: FastifyInstance, { ctx }: { ctx: ServiceContext }): void {
  const { config, publicAddress } = app.inspraak;

  const sendPage = (reply: FastifyReply, page: SignInPage, email?: string) =>
    signInHeaders(reply.code(pageStatus[page]).headers(pageSecurityHeaders({ frameAncestors: [] })))
      .type('text/html; charset=utf-8')
      .send(renderSignInPage(page, { email, againHref: oidcLoginPath }));

  app.get<{ Querystring: { token?: string } }>(signInLinkPath, async (request, reply) => {
    signInHeaders(reply);
    const token = typeof request.query.token === 'string' ? request.query.token : '';
    const email = token ? await redeemSignInLink(ctx, token) : undefined;
    const session = email ? await startStaffSession(ctx, email, config.staff) : undefined;
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

  const signIn = config.oidc ? createOidcSignIn(config.oidc, () => `${publicAddress.origin()}${oidcCallbackPath}`) : undefined;

  const providerUnreachable = (reply: FastifyReply, error: ProviderUnreachableError) => {
    reply.log.error({ err: error.cause ?? error }, 'staff sign-in: the OpenID Connect provider cannot be reached');
    return sendPage(reply.header('retry-after', '60'), 'provider-unreachable');
  };

  app.get(oidcLoginPath, async (request, reply) => {
    if (!signIn) return sendPage(reply, 'oidc-not-configured');
    try {
      const { authorizationUrl, flow } = await signIn.begin();
      setSignInFlowCookie(request, reply, flow);
      return signInHeaders(reply).redirect(authorizationUrl.href, 303);
    } catch (error) {
      if (error instanceof ProviderUnreachableError) return providerUnreachable(reply, error);
      throw error;
    }
  });

  app.get(oidcCallbackPath, async (request, reply) => {
    if (!signIn) return sendPage(reply, 'oidc-not-configured');
    // Single use, whatever happens next: a new attempt starts a new flow.
    clearSignInFlowCookie(request, reply);
    const queryStart = request.url.indexOf('?');
    const query = new URLSearchParams(queryStart === -1 ? '' : request.url.slice(queryStart + 1));
    try {
      const result = await signIn.complete(query, signInFlowOf(request));
      if ('refusal' in result) {
        request.log.warn({ refusal: result.refusal, detail: result.detail }, 'staff sign-in refused');
        return sendPage(reply, result.refusal);
      }
      const session = await startStaffSession(ctx, result.email, config.staff);
      if (!session) {
        request.log.warn({ refusal: 'not-staff' }, 'staff sign-in refused');
        return sendPage(reply, 'not-staff', result.email);
      }
      setStaffCookie(request, reply, session.token);
      return signInHeaders(reply).redirect(consolePath, 303);
    } catch (error) {
      if (error instanceof ProviderUnreachableError) return providerUnreachable(reply, error);
      throw error;
    }
  });
}
