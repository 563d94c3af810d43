import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoSiteId, demoSiteKey } from '../src/db/demo-seed.ts';
import { addStaffMember } from '../src/services/staff-service.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { startTestProvider, throughProvider, type TestProvider } from './support/oidc-provider.ts';

const pollInput = { question: 'Welke bomen?', options: [{ label: 'Linde' }, { label: 'Eik' }] };

/** The login names at the test provider and the claims each brings. */
const accounts = {
  editor: { email: 'Editor@Utrecht.example', email_verified: true },
  moderator: { email: 'moderator@utrecht.example', email_verified: true },
  stranger: { email: 'stranger@example.org', email_verified: true },
  // A staff member's address the provider does not vouch for: anyone could have typed it.
  unverified: { email: 'editor@utrecht.example', email_verified: false },
  'verified-as-text': { email: 'editor@utrecht.example', email_verified: 'true' },
  'no-email': {},
};

/** The page says it in Dutch and in English, each marked with its language. */
function assertBilingual(page: string, dutch: RegExp, english: RegExp) {
  assert.match(page, /<html lang="nl">/);
  assert.match(page, /<div lang="en">/);
  assert.match(page, dutch);
  assert.match(page, english);
}

describe('staff sign-in through the city’s OpenID Connect provider', () => {
  let provider: TestProvider;
  let server: TestServer;

  /** The console's sign-in button: the redirect to the provider and the flow cookie it set. */
  const startSignIn = async () => {
    const response = await fetch(`${server.origin}/admin/auth/login`, { redirect: 'manual' });
    assert.equal(response.status, 303, await response.clone().text());
    const setCookie = response.headers.getSetCookie();
    assert.equal(setCookie.length, 1);
    return { response, authorizationUrl: response.headers.get('location')!, setCookie: setCookie[0]!, flowCookie: setCookie[0]!.split(';')[0]! };
  };
  /** The provider's redirect back, opened by a browser holding `flowCookie`. */
  const openCallback = async (callbackUrl: string, flowCookie?: string) => {
    const response = await fetch(callbackUrl, { headers: flowCookie ? { cookie: flowCookie } : {}, redirect: 'manual' });
    const setCookie = response.headers.getSetCookie();
    const staff = setCookie.find((cookie) => cookie.startsWith('inspraak_staff='));
    return { response, setCookie, staff, staffCookie: staff?.split(';')[0], page: await response.text() };
  };
  const signInAs = async (login: string, options: { cancel?: boolean } = {}) => {
    const { authorizationUrl, flowCookie } = await startSignIn();
    return openCallback(await throughProvider(provider.issuer, authorizationUrl, login, options), flowCookie);
  };
  const fromConsole = (cookie: string) => ({ cookie, 'inspraak-site': demoSiteId, origin: server.origin });

  before(async () => {
    provider = await startTestProvider(accounts);
    server = await startTestServer({ env: provider.env });
    provider.registerClient(`${server.origin}/admin/auth/callback`);
    const ctx = { db: server.app.inspraak.db, now: () => new Date() };
    await addStaffMember(ctx, demoSiteId, 'editor@utrecht.example', 'editor');
    await addStaffMember(ctx, demoSiteId, 'moderator@utrecht.example', 'moderator');
  });
  after(async () => {
    await server?.close();
    await provider?.close();
  });

  it('starts with Authorization Code, PKCE, state and nonce, keeping them in a Lax cookie for the sign-in routes only', async () => {
    const { response, authorizationUrl, setCookie } = await startSignIn();
    const url = new URL(authorizationUrl);
    assert.equal(url.origin, provider.issuer);
    assert.equal(url.searchParams.get('response_type'), 'code');
    assert.equal(url.searchParams.get('client_id'), 'inspraak-console');
    assert.equal(url.searchParams.get('redirect_uri'), `${server.origin}/admin/auth/callback`);
    assert.equal(url.searchParams.get('scope'), 'openid email');
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    assert.match(url.searchParams.get('code_challenge') ?? '', /^[\w-]{43}$/);
    assert.match(url.searchParams.get('state') ?? '', /^[\w-]{43}$/);
    assert.match(url.searchParams.get('nonce') ?? '', /^[\w-]{43}$/);
    assert.match(setCookie, /^inspraak_sign_in=[\w-]+\.[\w-]+\.[\w-]+; Max-Age=600; Path=\/admin\/auth; HttpOnly; SameSite=Lax$/);
    assert.ok(setCookie.includes(url.searchParams.get('state')!), 'the cookie holds this flow’s state');
    assert.equal(response.headers.get('cache-control'), 'no-store');
  });

  it('signs in a staff member whose verified e-mail address has a role: session cookie, then the console', async () => {
    const { response, staff, staffCookie, setCookie } = await signInAs('editor');
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/admin/');
    assert.match(staff ?? '', /^inspraak_staff=ss_\w+; Path=\/; HttpOnly; SameSite=Strict$/);
    assert.ok(setCookie.some((cookie) => /^inspraak_sign_in=; Max-Age=0; Path=\/admin\/auth;/.test(cookie)), 'the flow cookie is cleared');
    const session = await call(server.baseUrl, 'getStaffSession', { path: '/staff/session', headers: { cookie: staffCookie! } });
    assert.equal(session.status, 200);
    assert.equal(session.body.email, 'editor@utrecht.example', 'matched whatever the case the provider sends');
    assert.deepEqual(session.body.sites, [{ siteId: demoSiteId, siteName: 'Gemeente Voorbeeld', siteKey: demoSiteKey, role: 'editor' }]);
    const created = await call(server.baseUrl, 'createPoll', { method: 'POST', path: '/admin/polls', headers: fromConsole(staffCookie!), json: pollInput });
    assert.equal(created.status, 201);
  });

  it('refuses a verified address that has no role, with no session', async () => {
    const { response, staff, page } = await signInAs('stranger');
    assert.equal(response.status, 403);
    assert.equal(staff, undefined);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    assertBilingual(page, /stranger@example\.org heeft geen rol in Inspraak/, /stranger@example\.org has no role in Inspraak/);
  });

  it('refuses an e-mail address the provider does not vouch for (email_verified not true), even a staff member’s', async () => {
    for (const login of ['unverified', 'verified-as-text', 'no-email']) {
      const { response, staff, page } = await signInAs(login);
      assert.equal(response.status, 403, login);
      assert.equal(staff, undefined, login);
      assertBilingual(page, /Geen bevestigd e-mailadres/, /No verified e-mail address/);
    }
  });

  it('refuses a callback whose state was tampered with, or that belongs to another browser’s sign-in', async () => {
    const { authorizationUrl, flowCookie } = await startSignIn();
    const callback = new URL(await throughProvider(provider.issuer, authorizationUrl, 'editor'));
    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${callback.searchParams.get('state')!.slice(0, -1)}x`);
    const refused = await openCallback(tampered.href, flowCookie);
    assert.equal(refused.response.status, 400);
    assert.equal(refused.staff, undefined);
    assertBilingual(refused.page, /hoort niet bij het inloggen dat in deze browser begon/, /does not belong to the sign-in this browser started/);

    // Login CSRF: someone sends their own callback to a staff member whose browser started a sign-in of its own.
    const other = await startSignIn();
    const foreign = await openCallback(callback.href, other.flowCookie);
    assert.equal(foreign.response.status, 400);
    assert.equal(foreign.staff, undefined);

    const withoutFlow = await openCallback(callback.href);
    assert.equal(withoutFlow.response.status, 400);
    assert.equal(withoutFlow.staff, undefined);
    assertBilingual(withoutFlow.page, /Inloggen is niet afgemaakt/, /Sign-in did not finish/);
  });

  it('refuses when the provider says no (the person cancelled) or the code was already used', async () => {
    const cancelled = await signInAs('editor', { cancel: true });
    assert.equal(cancelled.response.status, 400);
    assert.equal(cancelled.staff, undefined);
    assertBilingual(cancelled.page, /heeft uw inloggen niet bevestigd/, /did not confirm your sign-in/);

    const { authorizationUrl, flowCookie } = await startSignIn();
    const callback = await throughProvider(provider.issuer, authorizationUrl, 'editor');
    assert.equal((await openCallback(callback, flowCookie)).response.status, 303);
    const replayed = await openCallback(callback, flowCookie);
    assert.equal(replayed.response.status, 400, 'an authorization code works once');
    assert.equal(replayed.staff, undefined);
  });

  it('a moderator signed in through the provider still cannot create a poll (server-side)', async () => {
    const { response, staffCookie } = await signInAs('moderator');
    assert.equal(response.status, 303);
    const refused = await call(server.baseUrl, 'createPoll', { method: 'POST', path: '/admin/polls', headers: fromConsole(staffCookie!), json: pollInput });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'staff-role-not-allowed');
    const queue = await call(server.baseUrl, 'listModerationQueue', { path: '/admin/moderation-queue', headers: fromConsole(staffCookie!) });
    assert.equal(queue.status, 200);
  });
});

describe('staff sign-in with the e-mail claims in the ID token', () => {
  it('reads them there when the provider has no userinfo endpoint, and still requires email_verified', async () => {
    const provider = await startTestProvider(accounts, { withoutUserinfo: true });
    const server = await startTestServer({ env: provider.env });
    try {
      provider.registerClient(`${server.origin}/admin/auth/callback`);
      await addStaffMember({ db: server.app.inspraak.db, now: () => new Date() }, demoSiteId, 'editor@utrecht.example', 'editor');
      const signInAs = async (login: string) => {
        const start = await fetch(`${server.origin}/admin/auth/login`, { redirect: 'manual' });
        const callback = await throughProvider(provider.issuer, start.headers.get('location')!, login);
        return fetch(callback, { headers: { cookie: start.headers.getSetCookie()[0]!.split(';')[0]! }, redirect: 'manual' });
      };
      const signedIn = await signInAs('editor');
      assert.equal(signedIn.status, 303);
      assert.ok(signedIn.headers.getSetCookie().some((cookie) => cookie.startsWith('inspraak_staff=ss_')));
      const refused = await signInAs('unverified');
      assert.equal(refused.status, 403);
      assert.ok(!refused.headers.getSetCookie().some((cookie) => cookie.startsWith('inspraak_staff=')));
    } finally {
      await server.close();
      await provider.close();
    }
  });
});

describe('staff sign-in when the provider is missing or down', () => {
  it('without INSPRAAK_OIDC_* the sign-in page says to use a one-time link', async () => {
    const server = await startTestServer();
    try {
      for (const path of ['/admin/auth/login', '/admin/auth/callback?code=x&state=y']) {
        const response = await fetch(`${server.origin}${path}`, { redirect: 'manual' });
        assert.equal(response.status, 404, path);
        assert.deepEqual(response.headers.getSetCookie(), []);
        const page = await response.text();
        assertBilingual(page, /U logt in met een inloglink/, /You sign in with a sign-in link/);
        assert.match(page, /inspraak staff sign-in-link --email/);
      }
    } finally {
      await server.close();
    }
  });

  it('a provider that cannot be reached gets a clear 503 page, and is tried again on the next sign-in', async () => {
    // The provider's address, with nobody listening there any more.
    const down = await startTestProvider(accounts);
    await down.close();
    const server = await startTestServer({ env: down.env });
    try {
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const response = await fetch(`${server.origin}/admin/auth/login`, { redirect: 'manual' });
        assert.equal(response.status, 503);
        assert.equal(response.headers.get('retry-after'), '60');
        assert.deepEqual(response.headers.getSetCookie(), []);
        assertBilingual(await response.text(), /De inlogdienst van de gemeente is nu niet bereikbaar/, /The city’s sign-in service cannot be reached/);
      }
      const back = await startTestProvider(accounts, { port: Number(new URL(down.issuer).port), clientSecret: down.env.INSPRAAK_OIDC_CLIENT_SECRET });
      try {
        back.registerClient(`${server.origin}/admin/auth/callback`);
        const response = await fetch(`${server.origin}/admin/auth/login`, { redirect: 'manual' });
        assert.equal(response.status, 303, 'discovered once the provider is back');
        assert.equal(new URL(response.headers.get('location')!).origin, back.issuer);
      } finally {
        await back.close();
      }
    } finally {
      await server.close();
    }
  });
});
