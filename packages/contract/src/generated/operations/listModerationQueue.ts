// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /admin/moderation-queue`: Ideas, comments and reports waiting for review or flagged, oldest first. */
export const listModerationQueue = 'get /admin/moderation-queue';
