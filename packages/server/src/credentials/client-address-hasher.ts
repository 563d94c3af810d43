import { createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.ts';
import { findSecret, insertSecretIfMissing } from '../repositories/secret-repository.ts';

const secretName = 'client-address';

/**
 * Reads the HMAC secret from the database, generating it on first start. Client addresses are only
 * ever kept as HMAC-SHA256 with this secret, so a leaked database does not reveal them. It lives in
 * the database (migration 0004 imported the file older versions kept) so that a backup is complete.
 */
export async function loadClientAddressSecret(db: Kysely<Tables>, now: Date = new Date()): Promise<Buffer> {
  const existing = await findSecret(db, secretName);
  if (existing) return Buffer.from(existing, 'hex');
  await insertSecretIfMissing(db, secretName, randomBytes(32).toString('hex'), now.toISOString());
  return Buffer.from((await findSecret(db, secretName))!, 'hex');
}

export type ClientAddressHasher = (address: string) => string;

export function createClientAddressHasher(secret: Buffer): ClientAddressHasher {
  return (address) => createHmac('sha256', secret).update(address, 'utf8').digest('base64url');
}
