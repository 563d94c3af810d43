// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `BoardUpdate`'s properties. */
export const BoardUpdateLimits = {
  "title": {
    "minLength": 1,
    "maxLength": 200
  },
  "description": {
    "maxLength": 2000
  },
  "categories": {
    "minItems": 1,
    "maxItems": 30
  },
  "supportThreshold": {
    "minimum": 1,
    "maximum": 1000000
  },
  "answerWithinDays": {
    "minimum": 1,
    "maximum": 365
  }
} as const;
