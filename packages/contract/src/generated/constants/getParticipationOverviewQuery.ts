// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits of `getParticipationOverview`'s query parameters. */
export const getParticipationOverviewQuery = {
  "from": {
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
  },
  "to": {
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
  }
} as const;
