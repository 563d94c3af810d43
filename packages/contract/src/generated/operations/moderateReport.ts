// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /admin/reports/{reportId}/moderation`: Publish a report that waits for review, or hide a report. */
export const moderateReport = 'post /admin/reports/{reportId}/moderation';
