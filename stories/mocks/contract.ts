/**
 * The examples of the API contract (openapi/inspraak.yaml), read from the YAML itself: every mocked
 * response in Storybook is one of them, or one varied by a small typed helper (stories/mocks/vary.ts).
 * Nothing is copied by hand, so a change to the contract shows up in the stories.
 */
import contractText from '../../openapi/inspraak.yaml?raw';
import { parse } from 'yaml';
import type { components, operations } from '@inspraak/sdk/types';

export type OperationId = keyof operations;
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
type Responses<Op extends OperationId> = operations[Op]['responses'];
export type StatusOf<Op extends OperationId> = keyof Responses<Op> & number;
/** The JSON body of a response of an operation, as the generated contract types say. */
export type ResponseBody<Op extends OperationId, S extends StatusOf<Op>> = Responses<Op>[S] extends {
  content: { 'application/json': infer T };
}
  ? T
  : never;
/** The shared error responses of the contract (`components/responses`) that have examples. */
export type ProblemResponse = 'Unauthorized' | 'NotFound' | 'UnprocessableContent' | 'TooManyRequests' | 'InternalError' | 'Unavailable';

interface MediaType {
  examples?: Record<string, { value: unknown }>;
}
interface ResponseObject {
  $ref?: string;
  content?: Record<string, MediaType>;
}
interface OperationObject {
  operationId?: string;
  responses: Record<string, ResponseObject>;
}
interface Contract {
  paths: Record<string, Record<string, OperationObject>>;
  components: { responses: Record<string, ResponseObject> };
}

const contract = parse(contractText) as Contract;
const methods = ['get', 'put', 'post', 'patch', 'delete'] as const;
export type Method = (typeof methods)[number];

/** Where an operation lives: its method and its path template (`/polls/{pollId}`). */
export function route(operationId: OperationId): { method: Method; path: string; operation: OperationObject } {
  for (const [path, item] of Object.entries(contract.paths)) {
    for (const method of methods) {
      const operation = item[method];
      if (operation?.operationId === operationId) return { method, path, operation };
    }
  }
  throw new Error(`The contract has no operation ${operationId}`);
}

function exampleOf(response: ResponseObject | undefined, where: string, name?: string): unknown {
  const resolved = response?.$ref ? contract.components.responses[response.$ref.split('/').pop()!] : response;
  const media = Object.values(resolved?.content ?? {})[0];
  const examples = media?.examples ?? {};
  const key = name ?? Object.keys(examples)[0];
  if (!key || !(key in examples)) {
    throw new Error(`The contract has no example ${name ? `"${name}" ` : ''}for ${where}: add one to openapi/inspraak.yaml`);
  }
  // A copy: stories vary examples without touching the next story's.
  return structuredClone(examples[key]!.value);
}

/** The contract's example of a response (the first one, or the one called `name`). */
export function example<Op extends OperationId, S extends StatusOf<Op>>(operationId: Op, status: S, name?: string): ResponseBody<Op, S> {
  const { operation } = route(operationId);
  return exampleOf(operation.responses[String(status)], `${operationId} ${status}`, name) as ResponseBody<Op, S>;
}

/** The contract's example of a shared error response, e.g. `problem('NotFound')`. */
export function problem(response: ProblemResponse, name?: string): Problem {
  return exampleOf(contract.components.responses[response], response, name) as Problem;
}
