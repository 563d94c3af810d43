// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /admin/ideas/{ideaId}/hide`: Hide an idea from every public read, with a reason from the list (and a note for its author). */
export const hideIdea = 'post /admin/ideas/{ideaId}/hide';
