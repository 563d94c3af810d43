// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `PATCH /admin/maps/{mapId}`: Edit a feedback map (JSON merge patch). */
export const updateMap = 'patch /admin/maps/{mapId}';
