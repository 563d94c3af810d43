// The typings for React, Preact and Vue (`frameworks/*.d.ts`, subpaths `@inspraak/widgets/react` …)
// are generated from custom-elements.json: committed, and fresh. Their type tests (does a wrong prop
// fail?) are test/typings/*.tsx, which the 'types' step compiles.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const widgets = fileURLToPath(new URL('../', import.meta.url));
const frameworks = ['react', 'preact', 'vue'];

test('frameworks/*.d.ts are what `npm run analyze` makes of custom-elements.json now', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'inspraak-typings-'));
  try {
    await promisify(execFile)(process.execPath, [path.join(widgets, 'scripts/framework-typings.mjs'), '--outdir', dir]);
    const made = (await readdir(dir)).sort();
    assert.deepEqual(made, frameworks.map((name) => `${name}.d.ts`).sort());
    for (const file of made) {
      const [fresh, committed] = await Promise.all([
        readFile(path.join(dir, file), 'utf8'),
        readFile(path.join(widgets, 'frameworks', file), 'utf8').catch(() => ''),
      ]);
      assert.ok(fresh === committed, `packages/widgets/frameworks/${file} is stale: run \`npm run analyze\` at the repository root`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('each framework gets every tag, and a listener named the way it maps props to events', async () => {
  const manifest = JSON.parse(await readFile(path.join(widgets, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules
    .flatMap((m: { declarations?: { customElement?: boolean; tagName?: string; events?: { name: string; type: { text: string } }[] }[] }) => m.declarations ?? [])
    .filter((d: { customElement?: boolean }) => d.customElement);
  assert.ok(elements.length >= 4);
  const [react, preact, vue] = await Promise.all(frameworks.map((name) => readFile(path.join(widgets, 'frameworks', `${name}.d.ts`), 'utf8')));
  for (const element of elements) {
    for (const [name, text] of [['react', react], ['preact', preact]] as const) {
      assert.match(text!, new RegExp(`'${element.tagName}': \\w+Props;`), `${name}: <${element.tagName}> in JSX.IntrinsicElements`);
      for (const event of element.events ?? []) {
        // React 19 and Preact: `on` + the event's name as written listens for that name.
        assert.ok(text!.includes(`'on${event.name}'?: (event: ${event.type.text}) => void;`), `${name}: on${event.name}`);
      }
    }
    assert.match(vue!, new RegExp(`'${element.tagName}': CustomElement<`), `vue: <${element.tagName}> in GlobalComponents`);
    for (const event of element.events ?? []) assert.ok(vue!.includes(`'${event.name}': ${event.type.text};`), `vue: ${event.name}`);
  }
  assert.match(react!, /declare module 'react' \{\n {2}namespace JSX \{/);
  assert.match(preact!, /declare module 'preact' \{\n {2}namespace JSX \{/);
  assert.match(vue!, /declare module 'vue' \{\n {2}interface GlobalComponents \{/);
});

test('the package exports the typings as type-only subpaths', async () => {
  const pkg = JSON.parse(await readFile(path.join(widgets, 'package.json'), 'utf8'));
  for (const name of frameworks) {
    assert.deepEqual(pkg.exports[`./${name}`], { types: `./frameworks/${name}.d.ts` }, `@inspraak/widgets/${name}`);
  }
});
