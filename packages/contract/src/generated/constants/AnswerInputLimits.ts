// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `AnswerInput`'s properties. */
export const AnswerInputLimits = {
  "text": {
    "minLength": 1,
    "maxLength": 5000,
    "pattern": "\\S"
  }
} as const;
