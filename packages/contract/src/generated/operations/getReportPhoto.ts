// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /photos/{photoId}`: A report's photo, as re-encoded and stripped on upload. */
export const getReportPhoto = 'get /photos/{photoId}';
