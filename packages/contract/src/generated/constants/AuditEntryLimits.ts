// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `AuditEntry`'s properties. */
export const AuditEntryLimits = {
  "actor": {
    "properties": {
      "kind": {
        "enum": [
          "staff",
          "admin-token"
        ]
      }
    }
  },
  "subject": {
    "properties": {
      "type": {
        "enum": [
          "poll",
          "board",
          "map",
          "idea",
          "comment",
          "report"
        ]
      }
    }
  }
} as const;
