// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /polls/{pollId}/results`: Read a poll's results, as far as its visibility rule allows. */
export const getPollResults = 'get /polls/{pollId}/results';
