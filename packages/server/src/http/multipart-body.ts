import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { ProblemError } from './problem.ts';

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
  /** Most parts (fields and files together). */
  maxParts?: number;
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

function headerParam(header: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${name}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i').exec(header);
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2];
}

/** Splits a complete multipart body (RFC 7578) into fields and files. */
export function parseMultipart(body: Buffer, boundary: string, limits: MultipartLimits): MultipartBody {
  const delimiter = Buffer.from(`--${boundary}`);
  const fields: Record<string, string> = {};
  const files: Record<string, UploadedFile> = {};
  let position = body.indexOf(delimiter);
  if (position < 0) throw malformed('The multipart body holds no part.');
  let parts = 0;
  for (;;) {
    position += delimiter.length;
    if (body.subarray(position, position + 2).toString() === '--') break; // the closing delimiter
    if (++parts > (limits.maxParts ?? 10)) throw malformed('The multipart body has too many parts.');
    const headersEnd = body.indexOf('\r\n\r\n', position);
    if (headersEnd < 0) throw malformed('A multipart part has no end of headers.');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headersEnd + 4);
    if (next < 0) throw malformed('A multipart part is not closed.');
    const headers = body.subarray(position, headersEnd).toString('utf8').split('\r\n').filter(Boolean);
    const content = body.subarray(headersEnd + 4, next);
    const disposition = headers.find((h) => /^content-disposition:/i.test(h)) ?? '';
    const type = headers.find((h) => /^content-type:/i.test(h))?.replace(/^content-type:\s*/i, '') ?? '';
    const name = headerParam(disposition, 'name');
    if (!name) throw malformed('A multipart part has no name.');
    const filename = headerParam(disposition, 'filename');
    if (filename !== undefined) {
      if (content.length > limits.maxFileBytes) throw tooLarge(name, limits.maxFileBytes);
      if (files[name]) throw malformed(`Send one file in "${name}".`);
      files[name] = { filename, declaredType: type, data: Buffer.from(content) };
    } else {
      fields[name] = content.toString('utf8');
    }
    position = next + 2;
  }
  return new MultipartBody(fields, files);
}

/**
 * Reads multipart/form-data bodies (photo uploads) into a MultipartBody. The body is bounded by the
 * file limit plus room for the other fields: beyond it reading stops and the answer is 413.
 */
export function installMultipartBodyParser(app: FastifyInstance, limits: MultipartLimits): void {
  const maxBody = limits.maxFileBytes + 64 * 1024;
  app.addContentTypeParser('multipart/form-data', (request, payload, done) => {
    const boundary = headerParam(request.headers['content-type'] ?? '', 'boundary');
    if (!boundary) return done(malformed('A multipart body needs a boundary in its Content-Type.'), undefined);
    const chunks: Buffer[] = [];
    let size = 0;
    let finished = false;
    const finish = (error: Error | null, value?: MultipartBody) => {
      if (finished) return;
      finished = true;
      done(error, value);
    };
    payload.on('data', (chunk: Buffer) => {
      if (finished) return;
      size += chunk.length;
      if (size > maxBody) {
        chunks.length = 0;
        finish(tooLarge('photo', limits.maxFileBytes));
        return;
      }
      chunks.push(chunk);
    });
    payload.on('error', (error) => finish(error));
    payload.on('end', () => {
      if (finished) return;
      try {
        finish(null, parseMultipart(Buffer.concat(chunks), boundary, limits));
      } catch (error) {
        finish(error as Error);
      }
    });
  });
}
