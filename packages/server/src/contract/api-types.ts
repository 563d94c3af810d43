// The response and request shapes, generated from the contract by openapi-typescript (never
// hand-copied): `npm run generate` at the repository root refreshes them.
import type { components } from '@inspraak/sdk/types';

type Schemas = components['schemas'];
export type Poll = Schemas['Poll'];
export type PollCreate = Schemas['PollCreate'];
export type PollUpdate = Schemas['PollUpdate'];
export type PollPage = Schemas['PollPage'];
export type PollResults = Schemas['PollResults'];
export type Ballot = Schemas['Ballot'];
export type BallotInput = Schemas['BallotInput'];
export type BallotReceipt = Schemas['BallotReceipt'];
export type MyBallot = Schemas['MyBallot'];
export type Participant = Schemas['Participant'];
export type Health = Schemas['Health'];
export type ResultsVisibility = Schemas['ResultsVisibility'];
export type PollStatus = Schemas['PollStatus'];
