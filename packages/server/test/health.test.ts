import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';

describe('GET /health (getHealth)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('answers ok with the version and the database kind', async () => {
    const response = await call(server.baseUrl, 'getHealth', { path: '/health' });
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { status: 'ok', version: '0.1.0', database: 'sqlite' });
    assert.match(response.headers.get('x-request-id')!, /^req_[A-Za-z0-9]{16}$/);
  });

  it('gives every response its own request id', async () => {
    const a = await call(server.baseUrl, 'getHealth', { path: '/health' });
    const b = await call(server.baseUrl, 'getHealth', { path: '/health' });
    assert.notEqual(a.headers.get('x-request-id'), b.headers.get('x-request-id'));
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await call(server.baseUrl, undefined, { path: '/no-such-thing' });
    assert.equal(response.status, 404);
    assert.equal(response.body.code, 'not-found');
    assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  });

  it('answers 503 when the database does not answer', async () => {
    const broken = await startTestServer();
    try {
      await broken.app.inspraak.database.close();
      const response = await call(broken.baseUrl, 'getHealth', { path: '/health' });
      assert.equal(response.status, 503);
      assert.equal(response.body.code, 'database-unavailable');
    } finally {
      await broken.close();
    }
  });
});
