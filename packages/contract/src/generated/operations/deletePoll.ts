// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `DELETE /admin/polls/{pollId}`: Delete a poll for good, with every ballot cast in it. */
export const deletePoll = 'delete /admin/polls/{pollId}';
