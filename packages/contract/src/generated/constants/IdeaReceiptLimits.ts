// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `IdeaReceipt`'s properties. */
export const IdeaReceiptLimits = {
  "token": {
    "pattern": "^irc_[A-Za-z0-9_-]{20,100}$"
  }
} as const;
