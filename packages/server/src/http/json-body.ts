import type { FastifyInstance } from 'fastify';
import { ProblemError } from './problem.ts';

/**
 * Stands in for a body in a media type no operation reads. The request validator answers 415 for
 * it where the operation takes a body, and ignores it where the operation takes none.
 */
export class UnsupportedBody {
  constructor(readonly mediaType: string) {}
}

/**
 * JSON (and JSON merge patch) are parsed; anything else becomes an UnsupportedBody. An empty body
 * parses as `undefined`, so a POST without body (POST /participants) works with or without a
 * Content-Type.
 */
export function installJsonBodyParser(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (request, body, done) => {
    const length = typeof body === 'string' ? body.length : body.byteLength;
    done(null, length === 0 ? undefined : new UnsupportedBody(request.headers['content-type'] ?? ''));
  });
  app.addContentTypeParser(['application/json', 'application/merge-patch+json'], { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(
        new ProblemError({
          status: 400,
          code: 'malformed-json',
          title: 'Malformed JSON',
          detail: 'The request body is not valid JSON.',
        }),
        undefined,
      );
    }
  });
}
