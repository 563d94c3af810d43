#!/usr/bin/env node
// Writes the widgets' typings for React 19, Preact and Vue 3 (`frameworks/*.d.ts`, the package's
// type-only subpaths `@inspraak/widgets/react`, `/preact`, `/vue`) from custom-elements.json, so they
// never drift from the components: `npm run analyze` runs this after the analyzer, and
// test/framework-typings.test.ts fails when the committed files differ from what this makes.
//
// Every tag gets its public properties (typed through the class, `InspraakPoll['client']`, so a
// generic like `texts` resolves to the widget's own texts), its attributes whose names differ from a
// property (`site-key`), and one listener prop per documented event, named the way each framework
// maps a prop to `addEventListener`:
// - React 19 (react-dom `setPropOnCustomElement`): a prop of a custom element whose name starts with
//   `on` and whose value is a function listens for the rest of the name, as written (no case change):
//   `oninspraak-voted` → 'inspraak-voted'; a trailing `Capture` listens in the capture phase.
//   (`onInspraakVoted` would listen for 'InspraakVoted', which no widget sends.)
// - Preact 10 (`setProperty`): the same, unless the lower-cased name is a DOM `on…` property:
//   `oninspraak-voted` → 'inspraak-voted'; a trailing `Capture` (any case) captures.
// - Vue 3 (runtime-dom `parseName`): `onInspraakVoted` → hyphenate → 'inspraak-voted'; a template's
//   `@inspraak-voted` compiles to that prop. Vue reads the events from `$emit` (its docs' recipe
//   for custom elements in `GlobalComponents`).
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const widgets = fileURLToPath(new URL('../', import.meta.url));
/** Where the typings go, relative to the package. */
export const typingsDir = 'frameworks';

const header = (framework) => `// Generated from custom-elements.json by scripts/framework-typings.mjs: do not edit, run \`npm run analyze\`.
// Inspraak's widgets in ${framework}: import this file for its types only, next to the tag's define module, e.g.
//   import '@inspraak/widgets/poll';
//   import type {} from '@inspraak/widgets/${framework.toLowerCase().replace(/ .*/, '')}';
`;

/** `/** text *\/` indented, or nothing. */
function doc(text, indent) {
  if (!text) return '';
  const lines = text.replace(/\*\//g, '*\\/').split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** The custom elements of the manifest, each with what the typings need, sorted by tag. */
export function elementsOf(manifest) {
  const exporters = new Map(); // exported name → module path
  for (const mod of manifest.modules) {
    for (const exp of mod.exports ?? []) {
      if (exp.kind === 'js' && exp.declaration?.module === mod.path && !exporters.has(exp.name)) exporters.set(exp.name, mod.path);
    }
  }
  const elements = [];
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const where = `<${declaration.tagName}>`;
      const properties = (declaration.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public')
        .map((m) => ({ name: m.name, description: m.description ?? '', manifestType: m.type?.text ?? 'unknown' }));
      for (const p of properties) {
        p.numberAttribute = (declaration.attributes ?? []).some((a) => a.fieldName === p.name && a.type?.text === 'number');
      }
      const propertyNames = new Set(properties.map((p) => p.name));
      const attributes = (declaration.attributes ?? [])
        .filter((a) => !propertyNames.has(a.name))
        .map((a) => ({
          name: a.name,
          description: a.description ?? '',
          type: a.type?.text === 'number' ? 'string | number' : a.type?.text === 'boolean' ? 'boolean | string' : 'string',
        }));
      const events = (declaration.events ?? []).map((e) => {
        const type = e.type?.text;
        if (!type || !exporters.has(type)) {
          throw new Error(`${where}: the type of its event ${e.name} (${type ?? 'none'}) is not a class any module of the manifest exports`);
        }
        return { name: e.name, description: e.description ?? '', type, module: exporters.get(type) };
      });
      elements.push({ tag: declaration.tagName, className: declaration.name, module: mod.path, description: declaration.summary || declaration.description || '', properties, attributes, events });
    }
  }
  if (elements.length === 0) throw new Error('custom-elements.json lists no custom element');
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/**
 * `import type { A, B } from '@inspraak/widgets';`: the classes and event types through the package's
 * own name, which resolves to the built declarations once installed (its `source` condition in this
 * repository). The package's index exports each of them; the type tests fail when one is missing.
 */
function imports(elements) {
  const names = new Set();
  for (const element of elements) {
    names.add(element.className);
    for (const event of element.events) names.add(event.type);
  }
  return `import type { ${[...names].sort().join(', ')} } from '@inspraak/widgets';`;
}

/**
 * The members every framework shares: properties, and attributes named unlike any property. Vue's
 * template checker camelizes attribute names (`site-key` is `siteKey`), so it takes the properties alone.
 */
function propertyLines(element, indent, withAttributes = true) {
  let out = '';
  for (const p of element.properties) {
    out += doc(`${p.description}${p.description ? '\n' : ''}Property \`${p.name}\`: \`${p.manifestType}\`.`, indent);
    // In Vue, `heading-level="3"` (an attribute, a string) is checked as the property `headingLevel`.
    const asAttribute = !withAttributes && p.numberAttribute ? ' | `${number}`' : '';
    out += `${indent}${quote(p.name)}?: ${element.className}[${`'${p.name}'`}]${asAttribute};\n`;
  }
  for (const a of withAttributes ? element.attributes : []) {
    out += doc(`${a.description}${a.description ? '\n' : ''}Attribute \`${a.name}\`.`, indent);
    out += `${indent}${quote(a.name)}?: ${a.type};\n`;
  }
  return out;
}

const propsName = (element) => `${element.className}Props`;

/** React 19 and Preact: the same listener names (`on` + the event's own name), different base props. */
function jsxTypings({ framework, module, baseImport, base, extra, elements }) {
  let out = `${header(framework)}${baseImport}${imports(elements)}\n`;
  for (const element of elements) {
    out += `\n/** \`<${element.tag}>\` in ${framework}: properties (set as DOM properties), attributes, and a listener per event (\`on\` + its name). */\n`;
    out += `export interface ${propsName(element)} extends ${base(element.className)} {\n`;
    out += propertyLines(element, '  ');
    out += extra;
    for (const e of element.events) {
      out += doc(`${e.description}\nListens for \`${e.name}\` (\`${e.type}\`).`, '  ');
      out += `  '${`on${e.name}`}'?: (event: ${e.type}) => void;\n`;
      out += doc(`\`${e.name}\` in the capture phase.`, '  ');
      out += `  '${`on${e.name}Capture`}'?: (event: ${e.type}) => void;\n`;
    }
    out += '}\n';
  }
  out += `\ndeclare module '${module}' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const element of elements) out += `      '${element.tag}': ${propsName(element)};\n`;
  out += '    }\n  }\n}\n';
  return out;
}

export function reactTypings(elements) {
  return jsxTypings({
    framework: 'React 19',
    module: 'react',
    baseImport: "import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n",
    base: (className) => `DetailedHTMLProps<HTMLAttributes<${className}>, ${className}>`,
    extra: "  /** React 19 passes `class` to a custom element as the attribute (`className` works too). */\n  class?: string;\n",
    elements,
  });
}

export function preactTypings(elements) {
  return jsxTypings({
    framework: 'Preact',
    module: 'preact',
    baseImport: "import type { HTMLAttributes } from 'preact';\n",
    base: (className) => `HTMLAttributes<${className}>`,
    extra: '',
    elements,
  });
}

export function vueTypings(elements) {
  let out = `${header('Vue 3')}import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';\n${imports(elements)}\n`;
  out += `
/**
 * A custom element as Vue's template type checking (vue-tsc, Volar) reads it: its props from \`$props\`,
 * its events from \`$emit\`. Neither exists on the element: they are for templates only. (\`Events\` is
 * bounded by its own keys: an interface has no index signature, so \`Record<string, Event>\` refuses it.)
 */
type CustomElement<Element extends HTMLElement, Props, Events extends { [Name in keyof Events]: Event }> = new () => Element & {
  /** @deprecated For template type checking only; not on the element. */
  $props: HTMLAttributes & Props & PublicProps;
  /** @deprecated For template type checking only; not on the element. */
  $emit: EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;
};
`;
  for (const element of elements) {
    out += `\n/** \`<${element.tag}>\` in Vue templates: its properties (bind objects with \`.prop\` or \`:name\`; \`site-key\` is \`siteKey\`). */\n`;
    out += `export interface ${propsName(element)} {\n${propertyLines(element, '  ', false)}}\n`;
    out += `\n/** The events of \`<${element.tag}>\`: \`@${element.events[0]?.name ?? 'event'}="…"\` (the prop \`on${camel(element.events[0]?.name ?? 'event')}\`). */\n`;
    out += `export interface ${element.className}Events {\n`;
    for (const e of element.events) out += `${doc(e.description, '  ')}  '${e.name}': ${e.type};\n`;
    out += '}\n';
  }
  out += `\ndeclare module 'vue' {\n  interface GlobalComponents {\n`;
  for (const element of elements) {
    out += `    '${element.tag}': CustomElement<${element.className}, ${propsName(element)}, ${element.className}Events>;\n`;
  }
  out += '  }\n}\n';
  return out;
}

/** `inspraak-voted` → `InspraakVoted` (Vue's handler key without `on`). */
function camel(name) {
  return name.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase());
}

/** File name (inside `frameworks/`) → content, for a manifest. */
export function frameworkTypings(manifest) {
  const elements = elementsOf(manifest);
  return {
    'react.d.ts': reactTypings(elements),
    'preact.d.ts': preactTypings(elements),
    'vue.d.ts': vueTypings(elements),
  };
}

/** `node scripts/framework-typings.mjs [--outdir DIR]`: writes the typings into DIR (default `frameworks/`). */
async function main() {
  const manifest = JSON.parse(await readFile(path.join(widgets, 'custom-elements.json'), 'utf8'));
  const outdir = process.argv.indexOf('--outdir');
  const dir = outdir > 0 ? path.resolve(process.argv[outdir + 1]) : path.join(widgets, typingsDir);
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(frameworkTypings(manifest))) {
    await writeFile(path.join(dir, name), text);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
