// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `FeedbackMapDeletion`'s properties. */
export const FeedbackMapDeletionLimits = {
  "deleted": {
    "properties": {
      "reports": {
        "minimum": 0
      },
      "photos": {
        "minimum": 0
      },
      "supports": {
        "minimum": 0
      },
      "statusUpdates": {
        "minimum": 0
      }
    }
  }
} as const;
