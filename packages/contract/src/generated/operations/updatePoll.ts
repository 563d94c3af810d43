// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `PATCH /admin/polls/{pollId}`: Edit a poll (JSON merge patch). */
export const updatePoll = 'patch /admin/polls/{pollId}';
