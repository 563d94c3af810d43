// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /admin/comments/{commentId}/approve`: Publish a comment (from review, from hidden, or keep it after flags). */
export const approveComment = 'post /admin/comments/{commentId}/approve';
