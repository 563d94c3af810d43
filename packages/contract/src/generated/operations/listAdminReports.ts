// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /admin/maps/{mapId}/reports`: List all of a map's reports, newest first, also those waiting for review or hidden. */
export const listAdminReports = 'get /admin/maps/{mapId}/reports';
