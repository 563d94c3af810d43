import { createHash, randomBytes } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random letters and digits (unbiased: bytes ≥ 248 are thrown away). */
export function randomId(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += alphabet[byte % 62];
    }
  }
  return out;
}

export const newPublicKey = (): string => `pk_${randomId(24)}`;
export const newAdminToken = (): string => `sk_${randomId(40)}`;
export const newParticipantToken = (): string => `pt_${randomBytes(24).toString('base64url')}`;

/** Tokens are stored only as this hash; they carry enough entropy that no salt is needed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
