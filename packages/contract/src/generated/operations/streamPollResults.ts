// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /polls/{pollId}/results/stream`: Live results as Server-Sent Events. */
export const streamPollResults = 'get /polls/{pollId}/results/stream';
