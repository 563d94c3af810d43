// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /maps/{mapId}/clusters`: Counts of public reports per grid cell, for drawing clusters. */
export const getReportClusters = 'get /maps/{mapId}/clusters';
