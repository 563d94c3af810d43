// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /admin/polls/{pollId}/results`: A poll's counts as they are now, whatever its visibility rule. */
export const getPollResultsForStaff = 'get /admin/polls/{pollId}/results';
