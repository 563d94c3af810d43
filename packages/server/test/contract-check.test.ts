import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { assertMatchesContract, operationIds } from './support/contract-response.ts';
import { toFieldErrors } from '../src/contract/validation-errors.ts';
import { createContractAjv } from '../src/contract/contract-ajv.ts';
import { contractId } from '@inspraak/contract/loader';

const headers = (type: string) => new Headers({ 'content-type': type, 'x-request-id': 'req_1' });

describe('the tests\' contract check', () => {
  it('accepts a valid response and refuses wrong ones (so the checks in other tests can fail)', () => {
    const health = JSON.stringify({ status: 'ok', version: '1', database: 'sqlite' });
    assertMatchesContract('getHealth', { status: 200, headers: headers('application/json'), text: health });
    assert.throws(() => assertMatchesContract('getHealth', { status: 200, headers: headers('application/json'), text: '{"status":"ok"}' }), /does not match/);
    assert.throws(() => assertMatchesContract('getHealth', { status: 201, headers: headers('application/json'), text: health }), /declares status/);
    assert.throws(() => assertMatchesContract('getHealth', { status: 200, headers: headers('text/plain'), text: health }), /content types/);
    assert.throws(() => assertMatchesContract('getHealth', { status: 200, headers: new Headers({ 'content-type': 'application/json' }), text: health }), /X-Request-Id/);
    const problem = { type: 'urn:inspraak:problem:x', title: 'X', status: 404, code: 'y', requestId: 'req_1' };
    assert.throws(() => assertMatchesContract('getPoll', { status: 404, headers: headers('application/problem+json'), text: JSON.stringify(problem) }));
  });

  it('every operation in the contract is exercised by a server test', async () => {
    const dir = new URL('.', import.meta.url);
    const files = (await readdir(dir)).filter((f) => f.endsWith('.test.ts') && f !== 'contract-check.test.ts');
    const sources = await Promise.all(files.map((f) => readFile(new URL(f, dir), 'utf8')));
    const all = sources.join('\n');
    const helpers = await readFile(new URL('support/fixtures.ts', dir), 'utf8');
    for (const id of operationIds) {
      assert.ok(all.includes(`'${id}'`) || helpers.includes(`'${id}'`), `no test calls ${id}`);
    }
    assert.ok(!/\b(it|describe|test)\.(only|skip|todo)\(/.test(all), 'no .only, .skip or .todo');
  });
});

describe('Ajv errors → FieldErrors', () => {
  const validate = createContractAjv().compile({ $ref: `${contractId}#/components/schemas/PollCreate` });
  const errorsFor = (value: unknown) => {
    assert.equal(validate(value), false);
    return toFieldErrors(validate.errors ?? []).map((e) => `${e.pointer} ${e.code}`);
  };

  it('points at a missing property, an unknown one and an item', () => {
    assert.deepEqual(errorsFor({ options: [{ label: 'a' }, { label: 'b' }] }), ['/question required']);
    assert.deepEqual(errorsFor({ question: 'q', options: [{ label: 'a' }, { label: 'b' }], x: 1 }), ['/x unknown-field']);
    assert.deepEqual(errorsFor({ question: 'q', options: [{ label: 'a' }, { label: '' }] }), ['/options/1/label too-short']);
  });

  it('gives one error per pointer for oneOf members (a bad timestamp)', () => {
    assert.deepEqual(errorsFor({ question: 'q', options: [{ label: 'a' }, { label: 'b' }], closesAt: 'gisteren' }), ['/closesAt invalid-format']);
  });

  it('reports every bad field at once', () => {
    assert.deepEqual(errorsFor({ question: '', options: [], minBallots: -1 }).sort(), ['/minBallots too-small', '/options too-few', '/question too-short']);
  });
});
