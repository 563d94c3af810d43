// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `ReportClusters`'s properties. */
export const ReportClustersLimits = {
  "total": {
    "minimum": 0
  }
} as const;
