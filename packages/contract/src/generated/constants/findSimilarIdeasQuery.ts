// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits of `findSimilarIdeas`'s query parameters. */
export const findSimilarIdeasQuery = {
  "q": {
    "minLength": 3,
    "maxLength": 200
  }
} as const;
