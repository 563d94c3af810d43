// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `DELETE /admin/ideas/{ideaId}`: Erase an idea for good, for a verified erasure request that reached the city another way. */
export const eraseIdea = 'delete /admin/ideas/{ideaId}';
