import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  abandonIdempotent,
  beginIdempotent,
  finishIdempotent,
  requestFingerprint,
} from '../services/idempotency-service.ts';
import type { ServiceContext } from '../services/service-context.ts';

/** Response headers worth replaying; the rest (request id, CORS, dates) belong to the new request. */
const replayedHeaders = ['content-type', 'location', 'etag', 'content-disposition'];

/** preHandler: replays the stored response of a known key, or claims the key for this request. */
export function createIdempotencyHook(ctx: ServiceContext) {
  return async function idempotencyHook(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | void> {
    const raw = request.headers['idempotency-key'];
    const key = Array.isArray(raw) ? raw[0] : raw;
    const site = request.auth?.site;
    if (!key || !site) return;
    const fingerprint = requestFingerprint({
      method: request.method,
      path: request.url,
      body: request.body,
      credential: request.auth.credential ?? '',
    });
    const outcome = await beginIdempotent(ctx, site.id, key, fingerprint);
    if (outcome.kind === 'replay') {
      const { status, headers, body } = outcome.response;
      reply.code(status).headers(headers).header('idempotent-replayed', 'true');
      return reply.send(body);
    }
    request.idempotency = { siteId: site.id, key };
  };
}

/** onSend: keeps the first response of a claimed key (a 5xx frees the key for a retry instead). */
export function createIdempotencyRecorder(ctx: ServiceContext) {
  return async function recordIdempotent(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = undefined;
    if (reply.statusCode >= 500 || typeof payload !== 'string') {
      await abandonIdempotent(ctx, claim.siteId, claim.key);
      return payload;
    }
    const headers: Record<string, string> = {};
    for (const name of replayedHeaders) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    await finishIdempotent(ctx, claim.siteId, claim.key, { status: reply.statusCode, headers, body: payload });
    return payload;
  };
}
