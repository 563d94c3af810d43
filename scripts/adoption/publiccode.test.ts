// publiccode.yml against the rules of the publiccode.yml standard (publiccode-standard.ts), and in
// step with the project: version and release date from the packages and CHANGELOG.md, licence from
// package.json, languages from the widgets' locales, Node.js from the engines field.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { projectSecurityPolicy } from '../../packages/server/src/config.ts';
import * as standard from './publiccode-standard.ts';
import { changelog, latestRelease, packageJson, publishedPackages, readRootFile, repositoryRoot } from './release-facts.ts';

// jslicense's parser (npm's own licence check uses it): throws on anything that is not a valid SPDX expression.
const parseSpdx = createRequire(import.meta.url)('spdx-expression-parse') as (expression: string) => unknown;

type Yaml = Record<string, any>;
// YAML 1.2, as the standard asks; a key written twice is an error, not a silent overwrite.
const publiccode: Yaml = parse(readRootFile('publiccode.yml'), { version: '1.2', uniqueKeys: true });

const isDate = (value: unknown): value is string =>
  typeof value === 'string' && standard.datePattern.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const isHttpsUrl = (value: unknown): boolean => typeof value === 'string' && URL.canParse(value) && new URL(value).protocol === 'https:';
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
const assertOnlyKeys = (object: Yaml, allowed: string[], where: string) => {
  for (const key of Object.keys(object)) assert.ok(allowed.includes(key), `${where}: "${key}" is not a key of the standard`);
};

describe('publiccode.yml', () => {
  it('has every mandatory key and no key the standard does not define', () => {
    for (const key of standard.requiredKeys) assert.ok(publiccode[key] !== undefined, `${key} is mandatory`);
    assertOnlyKeys(publiccode, standard.topLevelKeys, 'top level');
    assert.equal(publiccode.publiccodeYmlVersion, '0', 'version 0 of the standard, as a string');
    assert.equal(publiccode.name, 'Inspraak');
    assert.ok(isHttpsUrl(publiccode.url), 'url is the https address of the source repository');
  });

  it('names the one repository that CHANGELOG.md, SECURITY.md, the packages and the server\'s security.txt name', () => {
    const repository = String(publiccode.url).replace(/\.git$/, '');
    assert.equal(changelog().url, repository);
    assert.ok(projectSecurityPolicy.startsWith(`${repository}/`), projectSecurityPolicy);
    assert.ok(readRootFile('SECURITY.md').includes(`<${repository}/`));
    for (const folder of publishedPackages) {
      const manifest = JSON.parse(readRootFile(`${folder}/package.json`)) as { repository?: { url?: string } };
      if (manifest.repository) assert.equal(manifest.repository.url, `git+${repository}.git`, `${folder}/package.json repository`);
    }
  });

  it("carries the packages' version and the release date of CHANGELOG.md's newest release", () => {
    const release = latestRelease();
    assert.equal(typeof publiccode.softwareVersion, 'string');
    assert.equal(publiccode.softwareVersion, release.version);
    for (const folder of publishedPackages) assert.equal(packageJson(folder).version, publiccode.softwareVersion, folder);
    assert.ok(isDate(publiccode.releaseDate), `releaseDate "${publiccode.releaseDate}" is a real YYYY-MM-DD date`);
    assert.equal(publiccode.releaseDate, release.date);
  });

  it('takes platforms, categories, status, type and audience from the lists of the standard', () => {
    for (const platform of asList(publiccode.platforms)) assert.ok(standard.platforms.includes(platform as string), `platform ${platform}`);
    assert.ok(Array.isArray(publiccode.categories) && publiccode.categories.length > 0);
    assert.equal(new Set(publiccode.categories).size, publiccode.categories.length, 'no category twice');
    for (const category of publiccode.categories) assert.ok(standard.categories.includes(category), `category ${category}`);
    assert.ok(standard.developmentStatuses.includes(publiccode.developmentStatus), `developmentStatus ${publiccode.developmentStatus}`);
    assert.ok(standard.softwareTypes.includes(publiccode.softwareType), `softwareType ${publiccode.softwareType}`);
    for (const scope of publiccode.intendedAudience?.scope ?? []) assert.ok(standard.scopes.includes(scope), `scope ${scope}`);
    for (const country of publiccode.intendedAudience?.countries ?? []) assert.match(country, /^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, uppercase');
  });

  it('describes Inspraak in English and Dutch within the lengths the standard sets', () => {
    const languages = Object.keys(publiccode.description ?? {});
    assert.deepEqual(languages.sort(), ['en', 'nl']);
    for (const language of languages) {
      const text: Yaml = publiccode.description[language];
      assert.match(language, standard.languageTagPattern);
      assertOnlyKeys(text, standard.descriptionKeys, `description/${language}`);
      const short: unknown = text.shortDescription;
      assert.ok(typeof short === 'string' && short.trim().length > 0, `${language}: shortDescription`);
      assert.ok(short.length <= standard.shortDescriptionMax, `${language}: shortDescription is ${short.length} characters, at most ${standard.shortDescriptionMax}`);
      assert.ok(!short.includes('\n'), `${language}: shortDescription is one line`);
      const long: unknown = text.longDescription;
      assert.ok(typeof long === 'string', `${language}: longDescription`);
      const { min, max } = standard.longDescriptionLength;
      assert.ok(long.length >= min && long.length <= max, `${language}: longDescription is ${long.length} characters, ${min} to ${max}`);
      assert.ok(Array.isArray(text.features) && text.features.length > 0, `${language}: features`);
      for (const feature of text.features) assert.ok(typeof feature === 'string' && feature.trim().length > 0, `${language}: a feature is text`);
    }
    assert.equal(publiccode.description.en.features.length, publiccode.description.nl.features.length, 'the same features in both languages');
  });

  it('names the licence of every package as a valid SPDX expression', () => {
    const license: unknown = publiccode.legal?.license;
    assert.equal(typeof license, 'string');
    assert.doesNotThrow(() => parseSpdx(license as string), `"${license}" is an SPDX expression`);
    assert.throws(() => parseSpdx('EUPL-1.3'), 'the SPDX check can fail');
    assert.equal(license, packageJson('.').license);
    for (const folder of publishedPackages) assert.equal(packageJson(folder).license, license, folder);
  });

  it('says how it is maintained, with contacts where the type asks for them', () => {
    const { maintenance } = publiccode;
    assert.ok(standard.maintenanceTypes.includes(maintenance?.type), `maintenance/type ${maintenance?.type}`);
    if (maintenance.type === 'internal' || maintenance.type === 'community') {
      assert.ok(Array.isArray(maintenance.contacts) && maintenance.contacts.length > 0, 'contacts are mandatory for this type');
    }
    for (const contact of maintenance.contacts ?? []) {
      assert.ok(typeof contact.name === 'string' && contact.name.length > 0, 'a contact has a name');
      assertOnlyKeys(contact, ['name', 'email', 'phone', 'affiliation'], 'maintenance/contacts');
    }
    if (maintenance.type === 'contract') {
      for (const contractor of maintenance.contractors ?? []) assert.ok(contractor.name && isDate(contractor.until));
    } else {
      assert.equal(maintenance.contractors, undefined, 'contractors only with type contract');
    }
  });

  it('lists exactly the languages the widgets ship', () => {
    const { localisation } = publiccode;
    assert.equal(localisation?.localisationReady, true);
    // Each text file starts with its language: nl-poll.ts, en-map.ts.
    const shipped = [
      ...new Set(
        readdirSync(new URL('packages/widgets/src/locales/', repositoryRoot))
          .filter((file) => /^[a-z]{2}-[a-z-]+\.ts$/.test(file))
          .map((file) => file.slice(0, 2)),
      ),
    ];
    for (const language of localisation.availableLanguages) assert.match(language, standard.languageTagPattern);
    assert.deepEqual([...localisation.availableLanguages].sort(), shipped.sort());
  });

  it('depends on Node.js from the version the packages require, and on nothing proprietary', () => {
    const { dependsOn } = publiccode;
    assertOnlyKeys(dependsOn, ['open', 'proprietary', 'hardware'], 'dependsOn');
    assert.equal(dependsOn.proprietary, undefined);
    for (const dependency of dependsOn.open) {
      assertOnlyKeys(dependency, standard.dependencyKeys, `dependsOn/open ${dependency.name}`);
      assert.ok(typeof dependency.name === 'string' && dependency.name.length > 0);
      for (const key of ['version', 'versionMin', 'versionMax']) {
        if (dependency[key] !== undefined) assert.equal(typeof dependency[key], 'string', `${dependency.name} ${key} is a string`);
      }
      if (dependency.optional !== undefined) assert.equal(typeof dependency.optional, 'boolean');
    }
    const node = dependsOn.open.find((d: Yaml) => d.name === 'Node.js');
    assert.equal(`>=${node?.versionMin}`, packageJson('.').engines?.node);
  });
});
