import type { FastifyReply, FastifyRequest } from 'fastify';
import type { operations } from '@inspraak/contract/types';
import type { ClientAddressHasher } from '../credentials/client-address-hasher.ts';
import type { RateLimits } from '../http/rate-limits.ts';
import type { ResultsHub } from '../live/results-hub.ts';
import type { ServiceContext } from '../services/service-context.ts';

/** The contract's operation ids; every one must have a handler (checked at start). */
export type OperationId = keyof operations;

export type OperationHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

export type OperationHandlers = Partial<Record<OperationId, OperationHandler>>;

export interface RouteDeps {
  ctx: ServiceContext;
  live: ResultsHub;
  rateLimits: RateLimits;
  hashClient: ClientAddressHasher;
}

export const pollIdOf = (request: FastifyRequest): string => (request.params as { pollId: string }).pollId;

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
