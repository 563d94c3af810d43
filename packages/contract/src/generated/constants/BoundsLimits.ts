// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `Bounds`'s properties. */
export const BoundsLimits = {
  "south": {
    "minimum": -90,
    "maximum": 90
  },
  "west": {
    "minimum": -180,
    "maximum": 180
  },
  "north": {
    "minimum": -90,
    "maximum": 90
  },
  "east": {
    "minimum": -180,
    "maximum": 180
  }
} as const;
