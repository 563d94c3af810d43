// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /admin/audit-log`: What was changed on this site, by whom and when, newest first (site admins only). */
export const listAuditLog = 'get /admin/audit-log';
