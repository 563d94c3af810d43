// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** Every value of `ModerationMode`, in the contract's order. */
export const ModerationModeValues = [
  "pre",
  "post"
] as const;
