import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const widgets = fileURLToPath(new URL('../', import.meta.url));
const root = path.join(widgets, '../..');

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  attributes?: { name: string; description?: string }[];
  members?: { name: string; kind: string; privacy?: string }[];
  events?: { name: string; type?: { text: string }; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const readManifest = async (file: string): Promise<Manifest> => JSON.parse(await readFile(file, 'utf8'));
const elementsOf = (manifest: Manifest) =>
  manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);

test('custom-elements.json is what `npm run analyze` makes of the widgets now', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'inspraak-cem-'));
  try {
    const cli = path.join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
    await promisify(execFile)(
      process.execPath,
      // The analyzer joins --outdir to the working folder, even an absolute one.
      [cli, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', path.relative(widgets, dir)],
      { cwd: widgets },
    );
    const [fresh, committed] = await Promise.all([
      readFile(path.join(dir, 'custom-elements.json'), 'utf8'),
      readFile(path.join(widgets, 'custom-elements.json'), 'utf8'),
    ]);
    assert.ok(
      fresh === committed,
      'packages/widgets/custom-elements.json is stale: run `npm run analyze` at the repository root',
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the manifest describes every tag the package registers, with its API documented', async () => {
  const manifest = await readManifest(path.join(widgets, 'custom-elements.json'));
  const defineFiles = (await readdir(path.join(widgets, 'src/define'))).filter((f) => f.endsWith('.ts'));
  const tags = defineFiles.map((f) => `inspraak-${f.replace(/\.ts$/, '')}`);
  const elements = elementsOf(manifest);
  assert.deepEqual(elements.map((e) => e.tagName).sort(), [...tags].sort());
  for (const element of elements) {
    const where = `<${element.tagName}>`;
    assert.ok(element.description, `${where} has a description`);
    for (const shared of ['api', 'site-key', 'texts', 'heading-level']) {
      assert.ok(element.attributes?.some((a) => a.name === shared), `${where} has the shared attribute ${shared}`);
    }
    // Internal state (Lit's `state: true`) is not an attribute anyone can set.
    assert.ok(!element.attributes?.some((a) => ['data', 'loadError', 'announcement'].includes(a.name)), `${where} lists no internal state`);
    assert.ok(!element.members?.some((m) => m.privacy === 'private'), `${where} lists no private members`);
    assert.ok(element.events?.some((e) => e.name === 'inspraak-error' && e.type?.text === 'InspraakErrorEvent'), `${where} documents inspraak-error with its type`);
    for (const event of element.events ?? []) {
      assert.match(event.name, /^inspraak-[a-z-]+$/, `${where} event names are prefixed`);
      assert.ok(event.type?.text && event.description, `${where} documents ${event.name} with a type and a description`);
    }
    assert.ok((element.cssParts ?? []).length >= 10, `${where} documents its CSS parts`);
    for (const item of [...(element.cssParts ?? []), ...(element.cssProperties ?? []), ...(element.attributes ?? [])]) {
      assert.ok(item.description, `${where}: ${item.name} has a description`);
    }
    assert.ok(element.cssProperties?.some((p) => p.name === '--inspraak-color-accent'), `${where} documents the theme properties`);
  }
});

test('the package points tools at its manifest', async () => {
  const pkg = JSON.parse(await readFile(path.join(widgets, 'package.json'), 'utf8'));
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg.exports['./custom-elements.json'], './custom-elements.json');
});
