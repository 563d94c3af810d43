// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /reports/by-receipt`: Read a report, public or not yet, by the receipt its reporter kept. */
export const getReportByReceipt = 'get /reports/by-receipt';
