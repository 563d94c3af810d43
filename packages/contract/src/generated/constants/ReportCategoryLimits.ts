// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `ReportCategory`'s properties. */
export const ReportCategoryLimits = {
  "name": {
    "minLength": 1,
    "maxLength": 200
  },
  "description": {
    "maxLength": 1000
  },
  "questions": {
    "maxItems": 10
  }
} as const;
