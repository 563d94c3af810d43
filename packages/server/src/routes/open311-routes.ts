import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import { listOperations } from '@inspraak/contract/loader';
import { loadOpen311Contract, open311Validation } from '../contract/open311-contract.ts';
import { compileRequestValidator } from '../contract/request-validator.ts';
import type { ClientAddressHasher } from '../credentials/client-address-hasher.ts';
import { demoCredentialRefused, demoModeOffDetail } from '../db/demo-seed.ts';
import { ProblemError } from '../http/problem.ts';
import { problemOf } from '../http/problem-types.ts';
import { DomainError } from '../services/domain-error.ts';
import { categoriesOf } from '../services/map-service.ts';
import {
  createServiceRequest,
  describeInvalidInput,
  findService,
  listServiceRequests,
  resolveJurisdiction,
  toService,
  toServiceDefinition,
  type ServiceRequestForm,
} from '../services/open311-service.ts';
import { toOpen311Xml } from '../services/open311-xml.ts';
import type { ServiceContext } from '../services/service-context.ts';
import { photoUrlFor } from './map-routes.ts';

export interface Open311Deps {
  ctx: ServiceContext;
  hashClient: ClientAddressHasher;
}

type Format = 'json' | 'xml';

/** A request as openapi/open311.yaml describes it, after its validation. */
type Open311Request<Body = undefined> = FastifyRequest<{
  Params: { format: Format; serviceCode?: string; serviceRequestId?: string };
  Querystring: Record<string, string | undefined>;
  Body: Body;
}>;

/** `services.json` → json; the format of an error follows the URL it answers. */
const formatOf = (request: FastifyRequest): Format => (/\.xml$/i.test(request.url.split('?')[0]!) ? 'xml' : 'json');

function send(reply: FastifyReply, format: Format, root: string, value: unknown): FastifyReply {
  reply.header('cache-control', 'no-store');
  if (format === 'xml') return reply.type('application/xml; charset=utf-8').send(toOpen311Xml(root, value));
  return reply.type('application/json; charset=utf-8').send(JSON.stringify(value));
}

/**
 * A problem in GeoReport's terms: a path the contract does not allow (`.csv`) names nothing here, so
 * 404; an unreadable body is 400. (Invalid input is 400 too, naming each Open311 field.)
 */
function open311Answer(problem: ProblemError): [status: number, description: string] {
  if ((problem.errors ?? []).some((e) => e.pointer.startsWith('#/path/'))) return [404, 'Ask for .json or .xml.'];
  if (problem.status === 415) return [400, 'Send the request as application/x-www-form-urlencoded.'];
  return [problem.status, problem.message];
}

/**
 * Open311 GeoReport v2 under `/open311/v2`, one route per operation of openapi/open311.yaml, each
 * request checked against it by the same validator as `/v1`: JSON and XML, `jurisdiction_id` (a map
 * id), `api_key` (a site's public key), errors as the spec's arrays.
 */
export async function registerOpen311Routes(app: FastifyInstance, { ctx, hashClient }: Open311Deps): Promise<void> {
  // POST requests.json is form-encoded, as the spec says.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8'))));
  });

  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    let status = 500;
    let description = 'Something went wrong on our side; nothing was changed.';
    if (error instanceof DomainError && error.code === 'invalid-input') [status, description] = [400, describeInvalidInput(error)];
    else if (error instanceof ProblemError || error instanceof DomainError) {
      const problem = error instanceof DomainError ? problemOf(error) : error;
      [status, description] = open311Answer(problem);
      for (const [name, value] of Object.entries(problem.headers)) reply.header(name, value);
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) [status, description] = [error.statusCode, 'The request could not be read.'];
    else request.log.error({ err: error }, 'unexpected error');
    reply.code(status);
    return send(reply, formatOf(request), 'errors', [{ code: status, description }]);
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404);
    return send(reply, formatOf(request), 'errors', [{ code: 404, description: `There is nothing at ${request.url.split('?')[0]}.` }]);
  });

  const jurisdictionOf = async (request: FastifyRequest, params: { api_key?: string; jurisdiction_id?: string }) => {
    const apiKey = params.api_key;
    if (demoCredentialRefused(request.server.inspraak.config.demo, apiKey)) throw new DomainError('site-key-unknown', demoModeOffDetail);
    return resolveJurisdiction(ctx, { apiKey, jurisdictionId: params.jurisdiction_id, origin: request.headers.origin });
  };

  // Keyed by operationId; `never` lets each handler name the body its operation takes.
  const handlers: Record<string, (request: Open311Request<never>, reply: FastifyReply) => Promise<FastifyReply>> = {
    open311ListServices: async (request: Open311Request, reply) => {
      const { map } = await jurisdictionOf(request, request.query);
      return send(reply, request.params.format, 'services', categoriesOf(map).map(toService));
    },

    open311GetServiceDefinition: async (request: Open311Request, reply) => {
      const { map } = await jurisdictionOf(request, request.query);
      return send(reply, request.params.format, 'service_definition', toServiceDefinition(findService(map, request.params.serviceCode!)));
    },

    open311ListRequests: async (request: Open311Request, reply) => {
      const jurisdiction = await jurisdictionOf(request, request.query);
      const found = await listServiceRequests(ctx, jurisdiction, request.query, photoUrlFor(request));
      return send(reply, request.params.format, 'service_requests', found);
    },

    open311CreateRequest: async (request: Open311Request<ServiceRequestForm>, reply) => {
      const jurisdiction = await jurisdictionOf(request, request.body);
      const created = await createServiceRequest(ctx, jurisdiction, request.body, hashClient(request.ip));
      return send(reply, request.params.format, 'service_requests', created);
    },

    open311GetRequest: async (request: Open311Request, reply) => {
      const id = request.params.serviceRequestId!;
      const jurisdiction = await jurisdictionOf(request, request.query);
      const found = await listServiceRequests(ctx, jurisdiction, { service_request_id: id }, photoUrlFor(request));
      if (found.length === 0) throw new DomainError('not-found', `Service request "${id}" is not known.`);
      return send(reply, request.params.format, 'service_requests', found);
    },
  };

  for (const op of listOperations(loadOpen311Contract())) {
    const handler = handlers[op.operation.operationId];
    if (!handler) throw new Error(`No handler for Open311 operation ${op.operation.operationId}`);
    app.route({
      method: op.method.toUpperCase() as 'GET' | 'POST',
      url: op.path.replace(/\{(\w+)\}/g, ':$1'), // `/services/{serviceCode}.{format}` → `/services/:serviceCode.:format`
      preValidation: compileRequestValidator(op, open311Validation),
      handler: handler as RouteHandlerMethod,
    });
  }
}
