// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `DELETE /admin/maps/{mapId}`: Delete a feedback map for good, with every report on it. */
export const deleteMap = 'delete /admin/maps/{mapId}';
