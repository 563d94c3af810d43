// CHANGELOG.md in the Keep a Changelog 1.1.0 form, with semantic versions, and in step with the
// packages: the newest release is the version they carry.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changelog, latestRelease, packageJson, publishedPackages, readRootFile } from './release-facts.ts';

describe('CHANGELOG.md', () => {
  it('is in the form Keep a Changelog writes (parsing and writing it back changes nothing)', () => {
    assert.equal(changelog().toString(), readRootFile('CHANGELOG.md'));
  });

  it('opens with Unreleased, then releases newest first, each a semantic version with a date and a link', () => {
    const { releases, url } = changelog();
    assert.equal(releases[0]?.version, undefined, 'the first section is [Unreleased]');
    const versioned = releases.slice(1);
    assert.ok(versioned.length >= 1, 'at least one release');
    for (const release of versioned) {
      assert.match(release.version ?? '', /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'a semantic version');
      assert.ok(release.date && !Number.isNaN(release.date.getTime()), `${release.version} has a date`);
      assert.ok(!release.isEmpty(), `${release.version} says what changed`);
    }
    for (let i = 1; i < versioned.length; i++) assert.ok(versioned[i - 1]!.compare(versioned[i]!) < 0, 'newest first');
    assert.match(url ?? '', /^https:\/\//, 'versions link to the repository');
    for (const release of releases) assert.ok(readRootFile('CHANGELOG.md').includes(`[${release.version ?? 'Unreleased'}]: ${url}/`));
  });

  it("names the packages' version as its newest release", () => {
    const { version } = latestRelease();
    for (const folder of publishedPackages) assert.equal(packageJson(folder).version, version, `${folder}/package.json`);
  });
});
