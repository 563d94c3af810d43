// The tests' own check of what arrives over HTTP against the contract: status declared for the
// operation, content type declared for that status, body valid against its schema, headers valid.
import assert from 'node:assert/strict';
import type { ValidateFunction } from 'ajv';
import { createContractAjv } from '../../src/contract/contract-ajv.ts';
import { anchorRefs, listOperations, loadContract, resolveRef, type JsonSchema } from '@inspraak/contract/loader';

const ajv = createContractAjv();
const contract = loadContract();
const validators = new Map<string, ValidateFunction>();

function validatorFor(schema: JsonSchema): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(anchorRefs(schema) as object);
    validators.set(key, validate);
  }
  return validate;
}

interface ResponseObject {
  headers?: Record<string, { schema: JsonSchema } | { $ref: string }>;
  content?: Record<string, { schema: JsonSchema }>;
}

export const operationIds = listOperations().map((op) => op.operation.operationId);

export interface ArrivedResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** Throws (an assertion error) when the response is not what the contract says `operationId` may answer. */
export function assertMatchesContract(operationId: string | undefined, response: ArrivedResponse): void {
  assert.ok(response.headers.get('x-request-id'), 'every response carries X-Request-Id');
  const declared = operationId
    ? listOperations().find((op) => op.operation.operationId === operationId)?.operation.responses
    : // No operation (unknown route): the generic problem responses.
      { '404': { $ref: '#/components/responses/NotFound' } };
  assert.ok(declared, `operation ${operationId} is in the contract`);
  const raw = declared[String(response.status)];
  assert.ok(raw, `${operationId ?? 'unknown route'} declares status ${response.status} (body: ${response.text.slice(0, 300)})`);
  const spec = resolveRef<ResponseObject>(contract, raw as ResponseObject);

  for (const [name, header] of Object.entries(spec.headers ?? {})) {
    const value = response.headers.get(name);
    if (value === null) continue;
    const { schema } = resolveRef<{ schema: JsonSchema }>(contract, header);
    const typed = schema.type === 'integer' ? Number(value) : value;
    const validate = validatorFor(schema);
    assert.ok(validate(typed), `header ${name}: ${value} does not match ${JSON.stringify(schema)}`);
  }

  const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
  if (!spec.content) {
    assert.equal(response.text, '', `${response.status} declares no body`);
    return;
  }
  const media = spec.content[contentType];
  assert.ok(media, `${response.status} declares content types ${Object.keys(spec.content).join(', ')}, got "${contentType}"`);
  if (contentType.endsWith('json')) {
    const body: unknown = JSON.parse(response.text);
    const validate = validatorFor(media.schema);
    assert.ok(validate(body), `body does not match the contract: ${ajv.errorsText(validate.errors)}\n${response.text.slice(0, 500)}`);
    if (contentType === 'application/problem+json') {
      const problem = body as { type: string; code: string; status: number; requestId: string };
      assert.equal(problem.type, `urn:inspraak:problem:${problem.code}`);
      assert.equal(problem.status, response.status);
      assert.equal(problem.requestId, response.headers.get('x-request-id'));
    }
  }
}
