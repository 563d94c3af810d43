// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /polls/results/stream`: Live results of several polls on one Server-Sent Events stream. */
export const streamResultsOfPolls = 'get /polls/results/stream';
