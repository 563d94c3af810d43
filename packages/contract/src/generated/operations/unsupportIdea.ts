// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `DELETE /ideas/{ideaId}/support`: Withdraw support (idempotent). */
export const unsupportIdea = 'delete /ideas/{ideaId}/support';
