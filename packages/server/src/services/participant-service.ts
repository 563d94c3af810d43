import { hashToken, newParticipantToken, randomId } from '../credentials/tokens.ts';
import { DomainError } from './domain-error.ts';
import { findParticipantByTokenHash, insertParticipant } from '../repositories/participant-repository.ts';
import type { ServiceContext } from './service-context.ts';

export interface ParticipantIdentity {
  id: string;
  siteId: string;
}

/** Issues a token; only its hash is stored, so it is shown this once. */
export async function issueParticipant(
  ctx: ServiceContext,
  siteId: string,
  clientHash: string | null,
): Promise<{ token: string; createdAt: string }> {
  const token = newParticipantToken();
  const createdAt = ctx.now().toISOString();
  await insertParticipant(ctx.db, {
    id: `par_${randomId(16)}`,
    site_id: siteId,
    token_hash: hashToken(token),
    client_hash: clientHash,
    created_at: createdAt,
  });
  return { token, createdAt };
}

/** A token belongs to one site; on any other site it is unknown. */
export async function participantByToken(
  ctx: ServiceContext,
  siteId: string,
  token: string,
): Promise<ParticipantIdentity> {
  const row = await findParticipantByTokenHash(ctx.db, hashToken(token));
  if (!row || row.site_id !== siteId) {
    throw new DomainError(
      'participant-token-unknown',
      'The Inspraak-Participant-Token is not known on this site. Ask for a new one with POST /participants.',
    );
  }
  return { id: row.id, siteId: row.site_id };
}
