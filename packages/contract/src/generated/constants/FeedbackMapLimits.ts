// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `FeedbackMap`'s properties. */
export const FeedbackMapLimits = {
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
    "maximum": 22
  },
  "maxZoom": {
    "minimum": 0,
    "maximum": 22
  },
  "categories": {
    "minItems": 1,
    "maxItems": 50
  },
  "limits": {
    "properties": {
      "descriptionMaxLength": {
        "minimum": 1
      },
      "photosPerReport": {
        "minimum": 0
      },
      "photoMaxBytes": {
        "minimum": 1
      }
    }
  }
} as const;
