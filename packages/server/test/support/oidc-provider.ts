import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** The claims a test gives an account at the provider (its login name is its `sub`). */
export interface AccountClaims {
  email?: string;
  email_verified?: boolean | string;
}

export interface TestProvider {
  /** `http://127.0.0.1:PORT`, the issuer identifier. */
  issuer: string;
  /** INSPRAAK_OIDC_* for a server that signs staff in here. */
  env: Record<string, string>;
  /** Registers Inspraak as a client with this redirect URI (the server's origin is known only once it listens). */
  registerClient(redirectUri: string): void;
  close(): Promise<void>;
}

const clientId = 'inspraak-console';

/**
 * A real OpenID Connect provider (oidc-provider) on 127.0.0.1 with the accounts given: its own
 * discovery, signed ID tokens, userinfo, PKCE (required here, so a client without it fails) and its
 * development login and consent screens. The HTTP server listens first (on `port`, or a free one),
 * so the issuer is known before the provider (and its one client) is made.
 */
export async function startTestProvider(accounts: Record<string, AccountClaims>, {
    port = 0,
    clientSecret = randomBytes(24).toString('base64url'),
    withoutUserinfo = false,
  }: {
    port?: number;
    clientSecret?: string;
    /** No userinfo endpoint: the e-mail claims then travel in the ID token (as with many providers). */
    withoutUserinfo?: boolean;
  } = {}): Promise<TestProvider> {
  let handler: ((request: IncomingMessage, response: ServerResponse) => void) | undefined;
  const server = createServer((request, response) => {
    if (handler) return handler(request, response);
    response.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

  return {
    issuer,
    env: { INSPRAAK_OIDC_ISSUER: issuer, INSPRAAK_OIDC_CLIENT_ID: clientId, INSPRAAK_OIDC_CLIENT_SECRET: clientSecret },
    registerClient(redirectUri) {
      const provider = new Provider(issuer, {
        clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
        jwks: { keys: [{ ...signingKey, use: 'sig', kid: 'test' }] },
        cookies: { keys: [randomBytes(24).toString('base64url')] },
        claims: { openid: ['sub'], email: ['email', 'email_verified'] },
        pkce: { required: () => true },
        ...(withoutUserinfo ? { features: { userinfo: { enabled: false } } } : {}),
        // The development login screen takes any login name; only the accounts given exist.
        async findAccount(_ctx, sub) {
          const claims = accounts[sub];
          if (!claims) return undefined;
          return { accountId: sub, claims: async () => ({ sub, ...claims }) as { sub: string } };
        },
      });
      handler = provider.callback();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * A browser at the provider: follows its redirects with its own cookie jar, signs in as `login` on
 * the login screen and consents on the consent screen (or cancels on the login screen with
 * `cancel`), until the provider sends the browser away. Returns that address: the callback.
 */
export async function throughProvider(issuer: string, authorizationUrl: string, login: string, options: { cancel?: boolean } = {}): Promise<string> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 20; step += 1) {
    if (new URL(url).origin !== issuer) return url;
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      body,
      headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
      redirect: 'manual',
    });
    for (const cookie of response.headers.getSetCookie()) {
      const pair = cookie.split(';')[0]!;
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (value === '') jar.delete(name);
      else jar.set(name, value);
    }
    body = undefined;
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url).href;
      continue;
    }
    const page = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
    if (response.status !== 200 || !action || !prompt) throw new Error(`The provider answered ${response.status} at ${url}: ${page.slice(0, 500)}`);
    if (prompt === 'login' && options.cancel) {
      url = new URL(`${new URL(url).pathname}/abort`, url).href;
      continue;
    }
    url = new URL(action.replaceAll('&amp;', '&'), url).href;
    body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any password' } : { prompt });
  }
  throw new Error(`The provider did not send the browser back within 20 steps (last: ${url})`);
}
