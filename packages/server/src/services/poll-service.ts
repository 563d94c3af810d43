import type { Poll, PollCreate, PollPage, PollUpdate } from '@inspraak/contract';
import { listPollsQuery, PollCreateLimits } from '@inspraak/contract';
import type { OperationQuery } from '../contract/operation-types.ts';
import { randomId } from '../credentials/tokens.ts';
import type { NewPoll, PollChanges } from '../db/tables.ts';
import { DomainError, invalidInput, idTaken, notFound, type FieldError } from './domain-error.ts';
import {
  findPoll,
  insertPoll,
  listPolls as listPollRecords,
  replaceOptions,
  updatePoll as updatePollRow,
  type PollRecord,
} from '../repositories/poll-repository.ts';
import { newestFirstPage } from './newest-first-page.ts';
import { optionIdsFor } from './option-ids.ts';
import { pollStatus } from './poll-status.ts';
import { toPoll } from './poll-view.ts';
import type { ServiceContext } from './service-context.ts';

export async function getPollRecord(ctx: ServiceContext, siteId: string, pollId: string): Promise<PollRecord> {
  const record = await findPoll(ctx.db, siteId, pollId);
  if (!record) throw notFound(`Poll "${pollId}"`);
  return record;
}

const normalizeTime = (value: string | null | undefined): string | null =>
  value === null || value === undefined ? null : new Date(value).toISOString();

interface PollShape {
  selection: 'single' | 'multiple';
  maxChoices: number;
  optionCount: number;
  opensAt: string | null;
  closesAt: string | null;
}

/** The rules JSON Schema cannot say; all problems at once, each with its pointer. */
function checkPollRules(shape: PollShape): void {
  const errors: FieldError[] = [];
  if (shape.selection === 'single' && shape.maxChoices !== 1) {
    errors.push({ pointer: '/maxChoices', code: 'single-choice', detail: 'A single-choice poll takes exactly 1 choice.' });
  } else if (shape.maxChoices > shape.optionCount) {
    errors.push({
      pointer: '/maxChoices',
      code: 'more-than-options',
      detail: `maxChoices (${shape.maxChoices}) cannot be more than the number of options (${shape.optionCount}).`,
    });
  }
  if (shape.opensAt && shape.closesAt && shape.closesAt <= shape.opensAt) {
    errors.push({ pointer: '/closesAt', code: 'before-opens', detail: 'closesAt must be later than opensAt.' });
  }
  if (errors.length > 0) {
    throw invalidInput(errors);
  }
}

export async function createPoll(ctx: ServiceContext, siteId: string, input: Partial<PollCreate>): Promise<PollRecord> {
  const options = input.options ?? [];
  const selection = input.selection ?? PollCreateLimits.selection.default;
  const maxChoices = input.maxChoices ?? (selection === 'single' ? 1 : options.length);
  const opensAt = normalizeTime(input.opensAt);
  const closesAt = normalizeTime(input.closesAt);
  checkPollRules({ selection, maxChoices, optionCount: options.length, opensAt, closesAt });

  const now = ctx.now().toISOString();
  const id = input.id ?? `poll_${randomId(12)}`;
  const row: NewPoll = {
    site_id: siteId,
    id,
    question: input.question!,
    description: input.description ?? null,
    selection,
    max_choices: maxChoices,
    opens_at: opensAt,
    closes_at: closesAt,
    results_visibility: input.resultsVisibility ?? PollCreateLimits.resultsVisibility.default,
    min_ballots: input.minBallots ?? PollCreateLimits.minBallots.default,
    integrity: 'open',
    created_at: now,
    updated_at: now,
  };
  const optionRows = optionIdsFor(options.map((o) => o.label)).map((optionId, i) => ({ id: optionId, label: options[i]!.label }));
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await insertPoll(trx, row, optionRows))) throw idTaken('poll', id);
  });
  return (await findPoll(ctx.db, siteId, id))!;
}

export async function updatePoll(
  ctx: ServiceContext,
  siteId: string,
  pollId: string,
  patch: PollUpdate,
): Promise<PollRecord> {
  await ctx.db.transaction().execute(async (trx) => {
    const record = await findPoll(trx, siteId, pollId);
    if (!record) throw notFound(`Poll "${pollId}"`);
    const { poll } = record;
    if (patch.options && poll.total_ballots > 0) {
      throw new DomainError('poll-has-ballots', 'Ballots have been cast in this poll, so its options can no longer be replaced.');
    }
    const selection = patch.selection ?? poll.selection;
    const optionCount = patch.options?.length ?? record.options.length;
    // Switching the selection without a maxChoices takes that selection's default.
    const maxChoices =
      patch.maxChoices ??
      (patch.selection && patch.selection !== poll.selection ? (selection === 'single' ? 1 : optionCount) : poll.max_choices);
    const opensAt = patch.opensAt === undefined ? poll.opens_at : normalizeTime(patch.opensAt);
    const closesAt = patch.closesAt === undefined ? poll.closes_at : normalizeTime(patch.closesAt);
    checkPollRules({ selection, maxChoices, optionCount, opensAt, closesAt });

    const changes: PollChanges = {
      ...(patch.question !== undefined ? { question: patch.question } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.resultsVisibility !== undefined ? { results_visibility: patch.resultsVisibility } : {}),
      ...(patch.minBallots !== undefined ? { min_ballots: patch.minBallots } : {}),
      selection,
      max_choices: maxChoices,
      opens_at: opensAt,
      closes_at: closesAt,
      updated_at: laterThan(poll.updated_at, ctx.now()),
    };
    await updatePollRow(trx, siteId, pollId, changes);
    if (patch.options) {
      const labels = patch.options.map((o) => o.label);
      await replaceOptions(trx, siteId, pollId, optionIdsFor(labels).map((id, i) => ({ id, label: labels[i]! })));
    }
  });
  return (await findPoll(ctx.db, siteId, pollId))!;
}

/** updatedAt must move on every edit (ETags hang on it), even two edits within one millisecond. */
function laterThan(previous: string, now: Date): string {
  const floor = Date.parse(previous) + 1;
  return new Date(Math.max(now.getTime(), floor)).toISOString();
}

export async function closePoll(ctx: ServiceContext, siteId: string, pollId: string): Promise<PollRecord> {
  await ctx.db.transaction().execute(async (trx) => {
    const record = await findPoll(trx, siteId, pollId);
    if (!record) throw notFound(`Poll "${pollId}"`);
    const now = ctx.now();
    if (pollStatus(record.poll, now) === 'closed') {
      throw new DomainError('poll-already-closed', `Poll "${pollId}" is already closed.`);
    }
    const at = laterThan(record.poll.updated_at, now);
    const opensAt = record.poll.opens_at && record.poll.opens_at > at ? at : record.poll.opens_at;
    await updatePollRow(trx, siteId, pollId, { closes_at: at, opens_at: opensAt, updated_at: at });
  });
  return (await findPoll(ctx.db, siteId, pollId))!;
}

export async function listPolls(
  ctx: ServiceContext,
  siteId: string,
  query: OperationQuery<'listPolls'>,
): Promise<PollPage> {
  const now = ctx.now();
  return newestFirstPage({
    kind: 'polls',
    query,
    defaultLimit: listPollsQuery.limit.default,
    read: (limit, after) => listPollRecords(ctx.db, siteId, limit, after),
    keyOf: (record) => ({ createdAt: record.poll.created_at, id: record.poll.id }),
    toItem: (record): Poll => toPoll(record, now),
  });
}
