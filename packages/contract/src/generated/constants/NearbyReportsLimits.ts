// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `NearbyReports`'s properties. */
export const NearbyReportsLimits = {
  "items": {
    "maxItems": 10
  }
} as const;
