// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `POST /admin/boards`: Create an idea board. */
export const createBoard = 'post /admin/boards';
