// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `Poll`'s properties. */
export const PollLimits = {
  "question": {
    "minLength": 1,
    "maxLength": 300
  },
  "description": {
    "maxLength": 2000
  },
  "options": {
    "minItems": 2,
    "maxItems": 20
  },
  "maxChoices": {
    "minimum": 1,
    "maximum": 20
  },
  "minBallots": {
    "minimum": 0,
    "maximum": 100000
  },
  "integrity": {
    "enum": [
      "open"
    ]
  }
} as const;
