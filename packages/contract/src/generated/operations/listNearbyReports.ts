// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /maps/{mapId}/reports/nearby`: "Already reported?": recent open reports of one category near a place. */
export const listNearbyReports = 'get /maps/{mapId}/reports/nearby';
