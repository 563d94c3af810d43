import type { FastifyReply, FastifyRequest } from 'fastify';

/** Does If-None-Match name this ETag (weak comparison, lists and `*` included)? */
export function matchesIfNoneMatch(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag));
}

/** Adds names to Vary without dropping the ones already there (CORS adds Origin). */
export function addVary(reply: FastifyReply, ...names: string[]): void {
  const current = String(reply.getHeader('vary') ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  for (const name of names) if (!current.some((v) => v.toLowerCase() === name.toLowerCase())) current.push(name);
  reply.header('vary', current.join(', '));
}

/** Sends 304 (with the ETag) when the client has this version; true when it did. */
export function notModified(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
  reply.header('etag', etag);
  if (!matchesIfNoneMatch(request, etag)) return false;
  reply.code(304).send();
  return true;
}
