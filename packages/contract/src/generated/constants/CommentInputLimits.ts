// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `CommentInput`'s properties. */
export const CommentInputLimits = {
  "body": {
    "minLength": 1,
    "maxLength": 2000,
    "pattern": "\\S"
  },
  "displayName": {
    "minLength": 1,
    "maxLength": 60
  }
} as const;
