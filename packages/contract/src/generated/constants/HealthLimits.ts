// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `Health`'s properties. */
export const HealthLimits = {
  "status": {
    "enum": [
      "ok"
    ]
  },
  "database": {
    "enum": [
      "sqlite",
      "postgres"
    ]
  }
} as const;
