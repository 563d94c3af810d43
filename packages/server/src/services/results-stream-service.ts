import type { PollRecord } from '../repositories/poll-repository.ts';
import { hasVoted } from './ballot-service.ts';
import { getPollRecord } from './poll-service.ts';
import { DomainError, type FieldError } from './domain-error.ts';
import type { ServiceContext } from './service-context.ts';

/** A poll a results stream follows, with whether this participant voted (hidden results stay hidden until then). */
export interface StreamedPoll {
  record: PollRecord;
  voted: boolean;
}

/** One poll for its own stream; 404 for an unknown id. */
export async function streamedPoll(ctx: ServiceContext, siteId: string, pollId: string, participantId: string | undefined): Promise<StreamedPoll> {
  const record = await getPollRecord(ctx, siteId, pollId);
  return { record, voted: await hasVoted(ctx, siteId, record.poll.id, participantId) };
}

/** The polls of one shared stream, in the order asked; one 404 names every unknown id by its position. */
export async function streamedPolls(ctx: ServiceContext, siteId: string, pollIds: string[], participantId: string | undefined): Promise<StreamedPoll[]> {
  const found = await Promise.all(
    pollIds.map((pollId) =>
      streamedPoll(ctx, siteId, pollId, participantId).catch((error: unknown) => {
        if (error instanceof DomainError && error.code === 'not-found') return undefined;
        throw error;
      }),
    ),
  );
  const missing: FieldError[] = [];
  found.forEach((poll, index) => {
    if (!poll) missing.push({ pointer: `#/query/pollIds/${index}`, code: 'not-found', detail: `No poll "${pollIds[index]}" on this site.` });
  });
  if (missing.length > 0) {
    throw new DomainError('not-found', missing.map((e) => e.detail).join(' '), missing);
  }
  return found as StreamedPoll[];
}
