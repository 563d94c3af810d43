// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `FlagInput`'s properties. */
export const FlagInputLimits = {
  "reason": {
    "enum": [
      "spam",
      "offensive",
      "personal-data",
      "off-topic",
      "other"
    ]
  },
  "detail": {
    "minLength": 1,
    "maxLength": 500
  }
} as const;
