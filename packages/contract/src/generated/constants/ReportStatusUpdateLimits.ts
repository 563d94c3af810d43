// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `ReportStatusUpdate`'s properties. */
export const ReportStatusUpdateLimits = {
  "note": {
    "maxLength": 2000
  }
} as const;
