// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /health`: Whether the service and its database answer. */
export const getHealth = 'get /health';
