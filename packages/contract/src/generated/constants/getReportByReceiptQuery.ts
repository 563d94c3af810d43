// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits of `getReportByReceipt`'s query parameters. */
export const getReportByReceiptQuery = {
  "receipt": {
    "maxLength": 100,
    "pattern": "^rr_[A-Za-z0-9_-]{20,}$"
  }
} as const;
