// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** Every value of `StaffRole`, in the contract's order. */
export const StaffRoleValues = [
  "admin",
  "editor",
  "moderator"
] as const;
