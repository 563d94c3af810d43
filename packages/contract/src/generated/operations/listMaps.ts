// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /admin/maps`: List this site's feedback maps, newest first. */
export const listMaps = 'get /admin/maps';
