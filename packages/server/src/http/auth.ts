import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StaffRole } from '@inspraak/contract';
import { hashToken } from '../credentials/tokens.ts';
import { demoCredentialRefused, demoModeOffDetail, demoSiteId } from '../db/demo-seed.ts';
import { originAllowed } from '../services/origin-pattern.ts';
import { participantByToken } from '../services/participant-service.ts';
import type { ServiceContext } from '../services/service-context.ts';
import { siteByAdminToken, siteById, siteByPublicKey } from '../services/site-service.ts';
import { staffRole, useStaffSession } from '../services/staff-service.ts';
import { originRefusal, revokeCors } from './cors.ts';
import { ProblemError } from './problem.ts';
import { staffCookieToken } from './staff-cookie.ts';

/** What an operation's `security` in the contract asks for. */
export type AuthRequirement =
  | { kind: 'none' }
  /** An admin token, or a staff session whose role on the named site is one of `staffRoles`. */
  | { kind: 'admin'; staffRoles: StaffRole[] }
  /** A staff session, about the person rather than a site (`/staff/session`). */
  | { kind: 'staff' }
  | { kind: 'site'; participant: 'required' | 'optional' | 'none' };

/** Reads the requirement from the contract's security alternatives. */
export function authRequirement(security: Array<Record<string, string[]>> | undefined): AuthRequirement {
  const alternatives = security ?? [];
  if (alternatives.length === 0 || alternatives.some((a) => Object.keys(a).length === 0)) return { kind: 'none' };
  if (alternatives.every((a) => 'staffSession' in a && !('staffSite' in a))) return { kind: 'staff' };
  if (alternatives.every((a) => 'adminToken' in a || ('staffSession' in a && 'staffSite' in a))) {
    const staffRoles = alternatives.flatMap((a) => (a.staffSession ?? []) as StaffRole[]);
    return { kind: 'admin', staffRoles };
  }
  if (alternatives.every((a) => 'siteKey' in a)) {
    const withToken = alternatives.filter((a) => 'participantToken' in a).length;
    return { kind: 'site', participant: withToken === alternatives.length ? 'required' : withToken > 0 ? 'optional' : 'none' };
  }
  throw new Error(`Unsupported security requirement: ${JSON.stringify(security)}`);
}

const unauthorized = (code: string, detail: string, headers?: Record<string, string>) =>
  new ProblemError({ status: 401, code, title: 'Not authorized', detail, headers });
const forbidden = (code: string, detail: string) => new ProblemError({ status: 403, code, title: 'Not allowed', detail });

const readOnly = (method: string) => method === 'GET' || method === 'HEAD';

/**
 * The staff member behind the session cookie. A session works only from the server's own pages: a
 * state-changing call must carry the server's own Origin (SameSite=Strict already keeps other
 * sites' pages from sending the cookie; this holds where a browser does not).
 */
async function staffIdentity(request: FastifyRequest, ctx: ServiceContext, token: string) {
  const origin = request.headers.origin;
  const ownOrigin = request.server.inspraak.publicAddress.isOwnOrigin(origin);
  if ((origin !== undefined && !ownOrigin) || (origin === undefined && !readOnly(request.method))) {
    throw forbidden('staff-origin-not-allowed', 'A staff session works only from the console on this server\'s own origin.');
  }
  const identity = await useStaffSession(ctx, token, request.server.inspraak.config.staff);
  if (!identity) throw unauthorized('staff-session-ended', 'Your session has ended. Sign in again.');
  return identity;
}

/** A staff call on a site: the session, the `Inspraak-Site` header, and a role there that the operation allows. */
async function authorizeStaff(request: FastifyRequest, ctx: ServiceContext, token: string, roles: StaffRole[]): Promise<void> {
  const identity = await staffIdentity(request, ctx, token);
  const siteId = single(request.headers['inspraak-site']);
  if (!siteId) {
    throw new ProblemError({ status: 400, code: 'staff-site-missing', title: 'Site missing', detail: 'Name the site in the Inspraak-Site header.' });
  }
  const role = await staffRole(ctx, siteId, identity.email);
  const site = role ? await siteById(ctx, siteId) : undefined;
  if (!role || !site) throw forbidden('staff-not-on-site', `${identity.email} has no role on site "${siteId}".`);
  if (site.id === demoSiteId && !request.server.inspraak.config.demo) throw unauthorized('demo-mode-off', demoModeOffDetail);
  if (!roles.includes(role)) {
    throw forbidden('staff-role-not-allowed', `A staff member with the role "${role}" may not do this; it needs the role ${roles.join(' or ')}.`);
  }
  request.auth = { site, admin: true, staff: { ...identity, role }, credential: identity.tokenHash };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Outside demo mode the published demo keys are refused, even where a demo run left the demo site. */
function refuseDemoKeyOutsideDemo(request: FastifyRequest, credential: string, headers?: Record<string, string>): void {
  if (demoCredentialRefused(request.server.inspraak.config.demo, credential)) {
    throw unauthorized('demo-mode-off', demoModeOffDetail, headers);
  }
}

export function createAuthHook(requirement: AuthRequirement, ctx: ServiceContext) {
  return async function authHook(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    request.auth = { admin: false };
    if (requirement.kind === 'none') return;

    if (requirement.kind === 'staff') {
      const token = staffCookieToken(request);
      if (!token) throw unauthorized('staff-session-missing', 'Sign in to the console first.');
      const identity = await staffIdentity(request, ctx, token);
      request.auth = { admin: false, staff: identity, credential: identity.tokenHash };
      return;
    }

    if (requirement.kind === 'admin') {
      const sessionToken = request.headers.authorization === undefined ? staffCookieToken(request) : undefined;
      if (sessionToken !== undefined && requirement.staffRoles.length > 0) {
        await authorizeStaff(request, ctx, sessionToken, requirement.staffRoles);
        return;
      }
      if (request.headers.origin !== undefined) {
        throw new ProblemError({
          status: 403,
          code: 'admin-token-from-browser',
          title: 'Admin token refused',
          detail: 'Admin tokens are refused on requests with an Origin header. Call admin endpoints from a server, never from a web page.',
        });
      }
      const header = single(request.headers.authorization);
      const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
      const bearer = { 'www-authenticate': 'Bearer' };
      if (!match) throw unauthorized('admin-token-missing', 'Send the admin token as "Authorization: Bearer sk_…".', bearer);
      refuseDemoKeyOutsideDemo(request, match[1]!, bearer);
      const site = await siteByAdminToken(ctx, match[1]!);
      if (!site) throw unauthorized('admin-token-unknown', 'This admin token is not known (it may have been rotated).', bearer);
      request.auth = { site, admin: true, credential: hashToken(match[1]!) };
      return;
    }

    const key = single(request.headers['inspraak-site-key']);
    if (!key) throw unauthorized('site-key-missing', 'Send the site\'s public key in the Inspraak-Site-Key header.');
    refuseDemoKeyOutsideDemo(request, key);
    const site = await siteByPublicKey(ctx, key);
    if (!site) throw unauthorized('site-key-unknown', 'This site key is not known (it may have been rotated).');
    const origin = request.headers.origin;
    // The server's own pages (the hosted `/embed/` pages) belong to every site whose widget they show.
    const ownOrigin = request.server.inspraak.publicAddress.isOwnOrigin(origin);
    if (origin !== undefined && !ownOrigin && !originAllowed(origin, site.allowedOrigins)) {
      revokeCors(reply);
      throw originRefusal(origin);
    }
    request.auth = { site, admin: false, credential: hashToken(key) };
    if (requirement.participant === 'none') return;
    const token = single(request.headers['inspraak-participant-token']);
    if (!token) {
      if (requirement.participant === 'optional') return;
      throw unauthorized('participant-token-missing', 'Send a participant token (from POST /participants) in the Inspraak-Participant-Token header.');
    }
    const participant = await participantByToken(ctx, site.id, token);
    request.auth = { site, participant, admin: false, credential: hashToken(token) };
  };
}
