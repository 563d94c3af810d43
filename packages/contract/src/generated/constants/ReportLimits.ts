// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `Report`'s properties. */
export const ReportLimits = {
  "geometry": {
    "properties": {
      "coordinates": {
        "minItems": 2,
        "maxItems": 2
      }
    }
  }
} as const;
