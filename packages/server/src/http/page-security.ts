import { parseOriginPattern } from '../services/origin-pattern.ts';

export interface PagePolicy {
  /** Site origin patterns (`https://www.example.nl`, `http://localhost:*`) that may frame the page; `'*'` for any. */
  frameAncestors: readonly string[] | '*';
  /** Extra image sources (a map's tiles), as CSP sources. */
  imageSources?: readonly string[];
  /** Extra connect sources (a map's geocoder), as CSP sources. */
  connectSources?: readonly string[];
  /** What the page may frame (`'self'`: the console's preview of the hosted pages); nothing when left out. */
  frameSources?: readonly string[];
}

/** An allowed-origin pattern as a CSP source (`http://localhost:*` is one already); undefined for what CSP cannot say (IPv6 hosts). */
export function originPatternAsSource(pattern: string): string | undefined {
  try {
    const { scheme, host, port } = parseOriginPattern(pattern);
    if (host.startsWith('[')) return undefined;
    return `${scheme}://${host}${port ? `:${port}` : ''}`;
  } catch {
    return undefined;
  }
}

/**
 * The security headers of a page the server renders: a strict Content-Security-Policy (scripts,
 * styles and data from this server only; no inline anything, no eval) whose `frame-ancestors` lets
 * the owning site's origins and the server itself frame the page. No `X-Frame-Options`: it cannot
 * name several origins, and `frame-ancestors` replaces it in every current browser.
 */
export function pageSecurityHeaders(policy: PagePolicy): Record<string, string> {
  const frameAncestors =
    policy.frameAncestors === '*'
      ? '*'
      : ["'self'", ...policy.frameAncestors.map(originPatternAsSource).filter((source) => source !== undefined)].join(' ');
  const directives = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    ['img-src', "'self'", 'data:', 'blob:', ...(policy.imageSources ?? [])].join(' '),
    ['connect-src', "'self'", ...(policy.connectSources ?? [])].join(' '),
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    ...(policy.frameSources?.length ? [['frame-src', ...policy.frameSources].join(' ')] : []),
    `frame-ancestors ${frameAncestors}`,
  ];
  return {
    'content-security-policy': directives.join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  };
}
