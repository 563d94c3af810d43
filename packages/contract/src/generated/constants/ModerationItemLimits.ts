// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `ModerationItem`'s properties. */
export const ModerationItemLimits = {
  "type": {
    "enum": [
      "idea",
      "comment",
      "report"
    ]
  },
  "reason": {
    "enum": [
      "pending",
      "flagged"
    ]
  },
  "flagCount": {
    "minimum": 0
  },
  "flagReasons": {
    "items": {
      "enum": [
        "spam",
        "offensive",
        "personal-data",
        "off-topic",
        "other"
      ]
    }
  }
} as const;
