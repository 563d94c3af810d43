// @inspraak/contract: what code knows of the API contract (openapi/inspraak.yaml), in one place.
// A type per schema and the list queries (generated and named from the contract, never a schema
// copied by hand), and the contract's enums and limits as constants (src/generated/constants.ts). Browsers and Node; the document itself is read
// by `@inspraak/contract/loader` (Node only).
export type * from './generated/schemas.ts';
export type * from './query-types.ts';
export type { components, operations, paths } from './generated/api.ts';
export * from './generated/constants.ts';
