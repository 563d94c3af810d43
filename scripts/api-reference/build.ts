#!/usr/bin/env node
/**
 * `npm run docs:api`: the API reference as one static, self-contained HTML page, built from the
 * contract (openapi/inspraak.yaml) → dist/api-reference/index.html. No JavaScript: landmarks, one
 * h1, a section per tag and per operation, a table of contents and a skip link; parameter tables,
 * responses with their status and problem types, the contract's own examples as code blocks, and
 * every schema with its required fields marked in words. Light and dark (prefers-color-scheme),
 * readable at 320 px.
 *
 *   npm run docs:api                     → dist/api-reference/index.html
 *   npm run docs:api -- --out <folder>   → <folder>/index.html
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { escapeHtml as esc, renderInline, renderMarkdown } from './markdown.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const defaultContract = join(root, 'openapi/inspraak.yaml');
export const defaultOutDir = join(root, 'dist/api-reference');

type Json = Record<string, any>;

export const httpMethods = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'] as const;

export interface Operation {
  id: string;
  method: string;
  path: string;
  tags: string[];
  operation: Json;
  pathItem: Json;
}

/** Every operation of the contract, in document order. */
export function operationsOf(spec: Json): Operation[] {
  const operations: Operation[] = [];
  for (const [path, pathItem] of Object.entries<Json>(spec.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (!operation) continue;
      operations.push({ id: operation.operationId ?? `${method}-${path}`, method, path, tags: operation.tags ?? ['other'], operation, pathItem });
    }
  }
  return operations;
}

/** Follows a local `$ref` (`#/components/…`) until it reaches an object without one. */
function deref(spec: Json, value: Json | undefined): Json | undefined {
  let current = value;
  const seen = new Set<string>();
  while (current && typeof current.$ref === 'string') {
    const ref: string = current.$ref;
    if (!ref.startsWith('#/') || seen.has(ref)) throw new Error(`cannot resolve $ref ${ref}`);
    seen.add(ref);
    const target = ref
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<any>((node, key) => node?.[key], spec);
    if (target === undefined) throw new Error(`$ref ${ref} points at nothing`);
    // A $ref with siblings (3.1): the siblings (e.g. a description) win over the target's.
    const { $ref: _ignored, ...siblings } = current;
    current = { ...target, ...siblings };
  }
  return current;
}

const schemaName = (ref: string) => ref.replace('#/components/schemas/', '');
const anchor = (kind: string, name: string) => `${kind}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** A schema as a short type phrase: `string`, `array of Poll`, `integer (0–100)`, `one of A, B`… (HTML). */
function typeOf(schema: Json | undefined): string {
  if (!schema) return 'any';
  if (schema.$ref) {
    const name = schemaName(schema.$ref);
    return `<a href="#${anchor('schema', name)}">${esc(name)}</a>`;
  }
  if (schema.const !== undefined) return `<code>${esc(JSON.stringify(schema.const))}</code>`;
  if (schema.oneOf || schema.anyOf) return `one of: ${(schema.oneOf ?? schema.anyOf).map(typeOf).join(', ')}`;
  if (schema.allOf) return `all of: ${schema.allOf.map(typeOf).join(', ')}`;
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const phrase = types
    .map((type) => {
      if (type === 'array') return `array of ${typeOf(schema.items)}`;
      if (type === 'object' && schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        return `object (map of ${typeOf(schema.additionalProperties)})`;
      }
      return esc(type) + (schema.format ? ` (${esc(schema.format)})` : '');
    })
    .join(' or ');
  return phrase || (schema.properties ? 'object' : 'any');
}

/** Constraints in words: enum values, bounds, pattern, default. (HTML) */
function constraintsOf(schema: Json | undefined): string {
  if (!schema || schema.$ref) return '';
  const notes: string[] = [];
  if (schema.enum) notes.push(`One of: ${schema.enum.map((value: unknown) => `<code>${esc(JSON.stringify(value))}</code>`).join(', ')}.`);
  const range = (min: unknown, max: unknown, unit: string) => {
    if (min !== undefined && max !== undefined) notes.push(`${unit} ${esc(String(min))} to ${esc(String(max))}.`);
    else if (min !== undefined) notes.push(`${unit} at least ${esc(String(min))}.`);
    else if (max !== undefined) notes.push(`${unit} at most ${esc(String(max))}.`);
  };
  range(schema.minimum, schema.maximum, 'Value');
  range(schema.minLength, schema.maxLength, 'Length');
  range(schema.minItems, schema.maxItems, 'Items');
  range(schema.minProperties, schema.maxProperties, 'Members');
  if (schema.uniqueItems) notes.push('Items are unique.');
  if (schema.pattern) notes.push(`Pattern <code>${esc(schema.pattern)}</code>.`);
  if (schema.default !== undefined) notes.push(`Default <code>${esc(JSON.stringify(schema.default))}</code>.`);
  if (schema.examples?.length) notes.push(`Example: <code>${esc(JSON.stringify(schema.examples[0]))}</code>.`);
  return notes.join(' ');
}

/** A properties table for an object schema; nested inline objects are flattened as `parent.child`. */
function propertiesTable(spec: Json, schema: Json, caption: string): string {
  const rows: string[][] = [];
  const addRows = (object: Json, prefix: string, depth: number) => {
    const required = new Set<string>(object.required ?? []);
    for (const [name, raw] of Object.entries<Json>(object.properties ?? {})) {
      const property = raw;
      const description = [renderMarkdown(property.description), constraintsOf(property)].filter(Boolean).join(' ');
      rows.push([`<code>${esc(prefix + name)}</code>`, typeOf(property), required.has(name) ? '<strong>required</strong>' : 'optional', description]);
      const nested = property.type === 'object' && property.properties ? property : property.type === 'array' && property.items?.properties ? property.items : undefined;
      if (nested && depth < 3) addRows(nested, `${prefix}${name}${property.type === 'array' ? '[]' : ''}.`, depth + 1);
    }
  };
  addRows(schema, '', 0);
  return dataTable(caption, ['Field', 'Type', 'Required', 'Description'], rows);
}

/**
 * A data table: the first cell of each row is its row header. Each cell carries its column's name
 * (`data-label`), shown before the cell when a narrow screen stacks the rows (see the styles).
 */
function dataTable(caption: string, headers: string[], rows: string[][], hideCaption = false): string {
  if (rows.length === 0) return '';
  const head = headers.map((header) => `<th scope="col">${esc(header)}</th>`).join('');
  const body = rows
    .map((cells) => `<tr>${cells.map((cell, i) => (i === 0 ? `<th scope="row" data-label="${esc(headers[0]!)}">${cell}</th>` : `<td data-label="${esc(headers[i]!)}">${cell}</td>`)).join('')}</tr>`)
    .join('');
  return `<table><caption${hideCaption ? ' class="visually-hidden"' : ''}>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function codeBlock(value: unknown, label: string): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return `<figure class="example"><figcaption>${label}</figcaption><pre><code>${esc(text)}</code></pre></figure>`;
}

/** The examples of a media type object (`examples` map or a single `example`). */
function examplesOf(spec: Json, media: Json): { name: string; summary?: string; value: unknown }[] {
  if (media.examples) {
    return Object.entries<Json>(media.examples).map(([name, raw]) => {
      const example = deref(spec, raw)!;
      return { name, summary: example.summary, value: example.value };
    });
  }
  if (media.example !== undefined) return [{ name: 'example', value: media.example }];
  return [];
}

function securityOf(spec: Json, operation: Json): string {
  const requirements: Json[] = operation.security ?? spec.security ?? [];
  const named = requirements.map((requirement) => Object.keys(requirement)).filter((names) => names.length > 0);
  if (named.length === 0) return '<p class="auth">No key needed.</p>';
  const describe = (name: string) => {
    const scheme = spec.components?.securitySchemes?.[name] ?? {};
    const where = scheme.type === 'http' ? `<code>Authorization: Bearer …</code>` : scheme.in === 'header' ? `the <code>${esc(scheme.name)}</code> header` : esc(name);
    return `${esc(name)} (${where})`;
  };
  return `<p class="auth">Keys: ${named.map((names) => names.map(describe).join(' and ')).join('; or ')}.</p>`;
}

function parametersSection(spec: Json, op: Operation): string {
  const all = [...(op.pathItem.parameters ?? []), ...(op.operation.parameters ?? [])].map((raw: Json) => deref(spec, raw)!);
  // Operation-level parameters override path-level ones with the same name and place.
  const byKey = new Map<string, Json>();
  for (const parameter of all) byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  const parameters = [...byKey.values()];
  if (parameters.length === 0) return '';
  const rows = parameters.map((parameter) => {
      const schema = parameter.schema?.$ref ? { ...deref(spec, parameter.schema), $ref: undefined } : parameter.schema;
      const type = parameter.schema?.$ref ? typeOf({ $ref: parameter.schema.$ref }) : typeOf(schema);
      const description = [renderMarkdown(parameter.description), constraintsOf(schema)].filter(Boolean).join(' ');
      return [`<code>${esc(parameter.name)}</code>`, esc(parameter.in), type, parameter.required ? '<strong>required</strong>' : 'optional', description];
  });
  return `<h4 id="${anchor('op', op.id)}-parameters">Parameters</h4>
${dataTable(`Parameters of ${op.id}`, ['Name', 'In', 'Type', 'Required', 'Description'], rows, true)}`;
}

function requestBodySection(spec: Json, op: Operation, serverUrl: string): string {
  const body = deref(spec, op.operation.requestBody);
  if (!body) return '';
  const parts: string[] = [`<h4 id="${anchor('op', op.id)}-request">Request body</h4>`];
  parts.push(`<p>${body.required ? '<strong>Required.</strong>' : 'Optional.'} ${renderInline(body.description ?? '')}</p>`);
  for (const [mediaType, media] of Object.entries<Json>(body.content ?? {})) {
    parts.push(`<p>Media type <code>${esc(mediaType)}</code>: ${typeOf(media.schema)}.</p>`);
    if (media.schema && !media.schema.$ref && media.schema.properties) parts.push(propertiesTable(spec, media.schema, `Fields of the ${mediaType} body`));
    for (const example of examplesOf(spec, media)) {
      const request = `${op.method.toUpperCase()} ${serverUrl}${op.path}\nContent-Type: ${mediaType}\n\n${typeof example.value === 'string' ? example.value : JSON.stringify(example.value, null, 2)}`;
      parts.push(codeBlock(request, `Example request${example.summary ? `: ${esc(example.summary)}` : ` (${esc(example.name)})`}`));
    }
  }
  return parts.join('\n');
}

/** Problem types a response can carry: from its examples' `type`/`code`, as a list. */
function problemTypes(spec: Json, response: Json): string[] {
  const types = new Set<string>();
  for (const [mediaType, media] of Object.entries<Json>(response.content ?? {})) {
    if (!mediaType.includes('problem')) continue;
    for (const example of examplesOf(spec, media)) {
      const value = example.value as Json | undefined;
      if (value && typeof value.type === 'string') types.add(value.type);
    }
  }
  return [...types];
}

function responsesSection(spec: Json, op: Operation): string {
  const rows: string[][] = [];
  const examples: string[] = [];
  for (const [status, raw] of Object.entries<Json>(op.operation.responses ?? {})) {
    const response = deref(spec, raw)!;
    const content = Object.entries<Json>(response.content ?? {})
      .map(([mediaType, media]) => `<code>${esc(mediaType)}</code>${media.schema ? `: ${typeOf(media.schema)}` : ''}`)
      .join('<br>');
    const headers = Object.keys(response.headers ?? {});
    const problems = problemTypes(spec, response);
    const details = [
      renderMarkdown(response.description),
      content ? `<p>${content}</p>` : '',
      headers.length ? `<p>Headers: ${headers.map((header) => `<code>${esc(header)}</code>`).join(', ')}.</p>` : '',
      problems.length ? `<p>Problem types: ${problems.map((type) => `<code>${esc(type)}</code>`).join(', ')}.</p>` : '',
    ].join('');
    rows.push([esc(status), details]);
    for (const [mediaType, media] of Object.entries<Json>(response.content ?? {})) {
      // The shared error responses' examples would repeat on every operation; their problem types are listed above.
      if (raw.$ref && mediaType.includes('problem')) continue;
      for (const example of examplesOf(spec, media)) {
        examples.push(codeBlock(example.value, `Example response ${esc(status)} <code>${esc(mediaType)}</code>${example.summary ? `: ${esc(example.summary)}` : ''}`));
      }
    }
  }
  return `<h4 id="${anchor('op', op.id)}-responses">Responses</h4>
${dataTable(`Responses of ${op.id}`, ['Status', 'Meaning, content and problem types'], rows, true)}
${examples.join('\n')}`;
}

function operationSection(spec: Json, op: Operation, serverUrl: string): string {
  const { operation } = op;
  return `<section class="operation" aria-labelledby="${anchor('op', op.id)}-title" id="${anchor('op', op.id)}">
<h3 id="${anchor('op', op.id)}-title"><span class="method method-${op.method}">${op.method.toUpperCase()}</span> <code class="path">${esc(op.path)}</code> <span class="summary">${renderInline(operation.summary ?? '')}</span></h3>
<p class="operation-id">Operation <code>${esc(op.id)}</code>${operation.deprecated ? ' — <strong>deprecated</strong>' : ''}</p>
${securityOf(spec, operation)}
${renderMarkdown(operation.description)}
${parametersSection(spec, op)}
${requestBodySection(spec, op, serverUrl)}
${responsesSection(spec, op)}
</section>`;
}

function schemaSection(spec: Json, name: string, raw: Json): string {
  const schema = raw;
  const parts = [
    `<section class="schema" aria-labelledby="${anchor('schema', name)}-title" id="${anchor('schema', name)}">`,
    `<h3 id="${anchor('schema', name)}-title">${esc(name)}</h3>`,
    `<p class="schema-type">Type: ${typeOf({ ...schema, description: undefined })}</p>`,
    renderMarkdown(schema.description),
  ];
  const constraints = constraintsOf(schema);
  if (constraints) parts.push(`<p>${constraints}</p>`);
  if (schema.properties) parts.push(propertiesTable(spec, schema, `Fields of ${name}`));
  parts.push('</section>');
  return parts.join('\n');
}

const styles = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1f24; --muted: #4b5563; --accent: #0b57d0; --code-bg: #f3f4f6; --border: #8a94a3; --subtle: #d0d5dd; --focus: #1a1a1a; --get: #146c2e; --post: #0b57d0; --delete: #b3261e; --patch: #7a4d00; --put: #6b2c91; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #16191d; --fg: #e6e8eb; --muted: #b0b7c3; --accent: #8ab4f8; --code-bg: #23272e; --border: #8b949e; --subtle: #3b424c; --focus: #ffffff; --get: #7ee2a8; --post: #8ab4f8; --delete: #ff8a80; --patch: #f4c26b; --put: #d7aefb; }
}
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.5; overflow-wrap: break-word; }
code { overflow-wrap: anywhere; }
th[scope="row"] code { overflow-wrap: normal; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip-link { position: absolute; inset-inline-start: 1rem; inset-block-start: -10rem; padding: 0.5rem 1rem; background: var(--bg); color: var(--accent); border: 2px solid var(--accent); z-index: 1; }
.skip-link:focus { inset-block-start: 1rem; }
.visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
header, main, footer { max-inline-size: 72rem; margin-inline: auto; padding-inline: 1rem; }
header { padding-block: 1.5rem 0.5rem; border-block-end: 1px solid var(--subtle); }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.5rem; }
h2 { font-size: 1.5rem; margin-block: 2.5rem 0.75rem; padding-block-start: 1rem; border-block-start: 2px solid var(--subtle); }
h3 { font-size: 1.2rem; margin-block: 2rem 0.5rem; line-height: 1.4; }
h4 { font-size: 1rem; margin-block: 1.25rem 0.5rem; }
.version, .operation-id, .auth, .schema-type, footer { color: var(--muted); }
nav { margin-block: 1.5rem; }
nav ul { padding-inline-start: 1.25rem; margin: 0.25rem 0; }
nav > ul > li { margin-block: 0.5rem; }
nav li li { margin-block: 0.25rem; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9375em; }
:not(pre) > code { background: var(--code-bg); padding: 0.05em 0.3em; border-radius: 0.25em; }
pre { background: var(--code-bg); padding: 0.75rem 1rem; border: 1px solid var(--subtle); border-radius: 0.375rem; white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
figure.example { margin: 0.75rem 0; }
figure.example figcaption { font-weight: 600; margin-block-end: 0.25rem; }
table { border-collapse: collapse; inline-size: 100%; margin-block: 0.5rem 1rem; }
caption { text-align: start; font-weight: 600; padding-block-end: 0.25rem; }
th, td { text-align: start; vertical-align: top; padding: 0.4rem 0.5rem; border: 1px solid var(--subtle); }
thead th { background: var(--code-bg); }
td p, td ul { margin: 0 0 0.35rem; }
td p:last-child { margin-block-end: 0; }
.operation { border-block-start: 1px solid var(--subtle); }
.method { display: inline-block; min-inline-size: 4.2em; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85em; font-weight: 700; padding: 0.1em 0.4em; border: 2px solid currentColor; border-radius: 0.25em; text-align: center; }
.method-get { color: var(--get); } .method-post { color: var(--post); } .method-delete { color: var(--delete); } .method-patch { color: var(--patch); } .method-put { color: var(--put); }
h3 .path { font-size: 0.95em; }
h3 .summary { display: block; font-weight: 400; font-size: 0.95rem; margin-block-start: 0.25rem; }
footer { padding-block: 2rem; border-block-start: 1px solid var(--subtle); margin-block-start: 3rem; }
@media (max-width: 40rem) {
  h1 { font-size: 1.6rem; }
  /* Narrow screens: each row becomes a card, each cell says which column it is. */
  table, tbody, tr, th, td, caption { display: block; }
  thead { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  tr { border: 1px solid var(--subtle); border-radius: 0.375rem; margin-block-end: 0.75rem; padding-block: 0.25rem; }
  th, td { border: 0; padding: 0.2rem 0.5rem; }
  [data-label]::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
  td[data-label] > p:first-child { display: inline; }
}
@media (forced-colors: active) {
  .method { border-color: CanvasText; }
}
`;

/** The whole page. */
export function renderApiReference(spec: Json): string {
  const info = spec.info ?? {};
  const serverUrl: string = spec.servers?.[0]?.url ?? '';
  const operations = operationsOf(spec);
  const declaredTags: Json[] = spec.tags ?? [];
  const tagNames = [...declaredTags.map((tag) => tag.name as string)];
  for (const op of operations) for (const tag of op.tags) if (!tagNames.includes(tag)) tagNames.push(tag);
  // An operation appears under its first tag only, so each operationId is on the page once.
  const byTag = new Map<string, Operation[]>(tagNames.map((tag) => [tag, []]));
  for (const op of operations) byTag.get(op.tags[0]!)!.push(op);
  const schemas = Object.entries<Json>(spec.components?.schemas ?? {});

  const toc = `<nav aria-labelledby="toc-title"><h2 id="toc-title">Contents</h2><ul>
<li><a href="#overview">Overview</a></li>
${tagNames
  .map(
    (tag) =>
      `<li><a href="#${anchor('tag', tag)}">${esc(tag)}</a><ul>${byTag
        .get(tag)!
        .map((op) => `<li><a href="#${anchor('op', op.id)}">${op.method.toUpperCase()} <code>${esc(op.path)}</code></a></li>`)
        .join('')}</ul></li>`,
  )
  .join('\n')}
<li><a href="#schemas">Schemas</a> (${schemas.length})</li>
</ul></nav>`;

  const tagSections = tagNames
    .map((tag) => {
      const declared = declaredTags.find((candidate) => candidate.name === tag);
      return `<section aria-labelledby="${anchor('tag', tag)}-title" id="${anchor('tag', tag)}">
<h2 id="${anchor('tag', tag)}-title">${esc(tag)}</h2>
${renderMarkdown(declared?.description)}
${byTag
  .get(tag)!
  .map((op) => operationSection(spec, op, serverUrl))
  .join('\n')}
</section>`;
    })
    .join('\n');

  const schemeRows = Object.entries<Json>(spec.components?.securitySchemes ?? {}).map(([name, scheme]) => [
    esc(name),
    scheme.type === 'http' ? `<code>Authorization: ${esc(scheme.scheme === 'bearer' ? 'Bearer …' : (scheme.scheme ?? ''))}</code>` : `${esc(scheme.type)} in the <code>${esc(scheme.name ?? '')}</code> ${esc(scheme.in ?? '')}`,
    renderMarkdown(scheme.description),
  ]);

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${esc(info.title ?? 'API')} ${esc(info.version ?? '')} reference</title>
<style>${styles}</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to the reference</a>
<header>
<h1>${esc(info.title ?? 'API')} reference</h1>
<p class="version">Version ${esc(info.version ?? '')}, OpenAPI ${esc(spec.openapi ?? '')}. Server URL <code>${esc(serverUrl)}</code>. ${renderInline(info.summary ?? '')}</p>
</header>
<main id="main" tabindex="-1">
${toc}
<section aria-labelledby="overview-title" id="overview">
<h2 id="overview-title">Overview</h2>
${renderMarkdown(info.description)}
${dataTable('Keys', ['Scheme', 'Sent as', 'Description'], schemeRows)}
</section>
${tagSections}
<section aria-labelledby="schemas-title" id="schemas">
<h2 id="schemas-title">Schemas</h2>
<p>Fields marked <strong>required</strong> are always present in a response and must be sent in a request.</p>
${schemas.map(([name, schema]) => schemaSection(spec, name, schema)).join('\n')}
</section>
</main>
<footer><p>Generated from <code>openapi/inspraak.yaml</code> by <code>npm run docs:api</code>. ${esc(info.license?.name ? `License: ${info.license.name}.` : '')}</p></footer>
</body>
</html>
`;
}

/** Reads the contract, writes `<outDir>/index.html`, returns the file's path. */
export function buildApiReference(outDir = defaultOutDir, contract = defaultContract): string {
  const spec = parse(readFileSync(contract, 'utf8')) as Json;
  const html = renderApiReference(spec);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'index.html');
  writeFileSync(file, html);
  return file;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const outDir = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]!) : defaultOutDir;
  const file = buildApiReference(outDir);
  console.log(`API reference: ${file} (${(readFileSync(file).length / 1024).toFixed(0)} KB)`);
}
