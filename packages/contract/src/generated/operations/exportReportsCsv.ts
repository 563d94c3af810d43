// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /admin/maps/{mapId}/reports.csv`: Download all of a map's reports as CSV. */
export const exportReportsCsv = 'get /admin/maps/{mapId}/reports.csv';
