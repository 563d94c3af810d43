// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /admin/polls`: Create a poll. */
export const createPoll = 'post /admin/polls';
