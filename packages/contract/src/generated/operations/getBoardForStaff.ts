// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /admin/boards/{boardId}`: One board with every setting, and how many ideas, comments and supports it holds. */
export const getBoardForStaff = 'get /admin/boards/{boardId}';
