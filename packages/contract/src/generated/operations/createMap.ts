// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /admin/maps`: Create a feedback map. */
export const createMap = 'post /admin/maps';
