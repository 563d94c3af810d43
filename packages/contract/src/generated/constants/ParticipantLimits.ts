// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `Participant`'s properties. */
export const ParticipantLimits = {
  "token": {
    "pattern": "^pt_[A-Za-z0-9_-]{20,}$"
  }
} as const;
