// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `PATCH /admin/boards/{boardId}`: Edit a board (JSON merge patch). */
export const updateBoard = 'patch /admin/boards/{boardId}';
