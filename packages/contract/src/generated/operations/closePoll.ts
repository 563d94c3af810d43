// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /admin/polls/{pollId}/close`: Close a poll now. */
export const closePoll = 'post /admin/polls/{pollId}/close';
