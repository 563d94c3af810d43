#!/usr/bin/env node
// `npm run generate` at the repository root: what TypeScript code knows of openapi/inspraak.yaml,
// written from the contract and never by hand.
// - src/generated/api.ts: the types (openapi-typescript), `paths`, `components` and `operations`;
// - src/generated/constants/: the contract's enums as arrays and its limits (`maxLength`,
//   `minimum`, `default`, …) as objects, one file each, re-exported by constants.ts, so widgets,
//   services and tables read one fact instead of copying it;
// - src/generated/operations/: each operation's method and path (`'post /polls/{pollId}/ballots'`) as
//   a constant named by its operationId, one file each, so the SDK never writes a path by hand and a
//   bundle keeps only the operations its code calls.
// `--check` writes nothing and fails, naming the file, when any is stale (the contract step runs it).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const repositoryRoot = join(packageRoot, '../..');
const contractFile = join(repositoryRoot, 'openapi/inspraak.yaml');

/** The keywords that limit a value, in the order they are written out. */
const limitKeywords = ['minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems', 'maxProperties', 'default'];

const pascal = (text) => text.replace(/(^|[-_{}/\s.]+)([a-zA-Z0-9])/g, (_, _sep, letter) => letter.toUpperCase());

/** `text` with each local `$ref` followed. */
function resolve(contract, node) {
  let value = node;
  while (value && typeof value === 'object' && typeof value.$ref === 'string') {
    value = value.$ref.replace(/^#\//, '').split('/').reduce((at, key) => at?.[key], contract);
  }
  return value;
}

/** The enum of a schema without `null` (nullable is the type's business), or undefined. */
function enumOf(schema) {
  if (!schema || !Array.isArray(schema.enum)) return undefined;
  return schema.enum.filter((value) => value !== null);
}

/**
 * The limits written on a schema itself (not behind a `$ref`: a named schema has its own constant),
 * with those of its properties and array items nested under their names.
 */
function limitsOf(schema) {
  if (!schema || typeof schema !== 'object') return undefined;
  const out = {};
  for (const keyword of limitKeywords) if (schema[keyword] !== undefined) out[keyword] = schema[keyword];
  // Beside a `$ref` only its own keywords (a `default`) count: the named schema has its own constant.
  if (schema.$ref) return Object.keys(out).length > 0 ? out : undefined;
  const values = enumOf(schema);
  if (values) out.enum = values;
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const nested = limitsOf(property);
    if (nested) (out.properties ??= {})[name] = nested;
  }
  const items = limitsOf(schema.items);
  if (items) out.items = items;
  const additional = limitsOf(schema.additionalProperties);
  if (additional) out.additionalProperties = additional;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * `constants/<name>.ts` for each fact (an enum's values, a schema's limits, an operation's query
 * limits) and `constants.ts` re-exporting them all. One file each for the reason operations have
 * one: a bundler puts a whole module in one chunk, so a fact read by one widget alone stays in that
 * widget's chunk, where the minifier folds `IdeaInputLimits.title.maxLength` into `120`.
 */
function constantModules(contract) {
  const header = [
    '// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).',
    '// Do not edit: change the contract and generate again.',
  ];
  const modules = {};
  const write = (doc, name, value) => {
    modules[`${name}.ts`] = [...header, '', `/** ${doc} */`, `export const ${name} = ${JSON.stringify(value, null, 2)} as const;`, ''].join('\n');
  };

  for (const [name, schema] of Object.entries(contract.components.schemas)) {
    const values = enumOf(schema);
    if (values && !schema.properties) {
      write(`Every value of \`${name}\`, in the contract's order.`, `${name}Values`, values);
      continue;
    }
    const limits = limitsOf(schema);
    if (limits?.properties) write(`The limits and enums of \`${name}\`'s properties.`, `${name}Limits`, limits.properties);
  }

  for (const pathItem of Object.values(contract.paths)) {
    for (const [method, operation] of Object.entries(pathItem)) {
      if (!operation?.operationId || method === 'parameters') continue;
      const parameters = {};
      for (const raw of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
        const parameter = resolve(contract, raw);
        if (parameter.in !== 'query') continue;
        const limits = limitsOf(resolve(contract, parameter.schema));
        if (limits) parameters[parameter.name] = limits;
      }
      if (Object.keys(parameters).length > 0) {
        write(`The limits of \`${operation.operationId}\`'s query parameters.`, `${operation.operationId}Query`, parameters);
      }
    }
  }
  const index = [
    ...header,
    '// Every enum and limit of the contract, each from its own file (see constants/).',
    '',
    ...Object.keys(modules).map((name) => `export * from './constants/${name}';`),
    '',
  ].join('\n');
  return { index, modules };
}

/** One named type per schema (`export type Poll = Schemas['Poll']`), so no alias is written by hand. */
function schemaTypesModule(contract) {
  return [
    '// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).',
    '// Do not edit: change the contract and generate again. One type per schema, by its name.',
    "import type { components } from './api.ts';",
    '',
    "type Schemas = components['schemas'];",
    '',
    ...Object.keys(contract.components.schemas).map((name) => `export type ${name} = Schemas['${name}'];`),
    '',
  ].join('\n');
}

/**
 * `operations/<operationId>.ts` for each operation, and `operations/index.ts` re-exporting them all.
 * An operation is one string, method and path, the fewest bytes a bundle can carry for it; one file
 * each, because a bundler puts a whole module in one chunk: a file shared by a page's code and a
 * lazily loaded API would put the lazy API's paths on the page.
 */
function operationModules(contract) {
  const header = [
    '// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).',
    '// Do not edit: change the contract and generate again.',
  ];
  const modules = {};
  for (const [path, pathItem] of Object.entries(contract.paths)) {
    for (const [method, operation] of Object.entries(pathItem)) {
      if (!operation?.operationId || method === 'parameters') continue;
      modules[`${operation.operationId}.ts`] = [
        ...header,
        '',
        `/** \`${method.toUpperCase()} ${path}\`: ${operation.summary ?? operation.operationId} */`,
        `export const ${operation.operationId} = '${method} ${path}';`,
        '',
      ].join('\n');
    }
  }
  const names = Object.keys(modules).sort();
  modules['index.ts'] = [
    ...header,
    "// Every operation of the contract as `'<method> <path>'`, named by its operationId; a bundle that",
    '// must stay small imports each from its own file (`@inspraak/contract/operations/castBallot`).',
    '',
    ...names.map((name) => `export * from './${name}';`),
    '',
  ].join('\n');
  return modules;
}

async function typesModule() {
  const ast = await openapiTS(pathToFileURL(contractFile), { defaultNonNullable: false });
  return `/**\n * This file was auto-generated by openapi-typescript.\n * Do not make direct changes to the file.\n */\n\n${astToString(ast)}`;
}

/** The generated files' paths and their contents as the contract says now. */
export async function generatedFiles() {
  const contract = parse(readFileSync(contractFile, 'utf8'));
  const operations = Object.entries(operationModules(contract)).map(([name, text]) => [join(packageRoot, 'src/generated/operations', name), text]);
  const constants = constantModules(contract);
  return {
    [join(packageRoot, 'src/generated/api.ts')]: await typesModule(),
    [join(packageRoot, 'src/generated/constants.ts')]: constants.index,
    ...Object.fromEntries(Object.entries(constants.modules).map(([name, text]) => [join(packageRoot, 'src/generated/constants', name), text])),
    [join(packageRoot, 'src/generated/schemas.ts')]: schemaTypesModule(contract),
    ...Object.fromEntries(operations),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, text] of Object.entries(await generatedFiles())) {
    const name = relative(repositoryRoot, file);
    let current = '';
    try { current = readFileSync(file, 'utf8'); } catch {}
    if (!check) {
      // Unchanged files are left alone: tests that read them may be running (`npm test` runs steps in parallel).
      if (current !== text) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
      console.log(`generate: ${name}${current === text ? ' (unchanged)' : ''}`);
      continue;
    }
    if (current !== text) {
      console.error(`${name} is stale: run \`npm run generate\` at the repository root`);
      stale += 1;
    }
  }
  process.exit(stale > 0 ? 1 : 0);
}
