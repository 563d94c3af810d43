import type { FastifyReply, FastifyRequest } from 'fastify';
import { originAllowed } from '../services/origin-pattern.ts';
import { ProblemError } from './problem.ts';

export const allowedRequestHeaders = [
  'Content-Type',
  'Inspraak-Site-Key',
  'Inspraak-Participant-Token',
  'Idempotency-Key',
  'If-None-Match',
  'Last-Event-ID',
].join(', ');
export const exposedHeaders = ['ETag', 'Link', 'Location', 'Retry-After', 'RateLimit', 'RateLimit-Policy', 'X-Request-Id'].join(', ');
// PUT and DELETE: supporting an idea and withdrawing the support.
const allowedMethods = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';

export interface CorsOptions {
  /** Every origin pattern of every site (preflights carry no site key). */
  allOrigins(): Promise<string[]>;
}

function grant(reply: FastifyReply, origin: string): void {
  reply.header('access-control-allow-origin', origin);
  reply.header('access-control-expose-headers', exposedHeaders);
}

/** Takes the grant back: the site behind the key does not list this origin. */
export function revokeCors(request: FastifyRequest, reply: FastifyReply): void {
  request.corsGranted = false;
  reply.removeHeader('access-control-allow-origin');
  reply.removeHeader('access-control-expose-headers');
}

/**
 * Global onRequest hook. Answers preflights for origins some site allows, and grants an actual
 * request for now; the auth hook then holds the origin against the one site the key names.
 */
export function createCorsHook(options: CorsOptions) {
  return async function corsHook(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const origin = request.headers.origin;
    const isStatic = request.routeOptions.config?.staticFiles === true || request.url.startsWith('/cdn/');
    if (origin !== undefined) reply.header('vary', 'Origin');
    if (request.method === 'OPTIONS' && origin !== undefined && request.headers['access-control-request-method']) {
      if (!isStatic && !originAllowed(origin, await options.allOrigins())) {
        throw new ProblemError({
          status: 403,
          code: 'origin-not-allowed',
          title: 'Origin not allowed',
          detail: `No site allows requests from ${origin}.`,
        });
      }
      reply
        .code(204)
        .header('access-control-allow-origin', isStatic ? '*' : origin)
        .header('access-control-allow-methods', allowedMethods)
        .header('access-control-allow-headers', allowedRequestHeaders)
        .header('access-control-max-age', '600')
        .send();
      return reply;
    }
    if (isStatic) {
      reply.header('access-control-allow-origin', '*');
      return;
    }
    if (origin !== undefined && originAllowed(origin, await options.allOrigins())) {
      request.corsGranted = true;
      grant(reply, origin);
    }
  };
}
