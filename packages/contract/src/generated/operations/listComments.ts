// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /ideas/{ideaId}/comments`: The published comments on a published idea, oldest first. */
export const listComments = 'get /ideas/{ideaId}/comments';
