// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `ReportCreate`'s properties. */
export const ReportCreateLimits = {
  "lat": {
    "minimum": -90,
    "maximum": 90
  },
  "lng": {
    "minimum": -180,
    "maximum": 180
  },
  "description": {
    "minLength": 1,
    "maxLength": 2000
  },
  "address": {
    "maxLength": 300
  },
  "answers": {
    "maxProperties": 10,
    "additionalProperties": {
      "maxLength": 500
    }
  }
} as const;
