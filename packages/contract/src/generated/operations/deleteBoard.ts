// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `DELETE /admin/boards/{boardId}`: Delete an idea board for good, with every idea on it. */
export const deleteBoard = 'delete /admin/boards/{boardId}';
