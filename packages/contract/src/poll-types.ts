/**
 * Named aliases of the generated contract types. Never copy a schema by hand: add an alias here.
 */
import type { components, operations } from './generated/api.ts';

type Schemas = components['schemas'];

export type Poll = Schemas['Poll'];
export type PollOption = Schemas['PollOption'];
export type PollResults = Schemas['PollResults'];
export type OptionResult = Schemas['OptionResult'];
export type Ballot = Schemas['Ballot'];
export type BallotInput = Schemas['BallotInput'];
export type BallotReceipt = Schemas['BallotReceipt'];
export type PollCreate = Schemas['PollCreate'];
export type PollUpdate = Schemas['PollUpdate'];
export type PollPage = Schemas['PollPage'];
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];
export type Health = Schemas['Health'];
export type Participant = Schemas['Participant'];
export type MyBallot = Schemas['MyBallot'];

/** The query of `GET /admin/polls`: `{ limit?, cursor? }`. */
export type PollListQuery = NonNullable<operations['listPolls']['parameters']['query']>;
export type ResultsVisibility = Schemas['ResultsVisibility'];
export type PollStatus = Schemas['PollStatus'];
export type PollOptionInput = Schemas['PollOptionInput'];
