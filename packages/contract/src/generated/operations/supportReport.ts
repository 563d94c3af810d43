// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /reports/{reportId}/supports`: "Me too": this participant supports a public report (once). */
export const supportReport = 'post /reports/{reportId}/supports';
