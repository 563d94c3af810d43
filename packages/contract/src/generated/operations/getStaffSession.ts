// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /staff/session`: Who is signed in to the console, and their role on each site. */
export const getStaffSession = 'get /staff/session';
