// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `CategoryQuestion`'s properties. */
export const CategoryQuestionLimits = {
  "label": {
    "minLength": 1,
    "maxLength": 300
  },
  "hint": {
    "maxLength": 500
  },
  "kind": {
    "enum": [
      "text",
      "choice"
    ]
  },
  "choices": {
    "minItems": 2,
    "maxItems": 20
  }
} as const;
