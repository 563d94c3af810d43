// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `FeedbackMapCreate`'s properties. */
export const FeedbackMapCreateLimits = {
  "title": {
    "minLength": 1,
    "maxLength": 200
  },
  "description": {
    "maxLength": 2000
  },
  "zoom": {
    "minimum": 0,
    "maximum": 22
  },
  "minZoom": {
    "minimum": 0,
    "maximum": 22,
    "default": 10
  },
  "maxZoom": {
    "minimum": 0,
    "maximum": 22,
    "default": 19
  },
  "categories": {
    "minItems": 1,
    "maxItems": 50
  },
  "moderation": {
    "default": "post"
  },
  "status": {
    "default": "open"
  }
} as const;
