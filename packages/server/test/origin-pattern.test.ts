import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { originAllowed, parseOriginPattern } from '../src/services/origin-pattern.ts';

describe('origin patterns', () => {
  const patterns = ['https://www.example-city.nl', 'http://localhost:*', 'http://127.0.0.1:*'];

  it('matches exact origins and port wildcards', () => {
    assert.equal(originAllowed('https://www.example-city.nl', patterns), true);
    assert.equal(originAllowed('https://www.example-city.nl:443', patterns), true);
    assert.equal(originAllowed('http://localhost:5173', patterns), true);
    assert.equal(originAllowed('http://localhost', patterns), true);
    assert.equal(originAllowed('http://127.0.0.1:8080', patterns), true);
  });

  it('refuses other schemes, hosts, ports and look-alikes', () => {
    for (const origin of [
      'http://www.example-city.nl',
      'https://www.example-city.nl:8443',
      'https://example-city.nl',
      'https://www.example-city.nl.evil.example',
      'https://localhost:5173',
      'http://localhost.evil.example',
      'null',
      '',
      'http://localhost:5173/path',
    ]) {
      assert.equal(originAllowed(origin, patterns), false, origin);
    }
  });

  it('parses patterns and refuses what is not an origin', () => {
    assert.deepEqual(parseOriginPattern('HTTP://LocalHost:*'), { scheme: 'http', host: 'localhost', port: '*' });
    assert.deepEqual(parseOriginPattern('https://x.nl:443'), { scheme: 'https', host: 'x.nl', port: '' });
    for (const bad of ['www.x.nl', 'ftp://x.nl', 'https://x.nl/', 'https://*.x.nl', 'https://x.nl:99999x']) {
      assert.throws(() => parseOriginPattern(bad), bad);
    }
  });
});
