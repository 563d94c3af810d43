import type { FastifyInstance } from 'fastify';
import { projectSecurityPolicy, type Config } from '../config.ts';

/**
 * How far ahead `Expires` lies. The file is written anew on every request from the running
 * configuration, so it never goes stale on the server; the horizon only bounds how long a copy a
 * scanner keeps may outlive a change of contact. RFC 9116 asks for less than a year.
 */
const expiresAfterDays = 30;
const dayMs = 24 * 60 * 60 * 1000;

/**
 * The RFC 9116 fields for this installation. `Expires` counts from the start of the UTC day, so
 * the text is the same all day (cacheable) and always lies 29 to 30 days ahead.
 */
export function securityTxt(config: Pick<Config, 'securityContact' | 'publicUrl'>, now: Date): string {
  const startOfDay = Math.floor(now.getTime() / dayMs) * dayMs;
  const expires = new Date(startOfDay + expiresAfterDays * dayMs).toISOString().replace('.000Z', 'Z');
  const lines = [
    '# Inspraak: where to report a security problem in this installation.',
    `Contact: ${config.securityContact}`,
    `Expires: ${expires}`,
    `Policy: ${projectSecurityPolicy}`,
    'Preferred-Languages: nl, en',
    // Only from the configured public address, never from the Host header a client sends.
    ...(config.publicUrl ? [`Canonical: ${config.publicUrl}/.well-known/security.txt`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

/** `/.well-known/security.txt` (RFC 9116): outside `/v1` and the contract, like the hosted pages. */
export function registerSecurityTxtRoute(app: FastifyInstance, { config, now }: { config: Config; now: () => Date }): void {
  app.get('/.well-known/security.txt', async (_request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(securityTxt(config, now())),
  );
}
