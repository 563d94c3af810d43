// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** Every value of `BoardModeration`, in the contract's order. */
export const BoardModerationValues = [
  "pre",
  "post"
] as const;
