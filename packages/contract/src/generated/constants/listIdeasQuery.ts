// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits of `listIdeas`'s query parameters. */
export const listIdeasQuery = {
  "sort": {
    "default": "newest",
    "enum": [
      "newest",
      "most-supported"
    ]
  },
  "category": {
    "minLength": 1,
    "maxLength": 64,
    "pattern": "^[A-Za-z0-9_-]+$"
  },
  "status": {
    "enum": [
      "submitted",
      "under-consideration",
      "accepted",
      "rejected",
      "implemented"
    ]
  },
  "hidden": {
    "default": "omit",
    "enum": [
      "omit",
      "notices"
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
