// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `ReportCluster`'s properties. */
export const ReportClusterLimits = {
  "count": {
    "minimum": 1
  }
} as const;
