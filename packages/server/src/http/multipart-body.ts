import { createHash } from 'node:crypto';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalidField } from '../services/domain-error.ts';
import { ProblemError } from './problem.ts';
import { problemOf } from './problem-types.ts';

/** One file part of a multipart/form-data body. Its declared name and type are kept but never trusted. */
export interface UploadedFile {
  filename: string;
  declaredType: string;
  data: Buffer;
}

/**
 * A parsed multipart/form-data body: text fields and file parts. The request validator checks
 * `forValidation()` against the contract; the idempotency fingerprint sees `toJSON()` (file hashes,
 * not bytes).
 */
export class MultipartBody {
  constructor(
    readonly fields: Record<string, string>,
    readonly files: Record<string, UploadedFile>,
  ) {}

  /** Fields as they are; each file as an empty string (the contract's `type: string` binary member). */
  forValidation(): Record<string, string> {
    return { ...this.fields, ...Object.fromEntries(Object.keys(this.files).map((name) => [name, ''])) };
  }

  toJSON(): unknown {
    const files = Object.fromEntries(
      Object.entries(this.files).map(([name, file]) => [name, createHash('sha256').update(file.data).digest('hex')]),
    );
    return { fields: this.fields, files };
  }
}

export interface MultipartLimits {
  /** Largest file part, in bytes. */
  maxFileBytes: number;
}

const tooLarge = (name: string, maxBytes: number) =>
  new ProblemError({
    status: 413,
    code: 'payload-too-large',
    title: 'Request too large',
    detail: `The file is larger than ${Math.floor(maxBytes / 1024)} KB. Send a smaller photo.`,
    errors: [{ pointer: `/${name}`, code: 'too-large', detail: `At most ${maxBytes} bytes.` }],
  });

const malformed = (detail: string) => new ProblemError({ status: 400, code: 'bad-request', title: 'Bad request', detail });

/** The plugin's (and busboy's) errors in the contract's words; `field` is the part being read. */
function asProblem(error: Error & { code?: string }, field: string, limits: MultipartLimits): ProblemError {
  if (error instanceof ProblemError) return error;
  switch (error.code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge(field, limits.maxFileBytes);
    case 'FST_FILES_LIMIT':
      return problemOf(invalidField(`/${field}`, 'too-many', 'Send one file per request.'));
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return malformed('The multipart body has too many parts.');
  }
  // Busboy's own complaints (no boundary, a part cut off …) are the client's malformed body.
  return malformed(`The multipart body could not be read: ${error.message}`);
}

async function readMultipartBody(request: FastifyRequest, limits: MultipartLimits): Promise<MultipartBody> {
  const fields: Record<string, string> = {};
  const files: Record<string, UploadedFile> = {};
  let field = 'photo';
  try {
    for await (const part of request.parts()) {
      field = part.fieldname;
      if (part.type === 'file') {
        files[field] = { filename: part.filename, declaredType: part.mimetype, data: await part.toBuffer() };
      } else {
        if (part.valueTruncated) throw malformed(`The field "${field}" is too long.`);
        fields[field] = String(part.value);
      }
    }
  } catch (error) {
    throw asProblem(error as Error, field, limits);
  }
  return new MultipartBody(fields, files);
}

/**
 * multipart/form-data (photo uploads) through @fastify/multipart (busboy): one file of at most
 * `maxFileBytes`, a few short text fields. The body is read in a global preValidation hook into a
 * MultipartBody, so the contract's validator and the idempotency fingerprint see it like any body.
 * Call after the JSON parser is installed (it removes every other parser).
 */
export async function installMultipartBodyParser(app: FastifyInstance, limits: MultipartLimits): Promise<void> {
  await app.register(fastifyMultipart, {
    limits: { fileSize: limits.maxFileBytes, files: 1, fields: 10, parts: 11, fieldSize: 16 * 1024, headerPairs: 20 },
  });
  app.addHook('preValidation', async (request) => {
    if (request.isMultipart()) request.body = await readMultipartBody(request, limits);
  });
}
