// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /boards/{boardId}/ideas`: Send an idea to a board. */
export const createIdea = 'post /boards/{boardId}/ideas';
