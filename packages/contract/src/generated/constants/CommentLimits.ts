// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `Comment`'s properties. */
export const CommentLimits = {
  "body": {
    "minLength": 1,
    "maxLength": 2000
  },
  "displayName": {
    "maxLength": 60
  }
} as const;
