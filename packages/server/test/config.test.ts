import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig, repositoryRoot } from '../src/config.ts';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({});
    assert.equal(config.port, 8080);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.dataDir, path.join(repositoryRoot, 'data'));
    assert.equal(config.trustProxy, false);
    assert.equal(config.bodyLimit, 16 * 1024);
    assert.equal(config.rateLimit.windowSeconds, 60);
    assert.ok(config.rateLimit.perClient > 0 && config.rateLimit.perSite > 0 && config.rateLimit.ballotsPerPoll > 0);
  });

  it('reads the environment', () => {
    const config = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      INSPRAAK_DATA_DIR: '/tmp/inspraak-x',
      INSPRAAK_TRUST_PROXY: 'true',
      INSPRAAK_RATE_LIMIT_CLIENT: '5',
      INSPRAAK_RATE_LIMIT_SITE: '0',
      INSPRAAK_RATE_LIMIT_POLL_BALLOTS: '7',
      INSPRAAK_RATE_LIMIT_BOARD_WRITES: '8',
      INSPRAAK_RATE_LIMIT_WINDOW: '10',
      INSPRAAK_LOG_LEVEL: 'debug',
    });
    assert.equal(config.port, 9000);
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.dataDir, '/tmp/inspraak-x');
    assert.equal(config.trustProxy, true);
    assert.deepEqual(config.rateLimit, { windowSeconds: 10, perSite: 0, perClient: 5, ballotsPerPoll: 7, writesPerBoard: 8 });
    assert.equal(config.logLevel, 'debug');
    assert.equal(loadConfig({ INSPRAAK_TRUST_PROXY: '10.0.0.0/8' }).trustProxy, '10.0.0.0/8');
  });

  it('refuses numbers that are not whole and non-negative', () => {
    assert.throws(() => loadConfig({ PORT: 'eighty' }), /PORT/);
    assert.throws(() => loadConfig({ INSPRAAK_RATE_LIMIT_CLIENT: '-1' }), /INSPRAAK_RATE_LIMIT_CLIENT/);
  });
});
