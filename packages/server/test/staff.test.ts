import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoSiteId, demoSiteKey, demoStaffEmail } from '../src/db/demo-seed.ts';
import { addStaffMember, createSignInLink, startStaffSession } from '../src/services/staff-service.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { adminHeaders } from './support/fixtures.ts';
import { fromConsole as consoleHeaders, openSignInLink, serviceContext, signIn as signInWith } from './support/staff-fixtures.ts';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const pollInput = { question: 'Welke bomen?', options: [{ label: 'Linde' }, { label: 'Eik' }] };

describe('staff sign-in, sessions and roles', () => {
  let server: TestServer;
  const ctxAt = (at?: Date) => serviceContext(server, at);
  const openLink = (token: string) => openSignInLink(server, token);
  const signIn = (email: string) => signInWith(server, email);
  const fromConsole = (cookie: string, site = demoSiteId) => consoleHeaders(server, cookie, site);

  before(async () => {
    server = await startTestServer();
    await addStaffMember(ctxAt(), demoSiteId, 'Editor@Utrecht.example ', 'editor');
    await addStaffMember(ctxAt(), demoSiteId, 'moderator@utrecht.example', 'moderator');
  });
  after(() => server.close());

  it('a sign-in link sets an HttpOnly, SameSite=Strict session cookie once and sends the browser to the console', async () => {
    const link = await createSignInLink(ctxAt(), demoStaffEmail);
    const first = await openLink(link.token);
    assert.equal(first.response.status, 303);
    assert.equal(first.response.headers.get('location'), '/admin/');
    assert.match(first.setCookie, /^inspraak_staff=ss_\w+; Path=\/; HttpOnly; SameSite=Strict$/);
    assert.equal(first.response.headers.get('cache-control'), 'no-store');
    const session = await call(server.baseUrl, 'getStaffSession', { path: '/staff/session', headers: { cookie: first.cookie } });
    assert.equal(session.status, 200);
    assert.deepEqual(session.body.sites, [{ siteId: demoSiteId, siteName: 'Gemeente Voorbeeld', siteKey: demoSiteKey, role: 'admin' }]);
    assert.equal(session.body.email, demoStaffEmail);

    const again = await openLink(link.token);
    assert.equal(again.response.status, 401, 'a used link is refused');
    assert.equal(again.setCookie, '');
    assert.match(await again.response.text(), /used before/);
  });

  it('refuses expired and unknown links, and people without a role', async () => {
    const old = await createSignInLink(ctxAt(minutesAgo(16)), demoStaffEmail);
    assert.equal((await openLink(old.token)).response.status, 401, 'a link older than 15 minutes is refused');
    assert.equal((await openLink('sl_madeup')).response.status, 401);
    assert.equal((await openLink('')).response.status, 401);
    await assert.rejects(createSignInLink(ctxAt(), 'stranger@example.org'), /has no role on any site/);
    assert.equal(await startStaffSession(ctxAt(), 'stranger@example.org', server.app.inspraak.config.staff), undefined);
  });

  it('matches e-mail addresses whatever their case', async () => {
    const cookie = await signIn('EDITOR@utrecht.example');
    const session = await call(server.baseUrl, 'getStaffSession', { path: '/staff/session', headers: { cookie } });
    assert.equal(session.body.email, 'editor@utrecht.example');
  });

  it('an editor creates and closes polls but cannot moderate; a moderator moderates but cannot create (server-side)', async () => {
    const editor = await signIn('editor@utrecht.example');
    const moderator = await signIn('moderator@utrecht.example');
    const created = await call(server.baseUrl, 'createPoll', { method: 'POST', path: '/admin/polls', headers: fromConsole(editor), json: pollInput });
    assert.equal(created.status, 201);
    const closed = await call(server.baseUrl, 'closePoll', { method: 'POST', path: `/admin/polls/${created.body.id}/close`, headers: fromConsole(editor) });
    assert.equal(closed.status, 200);
    const queueByEditor = await call(server.baseUrl, 'listModerationQueue', { path: '/admin/moderation-queue', headers: fromConsole(editor) });
    assert.equal(queueByEditor.status, 403);
    assert.equal(queueByEditor.body.code, 'staff-role-not-allowed');

    const refused = await call(server.baseUrl, 'createPoll', { method: 'POST', path: '/admin/polls', headers: fromConsole(moderator), json: pollInput });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'staff-role-not-allowed');
    assert.match(refused.body.detail, /"moderator" may not do this; it needs the role admin or editor/);
    const queue = await call(server.baseUrl, 'listModerationQueue', { path: '/admin/moderation-queue', headers: fromConsole(moderator) });
    assert.equal(queue.status, 200);
    const polls = await call(server.baseUrl, 'listPolls', { path: '/admin/polls', headers: fromConsole(moderator) });
    assert.equal(polls.status, 200, 'every role reads the lists');
  });

  it('a staff call names a site the person has a role on', async () => {
    const editor = await signIn('editor@utrecht.example');
    const { 'inspraak-site': _site, ...withoutSite } = fromConsole(editor);
    const missing = await call(server.baseUrl, 'listPolls', { path: '/admin/polls', headers: withoutSite });
    assert.equal(missing.status, 400);
    assert.equal(missing.body.code, 'staff-site-missing');
    const other = await call(server.baseUrl, 'listPolls', { path: '/admin/polls', headers: fromConsole(editor, 'site_elders') });
    assert.equal(other.status, 403);
    assert.equal(other.body.code, 'staff-not-on-site');
  });

  it('a session works only from the server’s own origin; no session, no access', async () => {
    const editor = await signIn('editor@utrecht.example');
    const foreign = await call(server.baseUrl, 'createPoll', { method: 'POST', path: '/admin/polls', headers: { ...fromConsole(editor), origin: 'https://evil.example' }, json: pollInput });
    assert.equal(foreign.status, 403);
    assert.equal(foreign.body.code, 'staff-origin-not-allowed');
    const { origin: _origin, ...noOrigin } = fromConsole(editor);
    const withoutOrigin = await call(server.baseUrl, 'createPoll', { method: 'POST', path: '/admin/polls', headers: noOrigin, json: pollInput });
    assert.equal(withoutOrigin.status, 403, 'a state-changing call without Origin is refused');
    assert.equal((await call(server.baseUrl, 'listPolls', { path: '/admin/polls', headers: noOrigin })).status, 200, 'a read without Origin (same-origin GET) works');
    const none = await call(server.baseUrl, 'getStaffSession', { path: '/staff/session' });
    assert.equal(none.status, 401);
    assert.equal(none.body.code, 'staff-session-missing');
    const unknown = await call(server.baseUrl, 'listPolls', { path: '/admin/polls', headers: fromConsole('inspraak_staff=ss_madeup') });
    assert.equal(unknown.status, 401);
    assert.equal(unknown.body.code, 'staff-session-ended');
  });

  it('an idle session ends; signing out ends it at once and clears the cookie', async () => {
    const idle = await startStaffSession(ctxAt(minutesAgo(31)), 'editor@utrecht.example', server.app.inspraak.config.staff);
    const ended = await call(server.baseUrl, 'getStaffSession', { path: '/staff/session', headers: { cookie: `inspraak_staff=${idle!.token}` } });
    assert.equal(ended.status, 401);
    assert.equal(ended.body.code, 'staff-session-ended');

    const cookie = await signIn('editor@utrecht.example');
    const out = await call(server.baseUrl, 'endStaffSession', { method: 'DELETE', path: '/staff/session', headers: { cookie, origin: server.origin } });
    assert.equal(out.status, 204);
    assert.match(out.headers.get('set-cookie') ?? '', /^inspraak_staff=; Max-Age=0; Path=\/; HttpOnly; SameSite=Strict$/);
    assert.equal((await call(server.baseUrl, 'getStaffSession', { path: '/staff/session', headers: { cookie } })).status, 401);
  });

  it('admin tokens still work for scripts, and a role change applies at once', async () => {
    assert.equal((await call(server.baseUrl, 'createPoll', { method: 'POST', path: '/admin/polls', headers: adminHeaders(server), json: pollInput })).status, 201);
    const cookie = await signIn('moderator@utrecht.example');
    await addStaffMember(ctxAt(), demoSiteId, 'moderator@utrecht.example', 'editor');
    assert.equal((await call(server.baseUrl, 'createPoll', { method: 'POST', path: '/admin/polls', headers: fromConsole(cookie), json: pollInput })).status, 201);
  });
});

describe('staff outside demo mode', () => {
  it('the demo site takes no staff session outside demo mode', async () => {
    const demo = await startTestServer();
    const dataDir = demo.dataDir;
    // The demo run left the demo site and its staff member in this database; production mode opens it next.
    const keep = await startTestServer({ demo: false, dataDir });
    try {
      const link = await createSignInLink({ db: keep.app.inspraak.db, now: () => new Date() }, demoStaffEmail);
      const opened = await fetch(`${keep.origin}/admin/auth/link?token=${link.token}`, { redirect: 'manual' });
      const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0]!;
      const refused = await call(keep.baseUrl, 'listPolls', { path: '/admin/polls', headers: { cookie, 'inspraak-site': demoSiteId } });
      assert.equal(refused.status, 401);
      assert.equal(refused.body.code, 'demo-mode-off');
    } finally {
      await keep.close();
      await demo.close();
    }
  });
});
