// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /boards/{boardId}`: Read an idea board. */
export const getBoard = 'get /boards/{boardId}';
