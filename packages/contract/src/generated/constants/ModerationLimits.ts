// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `Moderation`'s properties. */
export const ModerationLimits = {
  "state": {
    "enum": [
      "pending",
      "published",
      "hidden"
    ]
  },
  "hiddenReason": {
    "maxLength": 1000
  }
} as const;
