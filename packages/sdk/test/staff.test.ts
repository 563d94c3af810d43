/**
 * The console's client against the real server: a staff member signed in by a one-time link, their
 * session, admin calls by session and `Inspraak-Site` (no admin token, no site key), and sign-out.
 * Node's fetch keeps no cookies, so `browserFetch` adds what a browser adds on the server's own
 * origin: the session cookie and the Origin header.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addStaffMember, createSignInLink } from '../../server/src/services/staff-service.ts';
import { startTestServer } from '../../server/src/testing.ts';
import { createClient, InspraakApiError } from '../src/index.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
const ctx = () => ({ db: server.app.inspraak.db, now: () => new Date() });
before(async () => {
  server = await startTestServer();
  await addStaffMember(ctx(), 'site_demo', 'editor@voorbeeld.example', 'editor');
  await addStaffMember(ctx(), 'site_demo', 'moderator@voorbeeld.example', 'moderator');
});
after(() => server.close());

async function signIn(email: string): Promise<string> {
  const { token } = await createSignInLink(ctx(), email);
  const response = await fetch(`${server.origin}/admin/auth/link?token=${encodeURIComponent(token)}`, { redirect: 'manual' });
  assert.equal(response.status, 303);
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** Records each request as sent and adds the browser's cookie and Origin. */
function browserFetch(cookie: string | undefined) {
  const sent: Request[] = [];
  const fetchLike: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    sent.push(request.clone());
    if (cookie) request.headers.set('cookie', cookie);
    request.headers.set('origin', server.origin);
    return fetch(request);
  };
  return { fetch: fetchLike, sent };
}

const consoleClient = (cookie: string | undefined) => {
  const recorder = browserFetch(cookie);
  // A site key passed by mistake is not sent: the console authenticates by session only.
  const client = createClient({ baseUrl: server.baseUrl, staffSite: 'site_demo', siteKey: server.siteKey, fetch: recorder.fetch, retry: 0 });
  return { client, sent: recorder.sent };
};

async function apiError(promise: Promise<unknown>): Promise<InspraakApiError> {
  const error = await promise.then(
    () => assert.fail('expected the call to fail'),
    (error: unknown) => error,
  );
  assert.ok(error instanceof InspraakApiError, `an InspraakApiError, got ${String(error)}`);
  return error;
}

describe('staff', () => {
  test('session() names the signed-in staff member and their sites', async () => {
    const { client } = consoleClient(await signIn('editor@voorbeeld.example'));
    const session = await client.staff.session();
    assert.equal(session.email, 'editor@voorbeeld.example');
    assert.deepEqual(
      session.sites.map(({ siteId, role }) => ({ siteId, role })),
      [{ siteId: 'site_demo', role: 'editor' }],
    );
    assert.ok(Date.parse(session.expiresAt) > Date.now());
  });

  test('session() without a session is a 401 the console can tell apart', async () => {
    const error = await apiError(consoleClient(undefined).client.staff.session());
    assert.equal(error.status, 401);
    assert.equal(error.kind, 'unauthorized');
  });

  test('admin calls send Inspraak-Site, credentials same-origin, and neither admin token nor site key', async () => {
    const { client, sent } = consoleClient(await signIn('editor@voorbeeld.example'));
    const poll = await client.admin.polls.create({ question: 'Welke boom in het park?', options: [{ label: 'Eik' }, { label: 'Linde' }] });
    const request = sent.at(-1)!;
    assert.equal(request.method, 'POST');
    assert.equal(request.headers.get('inspraak-site'), 'site_demo');
    assert.equal(request.headers.get('authorization'), null);
    assert.equal(request.headers.get('inspraak-site-key'), null);
    assert.equal(request.credentials, 'same-origin');

    const page = await client.admin.polls.list();
    assert.ok(page.items.some((item) => item.id === poll.id));
    const updated = await client.admin.polls.update(poll.id, { question: 'Welke boom komt in het park?' });
    assert.equal(updated.question, 'Welke boom komt in het park?');
    const closed = await client.admin.polls.close(poll.id);
    assert.equal(closed.status, 'closed');
    assert.match(await client.admin.polls.exportCsv(poll.id), /Eik/);
  });

  test('the server, not the client, enforces the role: a moderator cannot create a poll', async () => {
    const { client } = consoleClient(await signIn('moderator@voorbeeld.example'));
    const error = await apiError(client.admin.polls.create({ question: 'Mag dit?', options: [{ label: 'Ja' }, { label: 'Nee' }] }));
    assert.equal(error.status, 403);
  });

  test('another site than the session has is refused', async () => {
    const recorder = browserFetch(await signIn('editor@voorbeeld.example'));
    const client = createClient({ baseUrl: server.baseUrl, staffSite: 'site_elders', fetch: recorder.fetch, retry: 0 });
    const error = await apiError(client.admin.polls.list());
    assert.ok(error.status === 403 || error.status === 401, `status ${error.status}`);
  });

  test('the session names each site’s public key: the console follows a poll’s live results with it', async () => {
    const { client } = consoleClient(await signIn('editor@voorbeeld.example'));
    const [site] = (await client.staff.session()).sites;
    assert.equal(site?.siteKey, server.siteKey);
    const poll = await client.admin.polls.create({
      question: 'Welke bank?',
      options: [{ label: 'Hout' }, { label: 'Steen' }],
      resultsVisibility: 'always',
    });

    const live = createClient({ baseUrl: server.baseUrl, siteKey: site!.siteKey, participantStore: new Map() });
    const controller = new AbortController();
    const events = live.polls.subscribe(poll.id, { signal: controller.signal });
    try {
      assert.equal((await events.next()).value!.totalBallots, 0);
      const voter = createClient({ baseUrl: server.baseUrl, siteKey: server.siteKey, participantStore: new Map() });
      await voter.polls.vote(poll.id, { optionIds: [poll.options[1]!.id] });
      assert.equal((await events.next()).value!.totalBallots, 1);
    } finally {
      controller.abort();
    }
  });

  test('signOut() ends the session: the cookie no longer works', async () => {
    const { client } = consoleClient(await signIn('editor@voorbeeld.example'));
    await client.staff.signOut();
    const error = await apiError(client.staff.session());
    assert.equal(error.status, 401);
  });
});
