// Checked by `tsc` (the `types` step), never run: proves that a route handler is typed from the
// contract. Each `@ts-expect-error` fails the step if the error it expects goes away.
import type { OperationHandlers } from '../../src/routes/route-deps.ts';

const poll = {
  id: 'poll_1',
  question: 'Which park?',
  options: [],
  selection: 'single',
  maxChoices: 1,
} as const;

export const handlers: OperationHandlers = {
  getHealth: async () => ({ status: 'ok', database: 'sqlite', version: '0.1.0' }),

  // @ts-expect-error a health answer is not a shape getHealth's 200 allows
  getPoll: async () => ({ status: 'ok', database: 'sqlite', version: '0.1.0' }),

  // @ts-expect-error the ballot receipt misses every field the contract requires
  castBallot: async () => ({ pollId: poll.id }),

  // The reply itself is allowed: a handler that answered 304 or streamed returns it.
  getPollResults: async (_request, reply) => reply,

  listPolls: async (request) => {
    const limit: number | undefined = request.query.limit;
    // @ts-expect-error listPolls takes no `q`
    void request.query.q;
    return { items: [], nextCursor: limit === undefined ? null : String(limit) };
  },

  updatePoll: async (request) => {
    const pollId: string = request.params.pollId;
    // @ts-expect-error a poll update's question is a string, not a number
    const question: number | undefined = request.body.question;
    void question;
    // @ts-expect-error updatePoll has no boardId in its path
    void request.params.boardId;
    throw new Error(pollId);
  },

  streamResultsOfPolls: async (request, reply) => {
    const pollIds: string[] = request.query.pollIds;
    const lastEventId: string | undefined = request.headers['last-event-id'];
    void [pollIds, lastEventId];
    return reply;
  },
};
