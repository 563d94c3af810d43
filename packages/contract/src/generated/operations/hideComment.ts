// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /admin/comments/{commentId}/hide`: Hide a comment from every public read, with a reason. */
export const hideComment = 'post /admin/comments/{commentId}/hide';
