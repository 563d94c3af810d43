// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /admin/reports/{reportId}/status-updates`: Set a report's status, with a note residents see. */
export const updateReportStatus = 'post /admin/reports/{reportId}/status-updates';
