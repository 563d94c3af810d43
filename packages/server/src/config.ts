import { isIP } from 'node:net';
import path from 'node:path';

/** Everything the server reads from its environment, parsed once. */
export interface Config {
  port: number;
  host: string;
  /** Folder of the SQLite database and the generated secrets (relative paths from the working directory). */
  dataDir: string;
  /**
   * The server's public origin (`https://inspraak.example-city.nl`), from INSPRAAK_PUBLIC_URL: links,
   * receipts, Open Graph tags and the own-origin check. Undefined: the address the server listens on.
   */
  publicUrl: string | undefined;
  /** Seed the demo site and accept its published keys (`--demo` or INSPRAAK_DEMO=1). */
  demo: boolean;
  /**
   * Where to report a vulnerability in this installation (`/.well-known/security.txt`): the city's
   * own `mailto:` or `https:` contact from INSPRAAK_SECURITY_CONTACT, else the project's policy.
   */
  securityContact: string;
  logLevel: string;
  /**
   * Which proxies may say who the client is (X-Forwarded-For): false, a hop count, or proxy
   * addresses/CIDR ranges. Never `true`: trusting every hop lets a client pick its own address.
   */
  trustProxy: false | number | string[];
  bodyLimit: number;
  /** Largest photo upload in bytes (larger: 413). */
  photoMaxBytes: number;
  /** Most pixels (width × height) a photo may declare; more is refused before decoding (decompression bombs). */
  photoMaxPixels: number;
  rateLimit: {
    /** Window length in seconds shared by every limit. */
    windowSeconds: number;
    /** Requests per window per hashed client address; 0 turns the limit off. */
    perClient: number;
    /** Ballots per window per poll; 0 turns the limit off. */
    ballotsPerPoll: number;
    /** Ideas, comments, supports and flags per window per idea board; 0 turns the limit off. */
    writesPerBoard: number;
  };
  /**
   * The city's OpenID Connect provider for staff sign-in (INSPRAAK_OIDC_ISSUER, _CLIENT_ID,
   * _CLIENT_SECRET, all three or none). Undefined: staff sign in by one-time link only.
   */
  oidc: OidcConfig | undefined;
  staff: {
    /** Minutes a console session lasts without being used (INSPRAAK_STAFF_IDLE_MINUTES). */
    idleMinutes: number;
    /** Hours a console session lasts at most, however busy (INSPRAAK_STAFF_SESSION_HOURS). */
    maxHours: number;
  };
  live: {
    /** Milliseconds between heartbeat comments on each stream. */
    heartbeatMs: number;
    /** Smallest gap between two results events of one poll (coalescing). */
    minIntervalMs: number;
  };
}

/** A confidential client at the city's provider; its redirect URI is `<public origin>/admin/auth/callback`. */
export interface OidcConfig {
  /** The issuer identifier (`https://login.example-city.nl/realms/staff`), as the provider's discovery document names it. */
  issuer: string;
  clientId: string;
  clientSecret: string;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number of 0 or more, got "${raw}"`);
  }
  return value;
}

function trustProxy(raw: string | undefined): Config['trustProxy'] {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true') {
    throw new Error(
      'INSPRAAK_TRUST_PROXY=true would let any client choose its own address (and its own rate limit). ' +
        'Give the number of proxies in front of the server (e.g. 1) or their addresses (e.g. 127.0.0.1,10.0.0.0/8).',
    );
  }
  const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, bits, ...extra] = entry.split('/');
    const family = isIP(address ?? '');
    const maxBits = family === 6 ? 128 : 32;
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    if (family === 0 || !bitsOk || extra.length > 0) {
      throw new Error(`INSPRAAK_TRUST_PROXY: "${entry}" is not an IP address or CIDR range. Give a hop count (e.g. 1) or addresses.`);
    }
  }
  return entries;
}

function booleanFlag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '' || raw === '0' || raw === 'false' || raw === 'no') return false;
  if (raw === '1' || raw === 'true' || raw === 'yes') return true;
  throw new Error(`${name} must be 1 or 0, got "${env[name]}"`);
}

/** The origin of INSPRAAK_PUBLIC_URL (scheme, host, port; a path is refused: the server owns its origin). */
function publicUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`INSPRAAK_PUBLIC_URL must be an absolute URL such as https://inspraak.example-city.nl, got "${raw}"`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new Error(`INSPRAAK_PUBLIC_URL must be an http(s) origin without a path, got "${raw}"`);
  }
  return url.origin;
}

const isLoopbackHost = (hostname: string) =>
  hostname === 'localhost' || hostname === '[::1]' || (isIP(hostname) === 4 && hostname.startsWith('127.'));

const oidcVariables = ['INSPRAAK_OIDC_ISSUER', 'INSPRAAK_OIDC_CLIENT_ID', 'INSPRAAK_OIDC_CLIENT_SECRET'] as const;

/**
 * All three variables or none: half a configuration would leave staff facing a sign-in button that
 * cannot work, so it stops the server and names what is missing. The issuer is https (plain http
 * only on this machine's loopback, for development and tests: tokens must not cross a network unencrypted).
 */
function oidc(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const [issuer, clientId, clientSecret] = oidcVariables.map((name) => env[name]?.trim() ?? '');
  const missing = oidcVariables.filter((_name, index) => [issuer, clientId, clientSecret][index] === '');
  if (missing.length === oidcVariables.length) return undefined;
  if (missing.length > 0) {
    throw new Error(
      `Staff sign-in through OpenID Connect needs INSPRAAK_OIDC_ISSUER, INSPRAAK_OIDC_CLIENT_ID and INSPRAAK_OIDC_CLIENT_SECRET together; ` +
        `${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing. Set ${missing.length === 1 ? 'it' : 'them'}, or unset all three to sign staff in by one-time link only.`,
    );
  }
  let url: URL;
  try {
    url = new URL(issuer!);
  } catch {
    throw new Error(`INSPRAAK_OIDC_ISSUER must be the provider's issuer URL, such as https://login.example-city.nl/realms/staff, got "${issuer}"`);
  }
  if (url.search || url.hash || !(url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname)))) {
    throw new Error(`INSPRAAK_OIDC_ISSUER must be an https URL without query (plain http only on localhost), got "${issuer}"`);
  }
  return { issuer: issuer!, clientId: clientId!, clientSecret: clientSecret! };
}

/** The project's security policy (SECURITY.md): how to report a flaw in Inspraak itself. */
export const projectSecurityPolicy = 'https://git.example.org/inspraak/inspraak/blob/main/SECURITY.md';

/** RFC 9116 asks for a URI; a city gives an address its team reads or a web form. */
function securityContact(raw: string | undefined): string {
  const value = raw?.trim() ?? '';
  if (value === '') return projectSecurityPolicy;
  if (/^mailto:[^@\s]+@[^@\s]+$/i.test(value)) return value;
  if (URL.canParse(value) && new URL(value).protocol === 'https:') return value;
  throw new Error(`INSPRAAK_SECURITY_CONTACT must be a mailto: address or an https: URL, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  if ((env.INSPRAAK_RATE_LIMIT_SITE ?? '') !== '') {
    throw new Error(
      'INSPRAAK_RATE_LIMIT_SITE is no longer read: a quota per site let a few clients lock out every resident of a city. ' +
        'Remove it; INSPRAAK_RATE_LIMIT_CLIENT limits each client, and the poll and board limits stay.',
    );
  }
  return {
    port: integer(env, 'PORT', 8080),
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.INSPRAAK_DATA_DIR || 'data'),
    publicUrl: publicUrl(env.INSPRAAK_PUBLIC_URL),
    demo: booleanFlag(env, 'INSPRAAK_DEMO'),
    securityContact: securityContact(env.INSPRAAK_SECURITY_CONTACT),
    logLevel: env.INSPRAAK_LOG_LEVEL || env.LOG_LEVEL || 'info',
    trustProxy: trustProxy(env.INSPRAAK_TRUST_PROXY),
    bodyLimit: integer(env, 'INSPRAAK_BODY_LIMIT', 16 * 1024),
    photoMaxBytes: integer(env, 'INSPRAAK_PHOTO_MAX_BYTES', 8 * 1024 * 1024),
    photoMaxPixels: integer(env, 'INSPRAAK_PHOTO_MAX_PIXELS', 50_000_000),
    rateLimit: {
      windowSeconds: Math.max(1, integer(env, 'INSPRAAK_RATE_LIMIT_WINDOW', 60)),
      perClient: integer(env, 'INSPRAAK_RATE_LIMIT_CLIENT', 600),
      ballotsPerPoll: integer(env, 'INSPRAAK_RATE_LIMIT_POLL_BALLOTS', 3000),
      writesPerBoard: integer(env, 'INSPRAAK_RATE_LIMIT_BOARD_WRITES', 3000),
    },
    oidc: oidc(env),
    staff: {
      idleMinutes: Math.max(1, integer(env, 'INSPRAAK_STAFF_IDLE_MINUTES', 30)),
      maxHours: Math.max(1, integer(env, 'INSPRAAK_STAFF_SESSION_HOURS', 10)),
    },
    live: {
      heartbeatMs: Math.max(10, integer(env, 'INSPRAAK_SSE_HEARTBEAT_MS', 15_000)),
      minIntervalMs: integer(env, 'INSPRAAK_SSE_MIN_INTERVAL_MS', 250),
    },
  };
}
