import { parse, serialize } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The staff console's session cookie, the only cookie Inspraak sets: HttpOnly (no script reads it),
 * SameSite=Strict (no other site's page sends it), on the server's own origin for its whole path
 * (the console at /admin/ calls the API at /v1/), Secure when the server is reached over https.
 */
export const staffCookieName = 'inspraak_staff';

export function staffCookieToken(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  return parse(header)[staffCookieName] || undefined;
}

/** Cookies get `Secure` when the server is reached over https (INSPRAAK_PUBLIC_URL, else this request). */
export const secureCookies = (request: FastifyRequest): boolean => {
  const publicUrl = request.server.inspraak.config.publicUrl;
  return publicUrl ? publicUrl.startsWith('https:') : request.protocol === 'https';
};

/** No Expires: the cookie ends with the browser too, and the server ends the session when it is idle. */
export function setStaffCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.header('set-cookie', serialize(staffCookieName, token, { httpOnly: true, sameSite: 'strict', secure: secureCookies(request), path: '/' }));
}

export function clearStaffCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('set-cookie', serialize(staffCookieName, '', { httpOnly: true, sameSite: 'strict', secure: secureCookies(request), path: '/', maxAge: 0 }));
}
