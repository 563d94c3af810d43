// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `DELETE /reports/by-receipt`: Erase a report for good, by the receipt its reporter kept, whatever its moderation state. */
export const eraseReportByReceipt = 'delete /reports/by-receipt';
