// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /maps/{mapId}/reports`: List a map's public reports, newest first, optionally inside a bounding box. */
export const listReports = 'get /maps/{mapId}/reports';
