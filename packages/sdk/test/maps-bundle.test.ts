/**
 * What the feedback map costs other pages: `client.maps` and the map admin calls are stubs that
 * import `maps.ts` / `admin-maps.ts` on first call, so a poll page carries neither, and a map page
 * fetches the resident map code as a chunk of its own and never the admin code.
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

const holds = (chunk: OutputChunk, file: string) => Object.keys(chunk.modules).some((id) => id.endsWith(`/${file}`));
/** The chunk holding the page's own code (rollup may put a facade in front of it). */
const pageChunk = (chunks: OutputChunk[]) => chunks.find((chunk) => Object.keys(chunk.modules).includes('entry'))!;

test('a poll page carries no map code', async () => {
  const chunks = await bundle(`
    import { createClient } from '@inspraak/sdk';
    export async function show(element) {
      const client = createClient({ baseUrl: element.dataset.api, siteKey: element.dataset.siteKey });
      element.textContent = (await client.polls.get(element.id)).question;
    }
  `);
  const page = pageChunk(chunks);
  assert.ok(!holds(page, 'maps.ts') && !holds(page, 'admin-maps.ts'));
  assert.ok(!page.code.includes('by-receipt') && !page.code.includes('status-updates'));
});

test('a map page loads maps.ts on its first call, and never admin-maps.ts', async () => {
  const chunks = await bundle(`
    import { createClient } from '@inspraak/sdk';
    export async function show(element, file) {
      const client = createClient({ baseUrl: element.dataset.api, siteKey: element.dataset.siteKey });
      const map = await client.maps.get(element.id);
      const { report, receipt } = await client.maps.reports.create(map.id, { category: 'x', lat: 0, lng: 0, description: 'x' });
      await client.maps.reports.addPhoto(report.id, file, { receipt });
      element.textContent = String((await client.maps.clusters(map.id, { bbox: [0, 0, 1, 1], zoom: 3 })).total);
    }
  `);
  const page = pageChunk(chunks);
  const maps = chunks.find((chunk) => holds(chunk, 'maps.ts'))!;
  const admin = chunks.find((chunk) => holds(chunk, 'admin-maps.ts'))!;
  assert.ok(maps && maps !== page && page.dynamicImports.includes(maps.fileName), 'maps.ts is a chunk of its own, imported on demand');
  assert.ok(maps.code.includes('by-receipt'));
  assert.ok(admin && admin !== page && admin !== maps, 'admin-maps.ts is a chunk of its own');
  assert.ok(!maps.imports.includes(admin.fileName) && !page.imports.includes(admin.fileName), 'never imported statically');
  const size = gzipSync(maps.code).length;
  assert.ok(size < 1024, `maps.ts chunk: ${size} bytes min+gzip`);
});
