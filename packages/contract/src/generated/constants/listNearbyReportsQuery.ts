// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits of `listNearbyReports`'s query parameters. */
export const listNearbyReportsQuery = {
  "lat": {
    "minimum": -90,
    "maximum": 90
  },
  "lng": {
    "minimum": -180,
    "maximum": 180
  },
  "category": {
    "minLength": 1,
    "maxLength": 64,
    "pattern": "^[A-Za-z0-9_-]+$"
  },
  "radius": {
    "minimum": 1,
    "maximum": 1000,
    "default": 50
  }
} as const;
