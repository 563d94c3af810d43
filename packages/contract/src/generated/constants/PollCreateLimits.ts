// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `PollCreate`'s properties. */
export const PollCreateLimits = {
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
  "selection": {
    "default": "single"
  },
  "maxChoices": {
    "minimum": 1,
    "maximum": 20
  },
  "resultsVisibility": {
    "default": "after-vote"
  },
  "minBallots": {
    "minimum": 0,
    "maximum": 100000,
    "default": 0
  }
} as const;
