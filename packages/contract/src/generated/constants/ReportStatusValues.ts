// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** Every value of `ReportStatus`, in the contract's order. */
export const ReportStatusValues = [
  "open",
  "acknowledged",
  "in-progress",
  "fixed",
  "closed"
] as const;
