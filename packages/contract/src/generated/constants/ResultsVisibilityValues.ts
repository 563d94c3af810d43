// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** Every value of `ResultsVisibility`, in the contract's order. */
export const ResultsVisibilityValues = [
  "always",
  "after-vote",
  "after-close",
  "never"
] as const;
