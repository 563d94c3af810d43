// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `CategoryQuestionChoice`'s properties. */
export const CategoryQuestionChoiceLimits = {
  "label": {
    "minLength": 1,
    "maxLength": 200
  }
} as const;
