// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /admin/maps/{mapId}`: One map with every setting, and how many reports and photos it holds. */
export const getMapForStaff = 'get /admin/maps/{mapId}';
