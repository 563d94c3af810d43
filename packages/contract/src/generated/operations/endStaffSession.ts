// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `DELETE /staff/session`: Sign out of the console; the session cookie is cleared and no longer works. */
export const endStaffSession = 'delete /staff/session';
