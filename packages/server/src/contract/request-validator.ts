import type { ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { FastifyRequest } from 'fastify';
import { UnsupportedBody } from '../http/json-body.ts';
import { MultipartBody } from '../http/multipart-body.ts';
import { ProblemError, type FieldError } from '../http/problem.ts';
import { invalidInput } from '../services/domain-error.ts';
import { createContractAjv } from './contract-ajv.ts';
import { anchorRefs, type ContractOperation, type ParameterObject } from '@inspraak/contract/loader';
import { toFieldErrors } from './validation-errors.ts';

// Parameters arrive as text: coerce them (limit=5 → 5) and fill their defaults. Bodies are JSON and
// are checked as they are. Both are made on first use (each compiles the whole contract in).
let parameterAjvInstance: Ajv2020 | undefined;
let bodyAjvInstance: Ajv2020 | undefined;
const parameterAjv = () => (parameterAjvInstance ??= createContractAjv({ coerceTypes: true, useDefaults: true }));
const bodyAjv = () => (bodyAjvInstance ??= createContractAjv());

interface PartValidator {
  validate: ValidateFunction;
  /** lower-case name → name as the contract spells it (headers arrive lower-cased). */
  names: Map<string, string>;
}

function partValidator(parameters: ParameterObject[], location: ParameterObject['in']): PartValidator | undefined {
  const own = parameters.filter((p) => p.in === location);
  if (own.length === 0) return undefined;
  const key = (p: ParameterObject) => (location === 'header' ? p.name.toLowerCase() : p.name);
  const schema = {
    type: 'object',
    properties: Object.fromEntries(own.map((p) => [key(p), anchorRefs(p.schema)])),
    required: own.filter((p) => p.required).map(key),
  };
  return { validate: parameterAjv().compile(schema), names: new Map(own.map((p) => [key(p), p.name])) };
}

function check(part: PartValidator | undefined, value: unknown, prefix: string): FieldError[] {
  if (!part || part.validate(value ?? {})) return [];
  return toFieldErrors(part.validate.errors ?? [], '').map((error) => {
    const [, name = '', ...rest] = error.pointer.split('/');
    const spelled = part.names.get(name) ?? name;
    return { ...error, pointer: [`${prefix}/${spelled}`, ...rest].join('/') };
  });
}

const mediaType = (header: string | undefined): string => (header ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * A preValidation hook that checks a request against its operation in the contract: path and
 * header problems are 400, query and body problems 422, each error with its pointer.
 *
 * Compiled on the operation's first request, not at start: compiling every operation's schemas was
 * most of the server's start time (measured: ~0.6 s of ~1.5 s on this 2-core machine), and an
 * instance is ready sooner when it compiles only what it is asked for.
 */
export function compileRequestValidator(op: ContractOperation) {
  let validate: ReturnType<typeof compileNow> | undefined;
  return (request: FastifyRequest) => (validate ??= compileNow(op))(request);
}

function compileNow(op: ContractOperation) {
  const path = partValidator(op.parameters, 'path');
  const query = partValidator(op.parameters, 'query');
  const headers = partValidator(op.parameters, 'header');
  // `style: form, explode: false` arrays arrive as one comma-separated value (`pollIds=a,b`).
  const commaLists = op.parameters
    .filter((p) => p.in === 'query' && p.explode === false && p.schema.type === 'array')
    .map((p) => p.name);
  const requestBody = op.operation.requestBody;
  const bodies = new Map<string, ValidateFunction>();
  for (const [type, media] of Object.entries(requestBody?.content ?? {})) {
    bodies.set(type, bodyAjv().compile(anchorRefs(media.schema) as object));
  }

  return async function validateRequest(request: FastifyRequest): Promise<void> {
    const readErrors = [...check(path, request.params, '#/path'), ...check(headers, request.headers, '#/header')];
    if (readErrors.length > 0) {
      throw new ProblemError({
        status: 400,
        code: 'bad-request',
        title: 'Bad request',
        detail: readErrors.map((e) => `${e.pointer}: ${e.detail}`).join(' '),
        errors: readErrors,
      });
    }
    const params = request.query as Record<string, unknown> | undefined;
    for (const name of commaLists) {
      const value = params?.[name];
      if (typeof value === 'string') params![name] = value.split(',');
    }
    const queryErrors = check(query, request.query, '#/query');
    if (queryErrors.length > 0) {
      throw invalidInput(queryErrors, queryErrors.map((e) => `${e.pointer}: ${e.detail}`).join(' '));
    }
    if (!requestBody) return; // a body where none is read is ignored
    if (request.body === undefined) {
      if (!requestBody.required) return;
      throw new ProblemError({ status: 400, code: 'body-required', title: 'Body required', detail: 'This request needs a JSON body.' });
    }
    const validate = bodies.get(mediaType(request.headers['content-type']));
    if (!validate || request.body instanceof UnsupportedBody) {
      throw new ProblemError({
        status: 415,
        code: 'unsupported-media-type',
        title: 'Unsupported media type',
        detail: `Send the body as ${[...bodies.keys()].join(' or ')}.`,
      });
    }
    // A multipart body is checked as its fields, each file standing in as a string.
    const body = request.body instanceof MultipartBody ? request.body.forValidation() : request.body;
    if (!validate(body)) {
      const errors = toFieldErrors(validate.errors ?? []);
      throw invalidInput(errors, errors.map((e) => `${e.pointer || '(body)'}: ${e.detail}`).join(' '));
    }
  };
}
