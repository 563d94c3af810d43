// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `SimilarIdea`'s properties. */
export const SimilarIdeaLimits = {
  "supportCount": {
    "minimum": 0
  },
  "score": {
    "minimum": 0,
    "maximum": 1
  }
} as const;
