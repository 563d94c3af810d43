import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startTestServer } from '../src/testing.ts';
import { call } from './support/api.ts';
import { runEntry } from './support/run-process.ts';

describe('CLI: inspraak sites, migrate, --help', () => {
  let dataDir: string;
  const cli = (...args: string[]) => runEntry('src/cli.ts', args, { INSPRAAK_DATA_DIR: dataDir });
  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'inspraak-cli-'));
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  let siteId = '';
  let publicKey = '';
  let adminToken = '';

  it('sites create prints the id and both keys; only the hash of sk_ is stored', async () => {
    const result = await cli('sites', 'create', '--name', 'Gemeente Proefstad', '--origin', 'https://www.proefstad.nl', '--origin', 'http://localhost:*');
    assert.equal(result.code, 0, result.stderr);
    siteId = /site id:\s+(site_\w+)/.exec(result.stdout)![1]!;
    publicKey = /public site key:\s+(pk_\w+)/.exec(result.stdout)![1]!;
    adminToken = /admin token:\s+(sk_\w+)/.exec(result.stdout)![1]!;
    assert.ok(siteId && publicKey && adminToken);
  });

  it('sites list shows the site, its public key and origins, never the admin token', async () => {
    const result = await cli('sites', 'list');
    assert.equal(result.code, 0);
    assert.match(result.stdout, new RegExp(`${siteId}\\tGemeente Proefstad\\t${publicKey}\\thttps://www.proefstad.nl http://localhost:\\*`));
    assert.ok(!result.stdout.includes(adminToken));
  });

  it('the new keys work on a server over that data dir', async () => {
    const server = await startTestServer({ dataDir });
    try {
      const poll = await call(server.baseUrl, 'createPoll', {
        method: 'POST',
        path: '/admin/polls',
        headers: { authorization: `Bearer ${adminToken}` },
        json: { id: 'poll_cli', question: 'Werkt het?', options: [{ label: 'Ja' }, { label: 'Nee' }] },
      });
      assert.equal(poll.status, 201);
      const read = await call(server.baseUrl, 'getPoll', { path: '/polls/poll_cli', headers: { 'inspraak-site-key': publicKey } });
      assert.equal(read.status, 200);
      const demo = await call(server.baseUrl, 'getPoll', { path: '/polls/poll_cli', headers: { 'inspraak-site-key': server.siteKey } });
      assert.equal(demo.status, 404, 'the demo site does not see it');
    } finally {
      await server.close();
    }
  });

  it('staff add, list, sign-in-link and remove; the link signs the person in to the console', async () => {
    const added = await cli('staff', 'add', '--site', siteId, '--email', 'Redactie@Proefstad.nl', '--role', 'editor');
    assert.equal(added.code, 0, added.stderr);
    assert.equal(added.stdout.trim(), `redactie@proefstad.nl is editor of site ${siteId}.`);
    const wrongRole = await cli('staff', 'add', '--site', siteId, '--email', 'x@proefstad.nl', '--role', 'boss');
    assert.equal(wrongRole.code, 1);
    assert.match(wrongRole.stderr, /The role must be one of admin, editor, moderator, got "boss"/);
    const noSite = await cli('staff', 'add', '--site', 'site_nergens', '--email', 'x@proefstad.nl', '--role', 'editor');
    assert.equal(noSite.code, 1);
    assert.match(noSite.stderr, /Site "site_nergens" does not exist/);
    const list = await cli('staff', 'list', '--site', siteId);
    assert.equal(list.stdout, `${siteId}\tredactie@proefstad.nl\teditor\n`);

    const link = await cli('staff', 'sign-in-link', '--email', 'redactie@proefstad.nl');
    assert.equal(link.code, 0, link.stderr);
    const url = link.stdout.trim();
    assert.match(url, /^http:\/\/localhost:8080\/admin\/auth\/link\?token=sl_\w+$/);
    assert.match(link.stderr, /Works once, until /);
    const server = await startTestServer({ dataDir, demo: false });
    try {
      const opened = await fetch(`${server.origin}${new URL(url).pathname}${new URL(url).search}`, { redirect: 'manual' });
      assert.equal(opened.status, 303);
      const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0]!;
      const session = await call(server.baseUrl, 'getStaffSession', { path: '/staff/session', headers: { cookie } });
      assert.deepEqual(session.body.sites, [{ siteId, siteName: 'Gemeente Proefstad', siteKey: publicKey, role: 'editor' }]);
    } finally {
      await server.close();
    }
    const stranger = await cli('staff', 'sign-in-link', '--email', 'nobody@proefstad.nl');
    assert.equal(stranger.code, 1);
    assert.match(stranger.stderr, /has no role on any site/);

    assert.equal((await cli('staff', 'remove', '--site', siteId, '--email', 'redactie@proefstad.nl')).code, 0);
    assert.match((await cli('staff', 'list', '--site', siteId)).stderr, /No staff yet/);
    assert.equal((await cli('staff', 'remove', '--site', siteId, '--email', 'redactie@proefstad.nl')).code, 1, 'removing twice says so');
  });

  it('sites rotate-keys --admin replaces only the admin token; the old one stops working', async () => {
    const result = await cli('sites', 'rotate-keys', siteId, '--admin');
    assert.equal(result.code, 0, result.stderr);
    const newToken = /admin token:\s+(sk_\w+)/.exec(result.stdout)![1]!;
    assert.ok(!/public site key/.test(result.stdout));
    const server = await startTestServer({ dataDir });
    try {
      const old = await call(server.baseUrl, 'listPolls', { path: '/admin/polls', headers: { authorization: `Bearer ${adminToken}` } });
      assert.equal(old.status, 401);
      const fresh = await call(server.baseUrl, 'listPolls', { path: '/admin/polls', headers: { authorization: `Bearer ${newToken}` } });
      assert.equal(fresh.status, 200);
      const stillPublic = await call(server.baseUrl, 'getPoll', { path: '/polls/poll_cli', headers: { 'inspraak-site-key': publicKey } });
      assert.equal(stillPublic.status, 200);
    } finally {
      await server.close();
    }
  });

  it('sites rotate-keys without flags replaces both', async () => {
    const result = await cli('sites', 'rotate-keys', siteId);
    assert.equal(result.code, 0);
    const newKey = /public site key:\s+(pk_\w+)/.exec(result.stdout)![1]!;
    assert.notEqual(newKey, publicKey);
    assert.match(result.stdout, /admin token:\s+sk_/);
    const list = await cli('sites', 'list');
    assert.ok(list.stdout.includes(newKey) && !list.stdout.includes(publicKey));
  });

  it('bad input: clear messages and exit codes (2 wrong usage or configuration, 1 refused)', async () => {
    const cases: Array<[string[], number, RegExp]> = [
      [['sites', 'create', '--origin', 'https://x.nl'], 2, /--name/],
      [['sites', 'create', '--name', 'X'], 1, /origin/],
      [['sites', 'create', '--name', 'X', '--origin', 'www.x.nl'], 1, /not an origin/],
      [['sites', 'create', '--name', 'X', '--bogus'], 2, /bogus/],
      [['sites', 'rotate-keys'], 2, /site-id/],
      [['sites', 'rotate-keys', 'site_nope'], 1, /No site/],
      [['sites', 'frob'], 2, /unknown command 'frob'/],
      [['sites'], 2, /rotate-keys/],
      [['polls'], 2, /unknown command 'polls'/],
      [['backup'], 2, /missing required argument 'file'/],
      [['serve', '--port', '1'], 2, /unknown option '--port'/],
    ];
    for (const [args, code, message] of cases) {
      const result = await cli(...args);
      assert.equal(result.code, code, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, message, args.join(' '));
    }
    const badConfig = await runEntry('src/cli.ts', ['sites', 'list'], { INSPRAAK_DATA_DIR: dataDir, INSPRAAK_TRUST_PROXY: 'true' });
    assert.equal(badConfig.code, 2);
    assert.match(badConfig.stderr, /^Configuration: INSPRAAK_TRUST_PROXY/m);
  });

  it('--help for the program and for each command', async () => {
    const expectations: Array<[string[], RegExp]> = [
      [['--help'], /serve[\s\S]*sites[\s\S]*staff[\s\S]*migrate[\s\S]*backup/],
      [['staff', '--help'], /add[\s\S]*list[\s\S]*remove[\s\S]*sign-in-link/],
      [['staff', 'add', '--help'], /--site <siteId>[\s\S]*--email <address>[\s\S]*--role <role>/],
      [['serve', '--help'], /--demo[\s\S]*INSPRAAK_PUBLIC_URL/],
      [['sites', '--help'], /create[\s\S]*list[\s\S]*rotate-keys/],
      [['sites', 'create', '--help'], /--name <name>[\s\S]*--origin <origin>/],
      [['sites', 'rotate-keys', '--help'], /--public[\s\S]*--admin/],
      [['migrate', '--help'], /schema up to date/],
      [['backup', '--help'], /--force[\s\S]*To restore/],
      [['help', 'backup'], /--force/],
    ];
    for (const [args, usage] of expectations) {
      const result = await cli(...args);
      assert.equal(result.code, 0, args.join(' '));
      assert.match(result.stdout, usage, args.join(' '));
    }
  });

  it('every command that opens the database says which file it is', async () => {
    const file = path.join(dataDir, 'inspraak.sqlite');
    for (const args of [['sites', 'list'], ['sites', 'rotate-keys', siteId, '--public'], ['migrate'], ['backup', path.join(dataDir, 'copy.sqlite')]]) {
      const result = await cli(...args);
      assert.equal(result.code, 0, `${args.join(' ')}: ${result.stderr}`);
      assert.ok(result.stderr.includes(`Database: ${file}\n`), `${args.join(' ')}: ${result.stderr}`);
    }
  });

  it('reads the same data folder as the server by default (./data of the working directory) and never makes one to list it', async () => {
    const workingDir = await mkdtemp(path.join(tmpdir(), 'inspraak-cli-cwd-'));
    try {
      const list = await runEntry('src/cli.ts', ['sites', 'list'], { INSPRAAK_DATA_DIR: '' }, workingDir);
      assert.equal(list.code, 1);
      assert.match(list.stderr, new RegExp(`No database at ${escape(path.join(workingDir, 'data', 'inspraak.sqlite'))}.*INSPRAAK_DATA_DIR`));
      assert.equal(existsSync(path.join(workingDir, 'data')), false, 'nothing was created');
      const create = await runEntry('src/cli.ts', ['sites', 'create', '--name', 'Hier', '--origin', 'https://hier.nl'], { INSPRAAK_DATA_DIR: '' }, workingDir);
      assert.equal(create.code, 0, create.stderr);
      assert.ok(create.stderr.includes(`Database: ${path.join(workingDir, 'data', 'inspraak.sqlite')} (new)`), create.stderr);
    } finally {
      await rm(workingDir, { recursive: true, force: true });
    }
  });

  it('migrate reports what ran, then that nothing is left', async () => {
    const fresh = await mkdtemp(path.join(tmpdir(), 'inspraak-cli-migrate-'));
    try {
      const first = await runEntry('src/cli.ts', ['migrate'], { INSPRAAK_DATA_DIR: fresh });
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /^Ran \d+ migrations:\n  0001-initial\n[\s\S]*0005-server-secrets/);
      const again = await runEntry('src/cli.ts', ['migrate'], { INSPRAAK_DATA_DIR: fresh });
      assert.equal(again.code, 0);
      assert.match(again.stdout, /^Nothing to do: the database is up to date/);
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
