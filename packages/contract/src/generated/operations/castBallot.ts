// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /polls/{pollId}/ballots`: Cast or change this participant's ballot. */
export const castBallot = 'post /polls/{pollId}/ballots';
