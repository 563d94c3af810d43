// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /reports/{reportId}`: Read a public report, with its status history. */
export const getReport = 'get /reports/{reportId}';
