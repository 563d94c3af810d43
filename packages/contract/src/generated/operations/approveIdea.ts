// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /admin/ideas/{ideaId}/approve`: Publish an idea (from review, from hidden, or keep it after flags). */
export const approveIdea = 'post /admin/ideas/{ideaId}/approve';
