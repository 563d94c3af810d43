/**
 * Allowed origins are exact origins (`https://www.example-city.nl`) or a host with any port
 * (`http://localhost:*`), the one wildcard a developer's machine needs.
 */
export interface OriginPattern {
  scheme: string;
  host: string;
  /** `'*'` for any port; '' for the scheme's default port. */
  port: string;
}

export class OriginPatternError extends Error {}

const patternShape = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\*|\d{1,5}))?$/i;

export function parseOriginPattern(pattern: string): OriginPattern {
  const match = patternShape.exec(pattern.trim());
  if (!match) {
    throw new OriginPatternError(
      `"${pattern}" is not an origin: write scheme and host, e.g. https://www.example-city.nl or http://localhost:*`,
    );
  }
  const [, scheme, host, port = ''] = match;
  const defaultPort = scheme!.toLowerCase() === 'https' ? '443' : '80';
  return { scheme: scheme!.toLowerCase(), host: host!.toLowerCase(), port: port === defaultPort ? '' : port };
}

/** Does `origin` (as a browser sends it) match any of the patterns? */
export function originAllowed(origin: string, patterns: readonly string[]): boolean {
  // An Origin header is scheme://host[:port], nothing after it.
  if (!/^https?:\/\/[^/?#@\s]+$/i.test(origin)) return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  const scheme = parsed.protocol.slice(0, -1);
  const host = parsed.hostname.toLowerCase();
  for (const raw of patterns) {
    let pattern: OriginPattern;
    try {
      pattern = parseOriginPattern(raw);
    } catch {
      continue;
    }
    if (pattern.scheme !== scheme || pattern.host !== host) continue;
    if (pattern.port === '*' || pattern.port === parsed.port) return true;
  }
  return false;
}
