// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** Every value of `HideReasonCode`, in the contract's order. */
export const HideReasonCodeValues = [
  "personal-data",
  "offensive",
  "spam",
  "off-topic",
  "duplicate"
] as const;
