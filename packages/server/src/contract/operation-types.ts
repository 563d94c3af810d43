import type { operations } from '@inspraak/contract/types';
import type { MultipartBody } from '../http/multipart-body.ts';

/** The contract's operation ids; every one must have a handler (checked at start). */
export type OperationId = keyof operations;

type Parameters<Id extends OperationId> = operations[Id]['parameters'];

/** `path?: never` (no such part) reads as `{}`; a declared part as its object. */
type Part<T> = [NonNullable<T>] extends [never] ? Record<never, never> : NonNullable<T>;

/** Path parameters as the contract declares them (`{ pollId: string }`). */
export type OperationParams<Id extends OperationId> = Part<Parameters<Id>['path']>;

/** The query after validation: numbers coerced, defaults filled, comma lists split. */
export type OperationQuery<Id extends OperationId> = Part<Parameters<Id>['query']>;

/** Header parameters under the lower-cased names Node gives them (`idempotency-key`). */
export type OperationHeaders<Id extends OperationId> = {
  [Name in keyof Part<Parameters<Id>['header']> as Lowercase<Name & string>]: Part<Parameters<Id>['header']>[Name];
};

type Content<Id extends OperationId> = operations[Id] extends { requestBody: { content: infer C } }
  ? C
  : operations[Id] extends { requestBody?: { content: infer C } }
    ? C
    : never;

/** The body after validation; a multipart body arrives parsed as its fields and files. */
export type OperationBody<Id extends OperationId> = [Content<Id>] extends [never]
  ? undefined
  : { [Media in keyof Content<Id>]: Media extends 'multipart/form-data' ? MultipartBody : Content<Id>[Media] }[keyof Content<Id>];

type SuccessStatus = 200 | 201 | 202 | 203 | 206;

/** What a handler may return: the body of one of the operation's 2xx responses (any media type). */
export type OperationResult<Id extends OperationId> = {
  [Status in keyof operations[Id]['responses']]: Status extends SuccessStatus
    ? operations[Id]['responses'][Status] extends { content: infer C }
      ? C[keyof C]
      : never
    : never;
}[keyof operations[Id]['responses']];
