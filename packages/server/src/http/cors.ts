import fastifyCors, { type FastifyCorsOptions } from '@fastify/cors';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { originAllowed } from '../services/origin-pattern.ts';
import { isApiPath } from './api-paths.ts';
import { ProblemError } from './problem.ts';

const allowedHeaders = ['Content-Type', 'Inspraak-Site-Key', 'Inspraak-Participant-Token', 'Idempotency-Key', 'If-None-Match', 'Last-Event-ID'];
// What the SDK and widgets read from a response (ETag for If-None-Match, Retry-After and the RateLimit pair on 429 …).
const exposedHeaders = ['ETag', 'Link', 'Location', 'Retry-After', 'RateLimit', 'RateLimit-Policy', 'X-Request-Id'];
// PUT and DELETE: supporting an idea and withdrawing the support.
const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

export interface CorsOptions {
  /** Every origin pattern of every site (preflights carry no site key). */
  allOrigins(): Promise<string[]>;
}

/** Takes the grant back: the site behind the key does not list this origin (the auth hook's second step). */
export function revokeCors(reply: FastifyReply): void {
  reply.removeHeader('access-control-allow-origin');
  reply.removeHeader('access-control-expose-headers');
}

// `null` (a sandboxed frame, a file) is shared by every such page: never granted, not even a refusal.
const isWebOrigin = (origin: string) => /^https?:\/\/[^\s/]+$/i.test(origin);

/**
 * The 403 for a page on an origin its site does not list. The page may read it (it carries
 * Access-Control-Allow-Origin for that origin, never credentials): otherwise the browser reports a
 * network error, the widget advises residents to check their internet and retries, and the page's
 * developer never learns which origin to add. It holds only the problem, never data.
 */
export function originRefusal(origin: string): ProblemError {
  const readable = isWebOrigin(origin);
  return new ProblemError({
    status: 403,
    code: 'origin-not-allowed',
    title: 'Origin not allowed',
    // The SDK shows it in the browser's console as it is: it names Inspraak and what to do.
    detail: `This Inspraak site does not allow requests from ${origin}. Add ${origin} to its allowed origins.`,
    headers: readable ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {},
  });
}

/**
 * CORS with @fastify/cors, in two steps. Here, for the API: an actual request is granted for now
 * when some site allows its origin. Then the auth hook holds the origin against the one site the
 * key names and refuses it (originRefusal) when that site does not list it.
 */
export async function registerCors(app: FastifyInstance, { allOrigins }: CorsOptions): Promise<void> {
  // strictPreflight off: an OPTIONS that is no preflight gets our 404 problem, not the plugin's plain-text 400.
  const publicFiles: FastifyCorsOptions = { origin: '*', methods: ['GET', 'HEAD'], maxAge: 600, strictPreflight: false };
  await app.register(fastifyCors, {
    delegator: async (request: FastifyRequest): Promise<FastifyCorsOptions> => {
      // Public files and pages: `/cdn/` scripts load cross-origin (module scripts, SRI with crossorigin).
      if (!isApiPath(request.url)) return publicFiles;
      const origin = request.headers.origin;
      if (origin === undefined || !isWebOrigin(origin)) return { origin: false };
      // A preflight carries no site key, so it cannot be judged: it is granted to every origin, so that
      // the page can read the refusal of the request that follows. That request decides before it
      // acts: a site's key only from its origins, an admin token never from a page, a staff session
      // only from this server's own; and a page gets no credentials (cookies) through CORS.
      const preflight = request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined;
      const granted = preflight || originAllowed(origin, await allOrigins());
      return { origin: granted ? origin : false, methods, allowedHeaders, exposedHeaders, maxAge: 600, strictPreflight: false };
    },
  });
}
