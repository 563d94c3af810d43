// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `PollResults`'s properties. */
export const PollResultsLimits = {
  "version": {
    "minimum": 0
  },
  "hiddenReason": {
    "enum": [
      "after-vote",
      "after-close",
      "never",
      "below-minimum"
    ]
  },
  "totalBallots": {
    "minimum": 0
  }
} as const;
