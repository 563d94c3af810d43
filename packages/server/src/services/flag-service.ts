import type { Flag, FlagInput } from '@inspraak/contract';
import { randomId } from '../credentials/tokens.ts';
import type { FlagRow } from '../db/idea-tables.ts';
import { notFound } from './domain-error.ts';
import { findComment, updateComment } from '../repositories/comment-repository.ts';
import { findFlagBy, insertFlag } from '../repositories/flag-repository.ts';
import { updateIdea } from '../repositories/idea-repository.ts';
import { publishedIdeaRow } from './idea-service.ts';
import { publicState } from './idea-status-machine.ts';
import type { ServiceContext } from './service-context.ts';

const toFlag = (row: FlagRow): Flag => ({
  id: row.id,
  targetType: row.target_type,
  targetId: row.target_id,
  reason: row.reason,
  createdAt: row.created_at,
});

/**
 * A resident's flag puts a published idea or comment in the moderation queue (once per participant
 * and target: a second flag returns the first). Only what residents can see can be flagged.
 */
export async function flagTarget(
  ctx: ServiceContext,
  input: { siteId: string; type: 'idea' | 'comment'; targetId: string; participantId: string; flag: FlagInput },
): Promise<{ created: boolean; flag: Flag }> {
  const { siteId, type, targetId, participantId } = input;
  return ctx.db.transaction().execute(async (trx) => {
    let queuedAt: string | null;
    if (type === 'idea') {
      queuedAt = (await publishedIdeaRow(trx, siteId, targetId)).queued_at;
    } else {
      const comment = await findComment(trx, siteId, targetId);
      if (!comment || comment.moderation_state !== publicState) throw notFound(`Comment "${targetId}"`);
      await publishedIdeaRow(trx, siteId, comment.idea_id).catch(() => {
        throw notFound(`Comment "${targetId}"`);
      });
      queuedAt = comment.queued_at;
    }
    const now = ctx.now().toISOString();
    const row: FlagRow = {
      site_id: siteId,
      id: `flag_${randomId(12)}`,
      target_type: type,
      target_id: targetId,
      participant_id: participantId,
      reason: input.flag.reason,
      detail: input.flag.detail ?? null,
      open: 1,
      created_at: now,
    };
    if (!(await insertFlag(trx, row))) {
      return { created: false, flag: toFlag((await findFlagBy(trx, { siteId, type, id: targetId }, participantId))!) };
    }
    const queued = { queued_at: queuedAt ?? now };
    if (type === 'idea') {
      const idea = await publishedIdeaRow(trx, siteId, targetId);
      await updateIdea(trx, siteId, targetId, { ...queued, open_flags: idea.open_flags + 1 });
    } else {
      const comment = (await findComment(trx, siteId, targetId))!;
      await updateComment(trx, siteId, targetId, { ...queued, open_flags: comment.open_flags + 1 });
    }
    return { created: true, flag: toFlag(row) };
  });
}
