// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** `GET /boards/{boardId}/ideas/similar`: Published ideas like a draft title ("support this one instead?"). */
export const findSimilarIdeas = 'get /boards/{boardId}/ideas/similar';
