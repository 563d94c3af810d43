// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /polls/{pollId}/ballot`: Read the ballot this participant cast in a poll, if any. */
export const getMyBallot = 'get /polls/{pollId}/ballot';
