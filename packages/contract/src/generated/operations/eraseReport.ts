// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `DELETE /admin/reports/{reportId}`: Erase a report for good, for a verified erasure request that reached the city another way. */
export const eraseReport = 'delete /admin/reports/{reportId}';
