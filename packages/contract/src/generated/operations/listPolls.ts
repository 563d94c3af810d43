// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /admin/polls`: List this site's polls, newest first. */
export const listPolls = 'get /admin/polls';
