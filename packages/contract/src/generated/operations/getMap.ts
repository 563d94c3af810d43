// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /maps/{mapId}`: Read a feedback map's public configuration. */
export const getMap = 'get /maps/{mapId}';
