// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /maps/{mapId}/reports`: Report a problem or an idea at a place on the map. */
export const createReport = 'post /maps/{mapId}/reports';
