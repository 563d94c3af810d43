// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /ideas/{ideaId}`: Read a published idea. */
export const getIdea = 'get /ideas/{ideaId}';
