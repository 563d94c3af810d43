// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `Problem`'s properties. */
export const ProblemLimits = {
  "status": {
    "minimum": 400,
    "maximum": 599
  },
  "retryAfter": {
    "minimum": 0
  }
} as const;
