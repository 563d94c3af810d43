// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits of `listAdminReports`'s query parameters. */
export const listAdminReportsQuery = {
  "moderation": {
    "enum": [
      "pending",
      "published",
      "hidden"
    ]
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
  },
  "limit": {
    "minimum": 1,
    "maximum": 100,
    "default": 20
  },
  "cursor": {
    "maxLength": 200
  }
} as const;
