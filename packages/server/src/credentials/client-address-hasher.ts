import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const secretFileName = 'client-address.secret';

/**
 * Reads the HMAC secret from the data dir, generating it on first start. Client addresses are only
 * ever kept as HMAC-SHA256 with this secret, so a leaked database does not reveal them.
 */
export function loadClientAddressSecret(dataDir: string): Buffer {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, secretFileName);
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(32);
  try {
    // 'wx': when two processes start at once, the second reads the first one's secret.
    writeFileSync(file, secret.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  }
}

export type ClientAddressHasher = (address: string) => string;

export function createClientAddressHasher(secret: Buffer): ClientAddressHasher {
  return (address) => createHmac('sha256', secret).update(address, 'utf8').digest('base64url');
}
