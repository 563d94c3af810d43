// The contract as a document, for code that reads it at run time (the server's validators, the
// tests' response checks). Node only: `@inspraak/contract/loader`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The repository's openapi/inspraak.yaml when run from the TypeScript sources; in the installed
 * package the same document as JSON, which the package's build writes (YAML takes ~0.8 s to parse
 * here, JSON 3 ms).
 */
export const contractPath = import.meta.url.endsWith('.ts')
  ? path.resolve(here, '../../../openapi/inspraak.yaml')
  : path.resolve(here, 'openapi/inspraak.json');

/** The URI under which the contract is registered with Ajv; `$ref`s point into it. */
export const contractId = 'urn:inspraak:contract';

export type JsonSchema = Record<string, unknown>;

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  /** `form` with `explode: false` sends an array as one comma-separated value. */
  style?: string;
  explode?: boolean;
  schema: JsonSchema;
}

export interface OperationObject {
  operationId: string;
  parameters?: Array<ParameterObject | { $ref: string }>;
  security?: Array<Record<string, string[]>>;
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, unknown>;
}

export interface ContractDocument {
  openapi: string;
  paths: Record<string, Record<string, unknown> & { parameters?: OperationObject['parameters'] }>;
  components: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

let cached: ContractDocument | undefined;

/** Reads the contract once; the server and its tests share this one copy. */
export function loadContract(): ContractDocument {
  if (!cached) {
    const text = readFileSync(contractPath, 'utf8');
    cached = (contractPath.endsWith('.json') ? JSON.parse(text) : parse(text)) as ContractDocument;
  }
  return cached;
}

/** Follows a local `$ref` (`#/components/...`) inside the contract. */
export function resolveRef<T>(contract: ContractDocument, value: T | { $ref: string }): T {
  if (value && typeof value === 'object' && '$ref' in value && typeof value.$ref === 'string') {
    const segments = value.$ref.replace(/^#\//, '').split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node: unknown = contract;
    for (const segment of segments) node = (node as Record<string, unknown>)[segment];
    if (node === undefined) throw new Error(`Unresolved $ref ${value.$ref}`);
    return resolveRef(contract, node as T | { $ref: string });
  }
  return value as T;
}

/** Rewrites `#/components/...` refs so a schema taken out of the document still resolves in Ajv. */
export function anchorRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(anchorRefs);
  if (schema && typeof schema === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(schema)) {
      out[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? contractId + value : anchorRefs(value);
    }
    return out;
  }
  return schema;
}

export const httpMethods = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'] as const;

export interface ContractOperation {
  method: (typeof httpMethods)[number];
  /** OpenAPI path, e.g. `/polls/{pollId}`. */
  path: string;
  operation: OperationObject;
  parameters: ParameterObject[];
}

/** Every operation in the contract, with path-level and operation-level parameters merged. */
export function listOperations(contract: ContractDocument = loadContract()): ContractOperation[] {
  const operations: ContractOperation[] = [];
  for (const [pathKey, pathItem] of Object.entries(contract.paths)) {
    for (const method of httpMethods) {
      const operation = pathItem[method] as OperationObject | undefined;
      if (!operation) continue;
      const merged = new Map<string, ParameterObject>();
      for (const raw of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
        const parameter = resolveRef<ParameterObject>(contract, raw);
        merged.set(`${parameter.in}:${parameter.name.toLowerCase()}`, parameter);
      }
      operations.push({ method, path: pathKey, operation, parameters: [...merged.values()] });
    }
  }
  return operations;
}
