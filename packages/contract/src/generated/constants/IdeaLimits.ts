// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `Idea`'s properties. */
export const IdeaLimits = {
  "title": {
    "minLength": 10,
    "maxLength": 120
  },
  "description": {
    "maxLength": 5000
  },
  "place": {
    "maxLength": 200
  },
  "displayName": {
    "maxLength": 60
  },
  "supportCount": {
    "minimum": 0
  },
  "commentCount": {
    "minimum": 0
  }
} as const;
