// `@inspraak/sdk/types`: the contract's generated types (`paths`, `components`, `operations`),
// kept here for code written against the SDK; they live in @inspraak/contract.
export type * from '@inspraak/contract/types';
