// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /participants`: Issue an anonymous participant token for this site. */
export const createParticipant = 'post /participants';
