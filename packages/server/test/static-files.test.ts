import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';

describe('static files (/cdn/* and the demo page)', () => {
  let server: TestServer;
  let root: string;
  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'inspraak-static-'));
    await mkdir(path.join(root, 'cdn'));
    await mkdir(path.join(root, 'demo/assets'), { recursive: true });
    await writeFile(path.join(root, 'cdn/inspraak.js'), 'export const loader = 1;\n');
    await writeFile(path.join(root, 'cdn/poll-3f9a1c2b.js'), 'export const poll = 1;\n');
    await writeFile(path.join(root, 'demo/index.html'), '<!doctype html><title>Demo</title>');
    await writeFile(path.join(root, 'demo/assets/site.css'), 'body{}');
    await writeFile(path.join(root, 'secret.txt'), 'do not serve');
    server = await startTestServer({ staticRoots: { cdn: path.join(root, 'cdn'), demo: path.join(root, 'demo') } });
  });
  after(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('serves the loader with a JS MIME type, a short cache and CORS for any page', async () => {
    const response = await fetch(`${server.origin}/cdn/inspraak.js`, { headers: { origin: 'https://www.example-city.nl' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(await response.text(), 'export const loader = 1;\n');
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await fetch(`${server.origin}/cdn/inspraak.js`, { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(await response.text(), '');
  });

  it('caches hashed chunks for good', async () => {
    const response = await fetch(`${server.origin}/cdn/poll-3f9a1c2b.js`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    await response.body?.cancel();
  });

  it('serves the demo page at / and its assets', async () => {
    const page = await fetch(`${server.origin}/`);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(await page.text(), /<title>Demo<\/title>/);
    const css = await fetch(`${server.origin}/assets/site.css`);
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
    await css.body?.cancel();
  });

  it('never serves files outside its roots', async () => {
    for (const probe of ['/cdn/../secret.txt', '/cdn/%2e%2e/secret.txt', '/cdn/..%2fsecret.txt', '/cdn/%2e%2e%2f%2e%2e%2fsecret.txt', '/..%2fsecret.txt', '/cdn/%00.js']) {
      const response = await fetch(server.origin + probe);
      const text = await response.text();
      assert.notEqual(response.status, 200, probe);
      assert.ok(!text.includes('do not serve'), probe);
    }
  });

  it('answers missing files and unknown API paths with a 404 problem', async () => {
    const missing = await call(server.origin, undefined, { path: '/cdn/nope.js' });
    assert.equal(missing.status, 404);
    const api = await call(server.origin, undefined, { path: '/v1/nope' });
    assert.equal(api.status, 404);
    assert.equal(api.body.code, 'not-found');
  });

  it('serves nothing static when no roots are given', async () => {
    const bare = await startTestServer();
    try {
      const response = await call(bare.origin, undefined, { path: '/cdn/inspraak.js' });
      assert.equal(response.status, 404);
    } finally {
      await bare.close();
    }
  });
});
