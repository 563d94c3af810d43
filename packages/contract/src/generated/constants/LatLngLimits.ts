// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `LatLng`'s properties. */
export const LatLngLimits = {
  "lat": {
    "minimum": -90,
    "maximum": 90
  },
  "lng": {
    "minimum": -180,
    "maximum": 180
  }
} as const;
