// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `ReportModerationInput`'s properties. */
export const ReportModerationInputLimits = {
  "decision": {
    "enum": [
      "publish",
      "hide"
    ]
  },
  "note": {
    "minLength": 1,
    "maxLength": 1000
  }
} as const;
