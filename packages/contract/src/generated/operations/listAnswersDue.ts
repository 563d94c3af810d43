// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /admin/answers-due`: Ideas that reached their board's support threshold and still wait for the city's answer, soonest due first. */
export const listAnswersDue = 'get /admin/answers-due';
