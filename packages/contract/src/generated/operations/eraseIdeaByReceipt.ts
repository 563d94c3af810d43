// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `DELETE /ideas/by-receipt`: Erase an idea for good, by its receipt, whatever its moderation state. */
export const eraseIdeaByReceipt = 'delete /ideas/by-receipt';
