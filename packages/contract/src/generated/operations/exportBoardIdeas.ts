// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /admin/boards/{boardId}/ideas.csv`: Download every idea of a board as CSV, whatever its moderation state. */
export const exportBoardIdeas = 'get /admin/boards/{boardId}/ideas.csv';
