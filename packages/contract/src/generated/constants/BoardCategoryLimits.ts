// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `BoardCategory`'s properties. */
export const BoardCategoryLimits = {
  "label": {
    "minLength": 1,
    "maxLength": 80
  }
} as const;
