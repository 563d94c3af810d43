import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { getRaw } from './support/raw-http.ts';

// A JavaScript MIME type the HTML standard accepts for module scripts (send names .js application/javascript).
const javascript = /^(?:text|application)\/javascript; charset=utf-8$/;
const year = 'public, max-age=31536000, immutable';

describe('static files (/cdn/* and the demo page)', () => {
  let server: TestServer;
  let root: string;
  const loader = `export const loader = ${JSON.stringify('x'.repeat(2000))};\n`;
  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'inspraak-static-'));
    await mkdir(path.join(root, 'cdn/themes'), { recursive: true });
    await mkdir(path.join(root, 'demo/assets'), { recursive: true });
    // What the CDN build writes: each file with its brotli and gzip twins, and the release record.
    const cdnFile = async (name: string, text: string) => {
      await writeFile(path.join(root, 'cdn', name), text);
      await writeFile(path.join(root, 'cdn', `${name}.br`), brotliCompressSync(text));
      await writeFile(path.join(root, 'cdn', `${name}.gz`), gzipSync(text));
    };
    await cdnFile('inspraak.js', loader);
    await cdnFile('poll-3f9a1c2b.js', 'export const poll = 1;\n');
    await writeFile(path.join(root, 'cdn/themes/theme.css'), ':root{}');
    await writeFile(path.join(root, 'cdn/integrity.json'), JSON.stringify({ version: '0.1.0', loader: '0.1.0/inspraak.js', integrity: 'sha384-x' }));
    await writeFile(path.join(root, 'demo/index.html'), `<!doctype html><title>Demo</title>${'<p>Inspraak</p>'.repeat(200)}`);
    await writeFile(path.join(root, 'demo/assets/site.css'), 'body{}');
    await writeFile(path.join(root, 'secret.txt'), 'do not serve');
    server = await startTestServer({ staticRoots: { cdn: path.join(root, 'cdn'), demo: path.join(root, 'demo') } });
  });
  after(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('serves the loader with a JS MIME type, a short cache, an ETag and CORS for any page', async () => {
    const response = await fetch(`${server.origin}/cdn/inspraak.js`, { headers: { origin: 'https://www.example-city.nl' } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, javascript);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
    assert.ok(response.headers.get('etag'));
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(await response.text(), loader);
  });

  it('answers the loader’s ETag with 304, for each encoding', async () => {
    for (const encoding of ['identity', 'br', 'gzip']) {
      const first = await getRaw(`${server.origin}/cdn/inspraak.js`, { 'accept-encoding': encoding });
      const etag = first.headers.etag!;
      assert.ok(etag, encoding);
      const again = await getRaw(`${server.origin}/cdn/inspraak.js`, { 'accept-encoding': encoding, 'if-none-match': etag });
      assert.equal(again.status, 304, encoding);
      assert.equal(again.body.length, 0);
      assert.equal(again.headers['cache-control'], 'public, max-age=300');
    }
  });

  it('sends the precompressed twin the client accepts, with Vary: Accept-Encoding', async () => {
    const br = await getRaw(`${server.origin}/cdn/inspraak.js`, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.match(br.headers['content-type']!, javascript);
    assert.ok(br.body.equals(await readFile(path.join(root, 'cdn/inspraak.js.br'))));
    assert.equal(brotliDecompressSync(br.body).toString(), loader);
    const gzip = await getRaw(`${server.origin}/cdn/inspraak.js`, { 'accept-encoding': 'gzip' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.ok(gzip.body.equals(await readFile(path.join(root, 'cdn/inspraak.js.gz'))));
    const plain = await getRaw(`${server.origin}/cdn/inspraak.js`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), loader);
    for (const response of [br, gzip, plain]) assert.match(String(response.headers.vary), /accept-encoding/i);
    assert.ok(br.body.length < loader.length / 10, `${br.body.length} B of brotli for ${loader.length} B`);
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await fetch(`${server.origin}/cdn/inspraak.js`, { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, javascript);
    assert.equal(await response.text(), '');
  });

  it('caches hashed chunks for good, other files for an hour', async () => {
    for (const encoding of ['br', 'identity']) {
      const chunk = await getRaw(`${server.origin}/cdn/poll-3f9a1c2b.js`, { 'accept-encoding': encoding });
      assert.equal(chunk.status, 200);
      assert.equal(chunk.headers['cache-control'], year, encoding);
    }
    const theme = await getRaw(`${server.origin}/cdn/themes/theme.css`);
    assert.equal(theme.headers['cache-control'], 'public, max-age=3600');
  });

  it('serves the same folder under /cdn/<version>/ (from integrity.json), immutable; no other version', async () => {
    const versioned = await getRaw(`${server.origin}/cdn/0.1.0/inspraak.js`, { 'accept-encoding': 'br' });
    assert.equal(versioned.status, 200);
    assert.equal(versioned.headers['cache-control'], year);
    assert.ok(versioned.body.equals(await readFile(path.join(root, 'cdn/inspraak.js.br'))));
    const chunk = await getRaw(`${server.origin}/cdn/0.1.0/poll-3f9a1c2b.js`);
    assert.equal(chunk.body.toString(), 'export const poll = 1;\n');
    assert.equal((await getRaw(`${server.origin}/cdn/0.0.9/inspraak.js`)).status, 404);
  });

  it('serves the demo page at / and its assets, compressing the page on the fly', async () => {
    const page = await fetch(`${server.origin}/`);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(await page.text(), /<title>Demo<\/title>/);
    const css = await fetch(`${server.origin}/assets/site.css`);
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
    await css.body?.cancel();
    const compressed = await getRaw(`${server.origin}/`, { 'accept-encoding': 'br' });
    assert.equal(compressed.headers['content-encoding'], 'br');
    assert.match(brotliDecompressSync(compressed.body).toString(), /<title>Demo<\/title>/);
  });

  it('never serves files outside its roots', async () => {
    for (const probe of ['/cdn/../secret.txt', '/cdn/%2e%2e/secret.txt', '/cdn/..%2fsecret.txt', '/cdn/%2e%2e%2f%2e%2e%2fsecret.txt', '/..%2fsecret.txt', '/cdn/%00.js', '/cdn/0.1.0/..%2f..%2fsecret.txt']) {
      const response = await fetch(server.origin + probe);
      const text = await response.text();
      assert.notEqual(response.status, 200, probe);
      assert.ok(!text.includes('do not serve'), probe);
    }
  });

  it('answers missing files and unknown API paths with a 404 problem', async () => {
    const missing = await call(server.origin, undefined, { path: '/cdn/nope.js' });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.code, 'not-found');
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
