// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `StatusHistoryEntry`'s properties. */
export const StatusHistoryEntryLimits = {
  "note": {
    "maxLength": 1000
  }
} as const;
