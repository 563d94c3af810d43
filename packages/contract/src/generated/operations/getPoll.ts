// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /polls/{pollId}`: Read a poll. */
export const getPoll = 'get /polls/{pollId}';
