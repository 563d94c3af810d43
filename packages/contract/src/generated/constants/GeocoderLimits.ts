// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `Geocoder`'s properties. */
export const GeocoderLimits = {
  "kind": {
    "enum": [
      "pdok-locatieserver",
      "nominatim",
      "none"
    ]
  },
  "url": {
    "maxLength": 500
  }
} as const;
