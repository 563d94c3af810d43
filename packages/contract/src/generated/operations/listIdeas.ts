// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /boards/{boardId}/ideas`: List the published ideas on a board. */
export const listIdeas = 'get /boards/{boardId}/ideas';
