// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits of `listModerationQueue`'s query parameters. */
export const listModerationQueueQuery = {
  "boardId": {
    "minLength": 1,
    "maxLength": 64,
    "pattern": "^[A-Za-z0-9_-]+$"
  },
  "mapId": {
    "minLength": 1,
    "maxLength": 64,
    "pattern": "^[A-Za-z0-9_-]+$"
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
