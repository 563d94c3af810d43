import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../services/domain-error.ts';
import { problemBody, ProblemError } from './problem.ts';
import { problemOf } from './problem-types.ts';

/** A service's domain error through the problem table; Fastify's own 4xx errors in the contract's words. */
export function asProblem(error: FastifyError): ProblemError | undefined {
  if (error instanceof ProblemError) return error;
  if (error instanceof DomainError) return problemOf(error);
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ProblemError({ status: 413, code: 'payload-too-large', title: 'Request too large', detail: 'The request body is larger than this server accepts.' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ProblemError({ status: 415, code: 'unsupported-media-type', title: 'Unsupported media type', detail: 'Send the body as application/json.' });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ProblemError({ status: 400, code: 'malformed-json', title: 'Malformed JSON', detail: 'The request body is not valid JSON.' });
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ProblemError({ status: 400, code: 'bad-request', title: 'Bad request', detail: 'The Content-Length does not match the body.' });
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new ProblemError({ status: error.statusCode, code: 'bad-request', detail: 'The request could not be read.' });
  }
  return undefined;
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ProblemError): FastifyReply {
  reply.code(problem.status);
  for (const [name, value] of Object.entries(problem.headers)) reply.header(name, value);
  reply.removeHeader('etag');
  return reply.type('application/problem+json').send(JSON.stringify(problemBody(problem, request.id)));
}

/** Every error leaves as problem+json; a 500 says nothing about the inside (that goes to the log). */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let problem = asProblem(error);
    if (!problem) {
      request.log.error({ err: error }, 'unexpected error');
      problem = new ProblemError({
        status: 500,
        code: 'internal-error',
        title: 'Internal server error',
        detail: `Something went wrong on our side; nothing was changed. Mention request ${request.id} if you report it.`,
      });
    }
    return sendProblem(request, reply, problem);
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      request,
      reply,
      new ProblemError({ status: 404, code: 'not-found', title: 'Not found', detail: `There is nothing at ${request.method} ${request.url.split('?')[0]}.` }),
    ),
  );
}
