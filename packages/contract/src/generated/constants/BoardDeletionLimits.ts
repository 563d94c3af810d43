// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `BoardDeletion`'s properties. */
export const BoardDeletionLimits = {
  "deleted": {
    "properties": {
      "ideas": {
        "minimum": 0
      },
      "comments": {
        "minimum": 0
      },
      "supports": {
        "minimum": 0
      },
      "flags": {
        "minimum": 0
      }
    }
  }
} as const;
