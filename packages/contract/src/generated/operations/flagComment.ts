// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /comments/{commentId}/flags`: Ask a moderator to look at a published comment. */
export const flagComment = 'post /comments/{commentId}/flags';
