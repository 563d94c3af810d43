import * as oidc from 'openid-client';
import type { OidcConfig } from '../config.ts';

/**
 * Staff sign-in through the city's own OpenID Connect provider: Authorization Code with PKCE, state
 * and nonce (openid-client). This module speaks OpenID Connect only; which person may work in the
 * console is still decided by their staff roles (staff-service.ts).
 */

/** What the browser keeps between `begin` and `complete` (the flow cookie): random, single use. */
export interface SignInFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Why a sign-in ended without a session; each is said to the person on a page of its own. */
export type SignInRefusal =
  /** No flow to finish: the sign-in was started in another browser, more than 10 minutes ago, or not at all. */
  | 'flow-missing'
  /** The provider's answer carries another `state` than this browser's flow (a forged or mixed-up callback). */
  | 'state-mismatch'
  /** The provider said no (the person cancelled), or its answer did not check out. */
  | 'provider-error'
  /** The provider gave no e-mail address, or did not vouch for it (`email_verified` is not `true`). */
  | 'email-unverified'
  /** A verified address that has no role on any site. */
  | 'not-staff';

/** The provider cannot be reached (discovery, token or userinfo endpoint): a 503, try again later. */
export class ProviderUnreachableError extends Error {
  constructor(cause: unknown) {
    super('The OpenID Connect provider cannot be reached', { cause });
    this.name = 'ProviderUnreachableError';
  }
}

/** Seconds openid-client waits for each request to the provider. */
const providerTimeoutSeconds = 10;

const scope = 'openid email';

/** Network failures (fetch's TypeError with a cause, a timeout), as opposed to answers that do not check out. */
function isNetworkFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return true;
  return error instanceof TypeError && error.message === 'fetch failed';
}

/**
 * The e-mail address to match a staff record by: only an address the provider vouches for
 * (`email_verified === true`, not a string, not absent). Anyone can type an unverified address
 * at many providers, including a staff member's.
 */
export function verifiedEmail(claims: Readonly<Record<string, unknown>>): string | undefined {
  if (typeof claims.email !== 'string' || claims.email.trim() === '') return undefined;
  return claims.email_verified === true ? claims.email : undefined;
}

export interface OidcSignIn {
  /** Where to send the browser, and the flow it must bring back. Throws ProviderUnreachableError. */
  begin(): Promise<{ authorizationUrl: URL; flow: SignInFlow }>;
  /**
   * The provider's redirect back (`query`: the callback's query string) checked against the flow the
   * browser brought: the person's verified e-mail address, or why not. Throws ProviderUnreachableError.
   */
  complete(query: URLSearchParams, flow: SignInFlow | undefined): Promise<{ email: string } | { refusal: Exclude<SignInRefusal, 'not-staff'>; detail?: string }>;
}

/**
 * `redirectUri()`: `<public origin>/admin/auth/callback`, asked on each use (the origin may be known
 * only once the server listens). Discovery happens once, on the first sign-in; a failed discovery is
 * tried again on the next one, so a provider that was down at that moment does not stay broken.
 */
export function createOidcSignIn(config: OidcConfig, redirectUri: () => string): OidcSignIn {
  let discovered: Promise<oidc.Configuration> | undefined;
  const configuration = (): Promise<oidc.Configuration> => {
    discovered ??= oidc
      .discovery(new URL(config.issuer), config.clientId, undefined, oidc.ClientSecretBasic(config.clientSecret), {
        timeout: providerTimeoutSeconds,
        // Plain http only for an issuer on this machine (config.ts refuses it elsewhere): development and tests.
        execute: new URL(config.issuer).protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw new ProviderUnreachableError(error);
      });
    return discovered;
  };

  return {
    async begin() {
      const client = await configuration();
      const flow: SignInFlow = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
      const authorizationUrl = oidc.buildAuthorizationUrl(client, {
        redirect_uri: redirectUri(),
        scope,
        code_challenge: await oidc.calculatePKCECodeChallenge(flow.codeVerifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
      });
      return { authorizationUrl, flow };
    },

    async complete(query, flow) {
      if (!flow) return { refusal: 'flow-missing' };
      // Checked here before anything else (openid-client checks it again): the answer belongs to the
      // sign-in this browser started, or someone else's code is being slipped in (login CSRF).
      if (query.get('state') !== flow.state) return { refusal: 'state-mismatch' };
      const client = await configuration();
      const currentUrl = new URL(redirectUri());
      currentUrl.search = query.toString();
      try {
        const tokens = await oidc.authorizationCodeGrant(client, currentUrl, {
          pkceCodeVerifier: flow.codeVerifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims();
        if (!idClaims) return { refusal: 'provider-error', detail: 'no ID token' };
        // Many providers put the e-mail claims in the ID token; others (and oidc-provider by default)
        // only at the userinfo endpoint, for the same subject.
        const claims =
          idClaims.email !== undefined && idClaims.email_verified !== undefined
            ? idClaims
            : await oidc.fetchUserInfo(client, tokens.access_token, idClaims.sub);
        const email = verifiedEmail(claims);
        return email ? { email } : { refusal: 'email-unverified' };
      } catch (error) {
        if (isNetworkFailure(error)) throw new ProviderUnreachableError(error);
        // The provider's own error code (access_denied, invalid_grant for a used code) for the log.
        if (error instanceof oidc.AuthorizationResponseError || error instanceof oidc.ResponseBodyError) return { refusal: 'provider-error', detail: error.error };
        return { refusal: 'provider-error', detail: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
