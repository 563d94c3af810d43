// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `OfficialAnswer`'s properties. */
export const OfficialAnswerLimits = {
  "text": {
    "minLength": 1,
    "maxLength": 5000
  }
} as const;
