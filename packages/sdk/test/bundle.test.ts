/**
 * What the SDK costs a widget bundle: a page that uses only `client.polls` must not carry the admin
 * code, which `createClient` reaches through a dynamic import (a chunk of its own).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup, type OutputChunk } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

const tsconfig = fileURLToPath(new URL('../../../tsconfig.json', import.meta.url));

/** Bundles `code` (an entry module) as the CDN build does, minified; returns its chunks. */
async function bundle(code: string): Promise<OutputChunk[]> {
  const build = await rollup({
    input: 'entry',
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? code : null) },
      nodeResolve({ browser: true, exportConditions: ['source', 'production'], extensions: ['.ts', '.js'] }),
      esbuild({ tsconfig, target: 'es2022' }),
    ],
  });
  const { output } = await build.generate({ format: 'es', plugins: [terser({ module: true, ecma: 2022 })] });
  await build.close();
  return output.filter((item): item is OutputChunk => item.type === 'chunk');
}

/**
 * What a page with this entry downloads before anything is called: the entry chunk and every chunk
 * it imports statically (rollup puts a facade entry in front when later-loaded chunks share modules
 * with it), as one chunk-like view.
 */
function staticallyLoaded(chunks: OutputChunk[]): Pick<OutputChunk, 'code' | 'modules' | 'imports' | 'dynamicImports'> {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const loaded: OutputChunk[] = [];
  const visit = (chunk: OutputChunk) => {
    if (loaded.includes(chunk)) return;
    loaded.push(chunk);
    for (const name of chunk.imports) visit(byName.get(name)!);
  };
  visit(chunks.find((chunk) => chunk.isEntry)!);
  return {
    code: loaded.map((chunk) => chunk.code).join('\n'),
    modules: Object.assign({}, ...loaded.map((chunk) => chunk.modules)),
    imports: loaded.flatMap((chunk) => chunk.imports),
    dynamicImports: loaded.flatMap((chunk) => chunk.dynamicImports),
  };
}

const isAdmin = (chunk: Pick<OutputChunk, 'modules'>) => Object.keys(chunk.modules).some((id) => id.endsWith('/admin-polls.ts'));

test('a bundle that uses only client.polls leaves the admin code out of its entry chunk', async () => {
  const chunks = await bundle(`
    import { createClient } from '@inspraak/sdk';
    export async function show(element) {
      const client = createClient({ baseUrl: element.dataset.api, siteKey: element.dataset.siteKey });
      const poll = await client.polls.get(element.id);
      for await (const results of client.polls.subscribe(poll.id)) element.textContent = String(results.version);
    }
  `);
  const entry = staticallyLoaded(chunks);
  assert.ok(entry.code.includes('inspraak-site-key'), 'the resident code is there');
  assert.ok(!isAdmin(entry), 'admin-polls.ts is not in the entry chunk');
  assert.ok(!entry.code.includes('results.csv') && !entry.code.includes('admin/polls') && !entry.code.includes('admin/audit-log'), 'nor the audit log’s');
  const admin = chunks.filter(isAdmin);
  assert.equal(admin.length, 1, 'admin-polls.ts is a chunk of its own, loaded only when called');
  assert.ok(entry.dynamicImports.includes(admin[0]!.fileName));
  assert.ok(!entry.imports.includes(admin[0]!.fileName), 'and not imported statically');

  // ky 1 is about 4.9 KB min+gzip; the SDK's own code should stay near 2.5 KB on top of it.
  const size = gzipSync(entry.code).length;
  assert.ok(size < 8 * 1024, `SDK + ky: ${size} bytes min+gzip`);
});

test('idea code is loaded only when called: a poll page carries none of it, an idea page not the admin part', async () => {
  const hasModule = (chunk: Pick<OutputChunk, 'modules'>, file: string) => Object.keys(chunk.modules).some((id) => id.endsWith(file));
  const pollPage = staticallyLoaded(
    await bundle(`
      import { createClient } from '@inspraak/sdk';
      export const show = (element) => createClient({ baseUrl: element.dataset.api }).polls.get(element.id);
    `),
  );
  assert.ok(!hasModule(pollPage, '/ideas.ts') && !hasModule(pollPage, '/admin-ideas.ts'), 'a poll page loads no idea code');

  const chunks = await bundle(`
    import { createClient } from '@inspraak/sdk';
    export async function show(element) {
      const client = createClient({ baseUrl: element.dataset.api, siteKey: element.dataset.siteKey });
      const board = await client.boards.get(element.id);
      for await (const idea of client.ideas.iterate(board.id)) element.append(idea.title);
    }
  `);
  const entry = staticallyLoaded(chunks);
  assert.ok(!hasModule(entry, '/ideas.ts') && !hasModule(entry, '/admin-ideas.ts'), 'both load on first call');
  assert.ok(!entry.code.includes('moderation-queue') && !entry.code.includes('ideas.csv'));
  for (const file of ['/ideas.ts', '/admin-ideas.ts']) {
    const own = chunks.filter((chunk) => hasModule(chunk, file));
    assert.equal(own.length, 1, `${file} is in a chunk of its own`);
    assert.ok(entry.dynamicImports.includes(own[0]!.fileName), `${file} is imported dynamically`);
    assert.ok(!entry.imports.includes(own[0]!.fileName), `${file} is not imported statically`);
  }
});

test('a bundle that uses nothing of the SDK keeps none of it', async () => {
  const chunks = await bundle(`import { createClient } from '@inspraak/sdk'; export const unused = 1;`);
  assert.equal(chunks.length, 1);
  assert.ok(chunks[0]!.code.length < 100, chunks[0]!.code);
});
