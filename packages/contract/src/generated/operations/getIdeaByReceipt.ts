// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /ideas/by-receipt`: Follow an idea by its receipt, whatever its moderation state. */
export const getIdeaByReceipt = 'get /ideas/by-receipt';
