import type { FastifyReply, FastifyRequest } from 'fastify';
import type {
  OperationBody,
  OperationHeaders,
  OperationId,
  OperationParams,
  OperationQuery,
  OperationResult,
} from '../contract/operation-types.ts';
import type { ClientAddressHasher } from '../credentials/client-address-hasher.ts';
import type { RateLimits } from '../http/rate-limits.ts';
import type { ResultsHub } from '../live/results-hub.ts';
import type { ServiceContext } from '../services/service-context.ts';

export type { OperationId };

/** The request of an operation after the contract's validation: its params, query, headers and body typed. */
export type OperationRequest<Id extends OperationId> = FastifyRequest<{
  Params: OperationParams<Id>;
  Querystring: OperationQuery<Id>;
  Headers: OperationHeaders<Id>;
  Body: OperationBody<Id>;
}>;

/**
 * A handler returns a body one of the operation's 2xx responses allows, or the reply itself once it
 * has answered otherwise (304, a file, a hijacked stream); any other shape does not compile.
 */
export type OperationHandler<Id extends OperationId> = (
  request: OperationRequest<Id>,
  reply: FastifyReply,
) => Promise<OperationResult<Id> | FastifyReply>;

export type OperationHandlers = { [Id in OperationId]?: OperationHandler<Id> };

export interface RouteDeps {
  ctx: ServiceContext;
  live: ResultsHub;
  rateLimits: RateLimits;
  hashClient: ClientAddressHasher;
}

/** The site the auth hook found; operations without one never call this. */
export function siteOf(request: FastifyRequest) {
  const site = request.auth.site;
  if (!site) throw new Error('No site on an operation that requires one');
  return site;
}

export function participantOf(request: FastifyRequest) {
  const participant = request.auth.participant;
  if (!participant) throw new Error('No participant on an operation that requires one');
  return participant;
}
