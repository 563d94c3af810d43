import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({});
    assert.equal(config.port, 8080);
    assert.equal(config.host, '127.0.0.1');
    // The CLI and the server resolve the same folder: ./data where the command runs.
    assert.equal(config.dataDir, path.resolve('data'));
    assert.equal(config.publicUrl, undefined);
    assert.equal(config.demo, false);
    assert.equal(config.oidc, undefined, 'staff sign in by one-time link unless a provider is configured');
    assert.equal(config.trustProxy, false);
    assert.equal(config.bodyLimit, 16 * 1024);
    assert.equal(config.rateLimit.windowSeconds, 60);
    assert.ok(config.rateLimit.perClient > 0 && config.rateLimit.ballotsPerPoll > 0 && config.rateLimit.writesPerBoard > 0);
  });

  it('reads the environment', () => {
    const config = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      INSPRAAK_DATA_DIR: '/tmp/inspraak-x',
      INSPRAAK_TRUST_PROXY: '1',
      INSPRAAK_PUBLIC_URL: 'https://inspraak.utrecht.nl/',
      INSPRAAK_DEMO: '1',
      INSPRAAK_RATE_LIMIT_CLIENT: '5',
      INSPRAAK_RATE_LIMIT_POLL_BALLOTS: '7',
      INSPRAAK_RATE_LIMIT_BOARD_WRITES: '8',
      INSPRAAK_RATE_LIMIT_WINDOW: '10',
      INSPRAAK_LOG_LEVEL: 'debug',
    });
    assert.equal(config.port, 9000);
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.dataDir, '/tmp/inspraak-x');
    assert.equal(config.trustProxy, 1);
    assert.equal(config.publicUrl, 'https://inspraak.utrecht.nl');
    assert.equal(config.demo, true);
    assert.deepEqual(config.rateLimit, { windowSeconds: 10, perClient: 5, ballotsPerPoll: 7, writesPerBoard: 8 });
    assert.equal(config.logLevel, 'debug');
    assert.deepEqual(loadConfig({ INSPRAAK_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1' }).trustProxy, ['127.0.0.1', '10.0.0.0/8', '::1']);
  });

  it('refuses the per-site quota it no longer has, saying why', () => {
    assert.throws(() => loadConfig({ INSPRAAK_RATE_LIMIT_SITE: '6000' }), /no longer read.*lock out/);
  });

  it('never trusts every proxy hop', () => {
    assert.throws(() => loadConfig({ INSPRAAK_TRUST_PROXY: 'true' }), /hop count|number of proxies/);
    assert.throws(() => loadConfig({ INSPRAAK_TRUST_PROXY: 'loopback' }), /not an IP address/);
    assert.throws(() => loadConfig({ INSPRAAK_TRUST_PROXY: '10.0.0.0/33' }), /not an IP address/);
  });

  it('takes the public address as an origin only', () => {
    assert.throws(() => loadConfig({ INSPRAAK_PUBLIC_URL: 'inspraak.utrecht.nl' }), /absolute URL/);
    assert.throws(() => loadConfig({ INSPRAAK_PUBLIC_URL: 'https://www.utrecht.nl/inspraak' }), /without a path/);
    assert.throws(() => loadConfig({ INSPRAAK_DEMO: 'ja' }), /INSPRAAK_DEMO/);
  });

  it('refuses numbers that are not whole and non-negative', () => {
    assert.throws(() => loadConfig({ PORT: 'eighty' }), /PORT/);
    assert.throws(() => loadConfig({ INSPRAAK_RATE_LIMIT_CLIENT: '-1' }), /INSPRAAK_RATE_LIMIT_CLIENT/);
  });

  it('takes the OpenID Connect provider as all three variables or none, naming what is missing', () => {
    const provider = {
      INSPRAAK_OIDC_ISSUER: 'https://login.utrecht.nl/realms/staff',
      INSPRAAK_OIDC_CLIENT_ID: 'inspraak',
      INSPRAAK_OIDC_CLIENT_SECRET: 's3cret',
    };
    assert.deepEqual(loadConfig(provider).oidc, { issuer: 'https://login.utrecht.nl/realms/staff', clientId: 'inspraak', clientSecret: 's3cret' });
    assert.throws(() => loadConfig({ ...provider, INSPRAAK_OIDC_CLIENT_SECRET: '' }), /together; INSPRAAK_OIDC_CLIENT_SECRET is missing/);
    assert.throws(
      () => loadConfig({ INSPRAAK_OIDC_ISSUER: provider.INSPRAAK_OIDC_ISSUER }),
      /INSPRAAK_OIDC_CLIENT_ID and INSPRAAK_OIDC_CLIENT_SECRET are missing/,
    );
    assert.throws(() => loadConfig({ ...provider, INSPRAAK_OIDC_ISSUER: ' ' }), /INSPRAAK_OIDC_ISSUER is missing/);
  });

  it('takes an https issuer, plain http only on this machine', () => {
    const client = { INSPRAAK_OIDC_CLIENT_ID: 'inspraak', INSPRAAK_OIDC_CLIENT_SECRET: 's3cret' };
    assert.throws(() => loadConfig({ ...client, INSPRAAK_OIDC_ISSUER: 'http://login.utrecht.nl' }), /https URL/);
    assert.throws(() => loadConfig({ ...client, INSPRAAK_OIDC_ISSUER: 'login.utrecht.nl' }), /issuer URL/);
    assert.throws(() => loadConfig({ ...client, INSPRAAK_OIDC_ISSUER: 'https://login.utrecht.nl/?realm=staff' }), /without query/);
    assert.equal(loadConfig({ ...client, INSPRAAK_OIDC_ISSUER: 'http://localhost:8081' }).oidc?.issuer, 'http://localhost:8081');
    assert.equal(loadConfig({ ...client, INSPRAAK_OIDC_ISSUER: 'http://127.0.0.1:8081/' }).oidc?.issuer, 'http://127.0.0.1:8081/');
  });
});
