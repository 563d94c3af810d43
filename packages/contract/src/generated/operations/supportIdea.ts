// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `PUT /ideas/{ideaId}/support`: Support an idea (idempotent). */
export const supportIdea = 'put /ideas/{ideaId}/support';
