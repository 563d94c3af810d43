import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ClientAddressHasher } from '../credentials/client-address-hasher.ts';
import { demoCredentialRefused, demoModeOffDetail } from '../db/demo-seed.ts';
import { UnsupportedBody } from '../http/json-body.ts';
import { ProblemError } from '../http/problem.ts';
import { problemOf } from '../http/problem-types.ts';
import { DomainError } from '../services/domain-error.ts';
import { categoriesOf } from '../services/map-service.ts';
import {
  createServiceRequest,
  findService,
  listServiceRequests,
  Open311Error,
  resolveJurisdiction,
  toService,
  toServiceDefinition,
  type Open311Query,
} from '../services/open311-service.ts';
import { toOpen311Xml } from '../services/open311-xml.ts';
import type { ServiceContext } from '../services/service-context.ts';
import { photoUrlFor } from './map-routes.ts';

export interface Open311Deps {
  ctx: ServiceContext;
  hashClient: ClientAddressHasher;
}

type Format = 'json' | 'xml';

/** `services.json` → json; the format of an error follows the URL it answers. */
const formatOf = (request: FastifyRequest): Format => (/\.xml$/i.test(request.url.split('?')[0]!) ? 'xml' : 'json');

function send(reply: FastifyReply, format: Format, root: string, value: unknown): FastifyReply {
  reply.header('cache-control', 'no-store');
  if (format === 'xml') return reply.type('application/xml; charset=utf-8').send(toOpen311Xml(root, value));
  return reply.type('application/json; charset=utf-8').send(JSON.stringify(value));
}

/** `name.json` / `name.xml` → [name, format], or a 404 in the spec's error format. */
function splitFile(file: string): [string, Format] {
  const match = /^(.+)\.(json|xml)$/i.exec(file);
  if (!match) throw new Open311Error(404, 'Ask for .json or .xml.');
  return [match[1]!, match[2]!.toLowerCase() as Format];
}

const single = (value: unknown): string | undefined => (Array.isArray(value) ? String(value[0]) : value === undefined ? undefined : String(value));

/**
 * Open311 GeoReport v2 under `/open311/v2` (described in openapi/open311.yaml): JSON and XML,
 * `jurisdiction_id` (a map id), `api_key` (a site's public key), errors as the spec's arrays.
 */
export async function registerOpen311Routes(app: FastifyInstance, { ctx, hashClient }: Open311Deps): Promise<void> {
  // POST requests.json is form-encoded, as the spec says (JSON is read too).
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8'))));
  });

  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    let status = 500;
    let description = 'Something went wrong on our side; nothing was changed.';
    // A service's domain error answers with the status the problem table gives it.
    if (error instanceof DomainError) error = problemOf(error);
    if (error instanceof Open311Error) [status, description] = [error.status, error.message];
    else if (error instanceof ProblemError) {
      [status, description] = [error.status, error.message];
      for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) [status, description] = [error.statusCode, 'The request could not be read.'];
    else request.log.error({ err: error }, 'unexpected error');
    reply.code(status);
    return send(reply, formatOf(request), 'errors', [{ code: status, description }]);
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404);
    return send(reply, formatOf(request), 'errors', [{ code: 404, description: `There is nothing at ${request.url.split('?')[0]}.` }]);
  });

  const jurisdictionOf = async (request: FastifyRequest, params: Record<string, unknown>) => {
    const apiKey = single(params.api_key);
    if (demoCredentialRefused(request.server.inspraak.config.demo, apiKey)) throw new Open311Error(401, demoModeOffDetail);
    const jurisdiction = await resolveJurisdiction(ctx, {
      apiKey,
      jurisdictionId: single(params.jurisdiction_id),
      origin: single(request.headers.origin),
    });
    return jurisdiction;
  };

  for (const format of ['json', 'xml'] as const) {
    app.get(`/services.${format}`, async (request, reply) => {
      const { map } = await jurisdictionOf(request, request.query as Record<string, unknown>);
      return send(reply, format, 'services', categoriesOf(map).map(toService));
    });

    app.get(`/requests.${format}`, async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const jurisdiction = await jurisdictionOf(request, query);
      const filters = Object.fromEntries(
        ['service_request_id', 'service_code', 'start_date', 'end_date', 'status'].map((name) => [name, single(query[name])]),
      ) as Open311Query;
      return send(reply, format, 'service_requests', await listServiceRequests(ctx, jurisdiction, filters, photoUrlFor(request)));
    });

    app.post(`/requests.${format}`, async (request, reply) => {
      if (request.body instanceof UnsupportedBody) throw new Open311Error(400, 'Send the request as application/x-www-form-urlencoded.');
      const form = Object.fromEntries(
        Object.entries({ ...(request.query as object), ...((request.body as object | undefined) ?? {}) }).map(([k, v]) => [k, single(v) ?? '']),
      );
      const jurisdiction = await jurisdictionOf(request, form);
      const created = await createServiceRequest(ctx, jurisdiction, form, hashClient(request.ip));
      return send(reply, format, 'service_requests', created);
    });
  }

  app.get('/services/:file', async (request, reply) => {
    const [code, format] = splitFile((request.params as { file: string }).file);
    const { map } = await jurisdictionOf(request, request.query as Record<string, unknown>);
    return send(reply, format, 'service_definition', toServiceDefinition(findService(map, code)));
  });

  app.get('/requests/:file', async (request, reply) => {
    const [id, format] = splitFile((request.params as { file: string }).file);
    const jurisdiction = await jurisdictionOf(request, request.query as Record<string, unknown>);
    const found = await listServiceRequests(ctx, jurisdiction, { service_request_id: id }, photoUrlFor(request));
    if (found.length === 0) throw new Open311Error(404, `Service request "${id}" is not known.`);
    return send(reply, format, 'service_requests', found);
  });
}
