// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `ReportSupport`'s properties. */
export const ReportSupportLimits = {
  "supportCount": {
    "minimum": 0
  }
} as const;
