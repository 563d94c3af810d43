// @inspraak/contract: what code knows of the API contract (openapi/inspraak.yaml), in one place.
// Named aliases of the generated types (never a schema copied by hand) and the contract's enums and
// limits as constants (src/generated/constants.ts). Browsers and Node; the document itself is read
// by `@inspraak/contract/loader` (Node only).
export type * from './poll-types.ts';
export type * from './idea-types.ts';
export type * from './map-types.ts';
export type { components, operations, paths } from './generated/api.ts';
export * from './generated/constants.ts';
