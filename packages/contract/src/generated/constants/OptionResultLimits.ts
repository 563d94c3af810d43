// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `OptionResult`'s properties. */
export const OptionResultLimits = {
  "count": {
    "minimum": 0
  },
  "percentage": {
    "minimum": 0,
    "maximum": 100
  }
} as const;
