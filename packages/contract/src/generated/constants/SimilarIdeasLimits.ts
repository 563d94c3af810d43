// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `SimilarIdeas`'s properties. */
export const SimilarIdeasLimits = {
  "items": {
    "maxItems": 5
  }
} as const;
