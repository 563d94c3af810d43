// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits of `streamResultsOfPolls`'s query parameters. */
export const streamResultsOfPollsQuery = {
  "pollIds": {
    "minItems": 1,
    "maxItems": 20
  }
} as const;
