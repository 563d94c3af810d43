// What `inspraak serve` prints when it starts: where things are, which database, the demo keys only
// in demo mode and only while they work, and how to create the first site when there is none.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { databaseFileName } from '../src/db/open-database.ts';
import { runEntry, startServe } from './support/run-process.ts';

async function bannerOf(args: string[], env: Record<string, string>) {
  const server = await startServe(args, env);
  const demoPage = await fetch(`${server.origin}/`);
  server.child.kill('SIGTERM');
  assert.equal(await server.exited, 0);
  return { output: server.output(), demoPageStatus: demoPage.status };
}

describe('inspraak serve: the start banner', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'inspraak-serve-'));
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  it('without demo mode on a fresh folder: no keys, how to create the first site, the database it opened', async () => {
    const { output, demoPageStatus } = await bannerOf([], { INSPRAAK_DATA_DIR: dataDir });
    assert.match(output, /^Inspraak is running\.$/m);
    assert.ok(output.includes(`Database:   ${path.join(dataDir, databaseFileName)}`), output);
    assert.match(output, /No sites yet\. Create the first one[^\n]*\n\s+npm run inspraak -- sites create --name "Gemeente …" --origin https:\/\//);
    assert.doesNotMatch(output, /pk_demo_voorbeeld|sk_demo_voorbeeld|Demo page/);
    assert.equal(demoPageStatus, 404, 'the demo page (which embeds the demo keys) is not served');
  });

  it('with a site: how many, and no hint', async () => {
    const created = await runEntry('src/cli.ts', ['sites', 'create', '--name', 'Gemeente Proefstad', '--origin', 'https://www.proefstad.nl'], { INSPRAAK_DATA_DIR: dataDir });
    assert.equal(created.code, 0, created.stderr);
    const { output } = await bannerOf([], { INSPRAAK_DATA_DIR: dataDir });
    assert.match(output, /Sites:\s+1 /);
    assert.doesNotMatch(output, /No sites yet|_demo_voorbeeld/);
  });

  it('with an OpenID Connect provider: where staff sign in and the redirect URI to register, never the secret', async () => {
    const oidc = { INSPRAAK_OIDC_ISSUER: 'https://login.proefstad.nl/realms/staff', INSPRAAK_OIDC_CLIENT_ID: 'inspraak', INSPRAAK_OIDC_CLIENT_SECRET: 's3cret' };
    const { output } = await bannerOf([], { INSPRAAK_DATA_DIR: dataDir, ...oidc });
    assert.match(
      output,
      /^ {2}Staff: {6}(http:\/\/127\.0\.0\.1:\d+)\/admin\/auth\/login {2}\(sign-in through https:\/\/login\.proefstad\.nl\/realms\/staff; its redirect URI: \1\/admin\/auth\/callback\)$/m,
    );
    assert.doesNotMatch(output, /s3cret/);
  });

  it('--demo (or INSPRAAK_DEMO=1): the demo page and the demo keys', async () => {
    for (const [args, env] of [[['--demo'], {}], [[], { INSPRAAK_DEMO: '1' }]] as const) {
      const { output, demoPageStatus } = await bannerOf([...args], { INSPRAAK_DATA_DIR: dataDir, ...env });
      assert.match(output, /^Inspraak is running in demo mode\.$/m);
      assert.match(output, /Demo site:\s+site key pk_demo_voorbeeld\s+admin token sk_demo_voorbeeld/);
      assert.match(output, /Demo page:\s+http:\/\/127\.0\.0\.1:\d+\//);
      assert.equal(demoPageStatus, 200);
    }
  });

  it('never prints a demo key that no longer works; outside demo mode says the demo site is off', async () => {
    const rotated = await runEntry('src/cli.ts', ['sites', 'rotate-keys', 'site_demo', '--admin'], { INSPRAAK_DATA_DIR: dataDir });
    assert.equal(rotated.code, 0, rotated.stderr);
    const demo = await bannerOf(['--demo'], { INSPRAAK_DATA_DIR: dataDir });
    assert.match(demo.output, /Demo site:\s+site key pk_demo_voorbeeld\s/);
    assert.doesNotMatch(demo.output, /sk_demo_voorbeeld/);
    const production = await bannerOf([], { INSPRAAK_DATA_DIR: dataDir });
    assert.match(production.output, /Sites:\s+1 /);
    assert.match(production.output, /demo site in this database works only in demo mode/);
    assert.doesNotMatch(production.output, /_demo_voorbeeld/);
  });
});
