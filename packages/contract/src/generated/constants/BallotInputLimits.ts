// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `BallotInput`'s properties. */
export const BallotInputLimits = {
  "optionIds": {
    "minItems": 1,
    "maxItems": 20
  }
} as const;
