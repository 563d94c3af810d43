import { parse, serialize } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SignInFlow } from '../services/oidc-sign-in-service.ts';
import { secureCookies } from './staff-cookie.ts';

/**
 * The OpenID Connect sign-in's PKCE verifier, state and nonce, kept between `/admin/auth/login` and
 * `/admin/auth/callback` in a cookie rather than in the database. Why a cookie:
 * - it ties the callback to the browser that started the sign-in: a callback URL someone else sends
 *   (login CSRF, signing a staff member in as another person) carries a state this browser does not hold;
 *   a row in the database keyed by state alone could not tell the two browsers apart;
 * - nothing to store, expire or clean up, and it works unchanged across several server instances.
 * The values are random, single use and worthless without the provider's answer to this browser, so
 * the cookie needs no encryption; the callback clears it whatever the outcome.
 *
 * HttpOnly (no script reads it); Path=/admin/auth (sent to the sign-in routes only, never to the
 * API); 10 minutes; Secure under https. SameSite=Lax, not Strict: the provider sends the browser back
 * with a top-level GET from its own site, and a Strict cookie is not sent on that cross-site
 * navigation, so the callback would never see the flow. Lax still keeps it out of cross-site
 * subrequests and POSTs. The session cookie itself stays Strict (staff-cookie.ts).
 */
export const signInFlowCookieName = 'inspraak_sign_in';

const cookiePath = '/admin/auth';
const flowMinutes = 10;
const part = /^[A-Za-z0-9_-]{22,128}$/;

export function setSignInFlowCookie(request: FastifyRequest, reply: FastifyReply, flow: SignInFlow): void {
  const value = [flow.state, flow.nonce, flow.codeVerifier].join('.');
  reply.header(
    'set-cookie',
    serialize(signInFlowCookieName, value, { httpOnly: true, sameSite: 'lax', secure: secureCookies(request), path: cookiePath, maxAge: flowMinutes * 60 }),
  );
}

/** The flow this browser started, if its cookie is there and well formed. */
export function signInFlowOf(request: FastifyRequest): SignInFlow | undefined {
  const header = request.headers.cookie;
  const value = header ? parse(header)[signInFlowCookieName] : undefined;
  const parts = value?.split('.') ?? [];
  if (parts.length !== 3 || !parts.every((piece) => part.test(piece))) return undefined;
  const [state, nonce, codeVerifier] = parts as [string, string, string];
  return { state, nonce, codeVerifier };
}

export function clearSignInFlowCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('set-cookie', serialize(signInFlowCookieName, '', { httpOnly: true, sameSite: 'lax', secure: secureCookies(request), path: cookiePath, maxAge: 0 }));
}
