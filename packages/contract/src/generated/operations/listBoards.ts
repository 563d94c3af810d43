// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /admin/boards`: List this site's idea boards, newest first. */
export const listBoards = 'get /admin/boards';
