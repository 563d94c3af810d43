// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `ReportProperties`'s properties. */
export const ReportPropertiesLimits = {
  "mediaUrls": {
    "maxItems": 3
  },
  "supportCount": {
    "minimum": 0
  }
} as const;
