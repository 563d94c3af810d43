// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /reports/{reportId}/photos`: Add a photo to a report (at most 3), with the report's receipt. */
export const addReportPhoto = 'post /reports/{reportId}/photos';
