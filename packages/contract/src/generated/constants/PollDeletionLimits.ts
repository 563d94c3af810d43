// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `PollDeletion`'s properties. */
export const PollDeletionLimits = {
  "deleted": {
    "properties": {
      "options": {
        "minimum": 0
      },
      "ballots": {
        "minimum": 0
      }
    }
  }
} as const;
