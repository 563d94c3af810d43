// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `PUT /admin/ideas/{ideaId}/answer`: Write or replace the city's official answer to an idea. */
export const answerIdea = 'put /admin/ideas/{ideaId}/answer';
