// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `IdeaInput`'s properties. */
export const IdeaInputLimits = {
  "title": {
    "minLength": 10,
    "maxLength": 120,
    "pattern": "\\S"
  },
  "description": {
    "maxLength": 5000,
    "default": ""
  },
  "place": {
    "minLength": 1,
    "maxLength": 200
  },
  "displayName": {
    "minLength": 1,
    "maxLength": 60
  }
} as const;
