// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** Every value of `ReportModeration`, in the contract's order. */
export const ReportModerationValues = [
  "pending",
  "published",
  "hidden"
] as const;
