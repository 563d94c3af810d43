// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `ReportPhoto`'s properties. */
export const ReportPhotoLimits = {
  "mediaType": {
    "enum": [
      "image/jpeg"
    ]
  },
  "width": {
    "minimum": 1
  },
  "height": {
    "minimum": 1
  },
  "bytes": {
    "minimum": 1
  }
} as const;
