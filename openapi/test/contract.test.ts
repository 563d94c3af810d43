// The contract is the single source of truth, so it is linted and held to the API conventions of
// DESIGN.md here, before any server or client is tested against it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lint, loadConfig } from '@redocly/openapi-core';
import { parse } from 'yaml';

const contractPath = fileURLToPath(new URL('../inspraak.yaml', import.meta.url));
const configPath = fileURLToPath(new URL('../../redocly.yaml', import.meta.url));
const contract = parse(readFileSync(contractPath, 'utf8'));
const methods = ['get', 'put', 'post', 'patch', 'delete'] as const;

type Operation = { operationId?: string; parameters?: { $ref?: string }[]; responses: Record<string, { $ref?: string }> };
const operations: [string, string, Operation][] = Object.entries(contract.paths as Record<string, Record<string, Operation>>)
  .flatMap(([path, item]) => methods.filter((m) => item[m]).map((m) => [path, m, item[m]] as [string, string, Operation]));

test('the contract passes the recommended-strict lint rules without a warning', async () => {
  const config = await loadConfig({ configPath });
  const problems = await lint({ ref: contractPath, config });
  const messages = problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer}`);
  assert.deepEqual(messages, []);
});

test('the contract is OpenAPI 3.1 and every operation has an operationId', () => {
  assert.match(contract.openapi, /^3\.1\./);
  assert.ok(operations.length > 0);
  for (const [path, method, op] of operations) assert.ok(op.operationId, `${method} ${path}`);
});

test('every operation declares its 4xx and 5xx responses as problem+json', () => {
  const responses = contract.components.responses as Record<string, { content?: Record<string, unknown> }>;
  for (const [path, method, op] of operations) {
    const statuses = Object.keys(op.responses);
    assert.ok(statuses.some((s) => s.startsWith('4')), `${method} ${path} has a 4xx`);
    assert.ok(statuses.includes('500'), `${method} ${path} declares 500`);
    // Any operation can meet a server that is shutting down (or whose database does not answer).
    assert.ok(statuses.includes('503'), `${method} ${path} declares 503`);
    for (const status of statuses.filter((s) => Number(s) >= 400)) {
      const ref = op.responses[status].$ref;
      assert.ok(ref, `${method} ${path} ${status} uses a shared response`);
      const name = ref.split('/').pop()!;
      assert.deepEqual(Object.keys(responses[name].content ?? {}), ['application/problem+json'], `${method} ${path} ${status}`);
    }
  }
});

test('every POST accepts an Idempotency-Key', () => {
  for (const [path, method, op] of operations.filter(([, m]) => m === 'post')) {
    const refs = (op.parameters ?? []).map((p) => p.$ref);
    assert.ok(refs.includes('#/components/parameters/IdempotencyKey'), `${method} ${path}`);
  }
});

test('JSON members are camelCase', () => {
  const schemas = contract.components.schemas as Record<string, { properties?: Record<string, unknown> }>;
  for (const [name, schema] of Object.entries(schemas)) {
    for (const member of Object.keys(schema.properties ?? {})) {
      assert.match(member, /^[a-z][a-zA-Z0-9]*$/, `${name}.${member}`);
    }
  }
});
