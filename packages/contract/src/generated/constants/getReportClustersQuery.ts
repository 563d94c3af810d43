// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits of `getReportClusters`'s query parameters. */
export const getReportClustersQuery = {
  "bbox": {
    "maxLength": 120,
    "pattern": "^-?\\d{1,3}(\\.\\d+)?,-?\\d{1,2}(\\.\\d+)?,-?\\d{1,3}(\\.\\d+)?,-?\\d{1,2}(\\.\\d+)?$"
  },
  "zoom": {
    "minimum": 0,
    "maximum": 22
  },
  "category": {
    "minLength": 1,
    "maxLength": 64,
    "pattern": "^[A-Za-z0-9_-]+$"
  },
  "status": {
    "enum": [
      "open",
      "acknowledged",
      "in-progress",
      "fixed",
      "closed"
    ]
  }
} as const;
