// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /admin/audit-log.csv`: Download this site's whole audit log as CSV (site admins only). */
export const exportAuditLog = 'get /admin/audit-log.csv';
