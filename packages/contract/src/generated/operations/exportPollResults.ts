// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /admin/polls/{pollId}/results.csv`: Download a poll's results as CSV, whatever its visibility rule. */
export const exportPollResults = 'get /admin/polls/{pollId}/results.csv';
