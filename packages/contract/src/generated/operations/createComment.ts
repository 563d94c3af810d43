// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /ideas/{ideaId}/comments`: Comment on an idea, or reply to a comment (one level). */
export const createComment = 'post /ideas/{ideaId}/comments';
