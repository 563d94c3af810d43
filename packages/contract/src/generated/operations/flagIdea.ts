// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /ideas/{ideaId}/flags`: Ask a moderator to look at a published idea. */
export const flagIdea = 'post /ideas/{ideaId}/flags';
