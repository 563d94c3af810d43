// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `Flag`'s properties. */
export const FlagLimits = {
  "targetType": {
    "enum": [
      "idea",
      "comment"
    ]
  },
  "reason": {
    "enum": [
      "spam",
      "offensive",
      "personal-data",
      "off-topic",
      "other"
    ]
  }
} as const;
