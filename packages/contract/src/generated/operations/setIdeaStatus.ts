// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /admin/ideas/{ideaId}/status`: Move an idea to its next status; adds a status history entry. */
export const setIdeaStatus = 'post /admin/ideas/{ideaId}/status';
