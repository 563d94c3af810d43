export { createClient } from './client.ts';
export type { InspraakClient } from './client.ts';
export { createCore, type ClientCore, type ClientOptions } from './core.ts';
export { createPolls } from './polls.ts';
export { InspraakApiError } from './errors.ts';
export type { CallOptions, WriteOptions } from './http.ts';
export type { ParticipantStore } from './participant-store.ts';
export type { PollsApi } from './polls.ts';
export type { AdminPollsApi } from './admin-polls.ts';
export type {
  Ballot,
  BallotInput,
  BallotReceipt,
  FieldError,
  Health,
  OptionResult,
  Poll,
  PollCreate,
  PollListQuery,
  PollOption,
  PollPage,
  PollResults,
  PollUpdate,
  Problem,
} from './types.ts';
