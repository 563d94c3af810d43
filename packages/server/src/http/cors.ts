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

/**
 * CORS with @fastify/cors, in two steps. Here, for the API: a preflight is answered when some site
 * allows its origin (a preflight carries no site key), else 403; an actual request from such an
 * origin is granted for now. Then the auth hook holds the origin against the one site the key
 * names and revokes the grant (403) when that site does not list it.
 */
export async function registerCors(app: FastifyInstance, { allOrigins }: CorsOptions): Promise<void> {
  // strictPreflight off: an OPTIONS that is no preflight gets our 404 problem, not the plugin's plain-text 400.
  const publicFiles: FastifyCorsOptions = { origin: '*', methods: ['GET', 'HEAD'], maxAge: 600, strictPreflight: false };
  await app.register(fastifyCors, {
    delegator: async (request: FastifyRequest): Promise<FastifyCorsOptions> => {
      // Public files and pages: `/cdn/` scripts load cross-origin (module scripts, SRI with crossorigin).
      if (!isApiPath(request.url)) return publicFiles;
      const origin = request.headers.origin;
      const allowed = origin !== undefined && originAllowed(origin, await allOrigins());
      if (!allowed && request.method === 'OPTIONS' && origin !== undefined && request.headers['access-control-request-method']) {
        throw new ProblemError({ status: 403, code: 'origin-not-allowed', title: 'Origin not allowed', detail: `No site allows requests from ${origin}.` });
      }
      return { origin: allowed ? origin : false, methods, allowedHeaders, exposedHeaders, maxAge: 600, strictPreflight: false };
    },
  });
}
