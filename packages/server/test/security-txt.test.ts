// /.well-known/security.txt as RFC 9116 describes it: Contact (one or more), Expires (exactly
// one, less than a year ahead), Policy, Preferred-Languages, Canonical; text/plain in UTF-8.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig, projectSecurityPolicy } from '../src/config.ts';
import { securityTxt } from '../src/routes/security-txt-route.ts';
import { startTestServer } from '../src/testing.ts';

/** The RFC 9116 fields this file may hold (section 2.5), and the ones that may appear only once. */
const knownFields = ['Acknowledgments', 'Canonical', 'Contact', 'CSAF', 'Encryption', 'Expires', 'Hiring', 'Policy', 'Preferred-Languages'];
const onlyOnce = ['Expires', 'Preferred-Languages'];
const yearMs = 365 * 24 * 60 * 60 * 1000;

/** Field name → values, checking the line syntax of RFC 9116 section 4 on the way. */
function parseSecurityTxt(text: string): Map<string, string[]> {
  assert.ok(text.endsWith('\n'), 'every line ends with a line break');
  const fields = new Map<string, string[]>();
  for (const line of text.slice(0, -1).split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([A-Za-z0-9-]+): (\S.*)$/.exec(line);
    assert.ok(match, `"${line}" is a field: "Name: value"`);
    const name = knownFields.find((known) => known.toLowerCase() === match[1]!.toLowerCase());
    assert.ok(name, `${match[1]} is an RFC 9116 field`);
    fields.set(name, [...(fields.get(name) ?? []), match[2]!]);
  }
  for (const name of onlyOnce) assert.ok((fields.get(name)?.length ?? 0) <= 1, `${name} appears at most once`);
  return fields;
}

function assertExpiresAhead(expires: string | undefined, now: number): void {
  assert.ok(expires, 'Expires is there');
  // RFC 9116 takes an Internet date/time (RFC 3339); we write UTC with a Z.
  assert.match(expires, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  const at = Date.parse(expires);
  assert.ok(at > now, `Expires ${expires} lies in the future`);
  assert.ok(at < now + yearMs, `Expires ${expires} lies less than a year ahead`);
}

describe('/.well-known/security.txt', () => {
  it("names the project's policy as contact by default, and no Canonical without a public URL", async () => {
    const server = await startTestServer();
    try {
      // A Host header is the client's word: it must not become the canonical address.
      const response = await fetch(`${server.origin}/.well-known/security.txt`, { headers: { host: 'evil.example' } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf-8');
      const text = await response.text();
      const fields = parseSecurityTxt(text);
      assert.deepEqual(fields.get('Contact'), [projectSecurityPolicy]);
      assertExpiresAhead(fields.get('Expires')?.[0], Date.now());
      assert.deepEqual(fields.get('Policy'), [projectSecurityPolicy]);
      assert.match(projectSecurityPolicy, /^https:\/\/.+\/SECURITY\.md$/);
      assert.deepEqual(fields.get('Preferred-Languages'), ['nl, en']);
      assert.equal(fields.get('Canonical'), undefined);
      assert.doesNotMatch(text, /evil\.example/);
    } finally {
      await server.close();
    }
  });

  it("names the city's own contact and the configured public address", async () => {
    const server = await startTestServer({
      env: { INSPRAAK_SECURITY_CONTACT: 'mailto:cvd@utrecht.nl', INSPRAAK_PUBLIC_URL: 'https://inspraak.utrecht.nl' },
    });
    try {
      const response = await fetch(`${server.origin}/.well-known/security.txt`);
      assert.equal(response.status, 200);
      const fields = parseSecurityTxt(await response.text());
      assert.deepEqual(fields.get('Contact'), ['mailto:cvd@utrecht.nl']);
      assert.deepEqual(fields.get('Canonical'), ['https://inspraak.utrecht.nl/.well-known/security.txt']);
      assert.deepEqual(fields.get('Policy'), [projectSecurityPolicy]);
    } finally {
      await server.close();
    }
  });

  it('keeps Expires between a day and a year ahead whatever the clock says, and the text steady within a day', () => {
    const config = { securityContact: 'https://www.example.nl/cvd', publicUrl: undefined };
    for (const iso of ['2026-12-31T23:59:59.999Z', '2027-01-01T00:00:00.000Z', '2028-02-29T12:00:00.000Z']) {
      const now = new Date(iso);
      const expires = parseSecurityTxt(securityTxt(config, now)).get('Expires')?.[0];
      assertExpiresAhead(expires, now.getTime());
      assert.ok(Date.parse(expires!) - now.getTime() > 24 * 60 * 60 * 1000, `${iso}: more than a day ahead`);
    }
    assert.equal(securityTxt(config, new Date('2027-03-01T00:00:01Z')), securityTxt(config, new Date('2027-03-01T23:59:59Z')));
  });

  it('INSPRAAK_SECURITY_CONTACT takes a mailto: address or an https: URL, nothing else', () => {
    assert.equal(loadConfig({}).securityContact, projectSecurityPolicy);
    assert.equal(loadConfig({ INSPRAAK_SECURITY_CONTACT: ' https://www.utrecht.nl/cvd ' }).securityContact, 'https://www.utrecht.nl/cvd');
    for (const wrong of ['cvd@utrecht.nl', 'http://www.utrecht.nl/cvd', 'mailto:', 'javascript:alert(1)', 'https://exa mple.nl']) {
      assert.throws(() => loadConfig({ INSPRAAK_SECURITY_CONTACT: wrong }), /INSPRAAK_SECURITY_CONTACT/, wrong);
    }
  });
});
