// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits of `listBoards`'s query parameters. */
export const listBoardsQuery = {
  "limit": {
    "minimum": 1,
    "maximum": 100,
    "default": 20
  },
  "cursor": {
    "maxLength": 200
  }
} as const;
