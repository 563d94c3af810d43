// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /admin/overview`: Participation per day in each poll, board and map, the open items and the answers owed (every staff role). */
export const getParticipationOverview = 'get /admin/overview';
