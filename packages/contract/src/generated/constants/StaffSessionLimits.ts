// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `StaffSession`'s properties. */
export const StaffSessionLimits = {
  "email": {
    "maxLength": 254
  }
} as const;
