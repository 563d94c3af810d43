// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `TileLayer`'s properties. */
export const TileLayerLimits = {
  "urlTemplate": {
    "minLength": 1,
    "maxLength": 500,
    "pattern": "^https?://"
  },
  "attribution": {
    "minLength": 1,
    "maxLength": 300
  },
  "maxZoom": {
    "minimum": 0,
    "maximum": 22
  }
} as const;
