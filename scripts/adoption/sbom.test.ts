// The CycloneDX SBOM that the build writes for the server package (scripts/sbom.mjs): valid
// CycloneDX JSON (checked with CycloneDX's own schema validator), listing what the server runs in
// production with the versions and licences installed, and nothing that only builds or tests it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { packageJson, repositoryRoot } from './release-facts.ts';

const sbomPath = 'packages/server/dist/sbom.cdx.json';
const sbomUrl = new URL(sbomPath, repositoryRoot);

interface Component {
  type: string;
  group?: string;
  name: string;
  version?: string;
  purl?: string;
  licenses?: Array<{ license?: { id?: string; name?: string }; expression?: string }>;
}

const fullName = (component: Component) => (component.group ? `${component.group}/${component.name}` : component.name);
const installed = (name: string) => JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, repositoryRoot), 'utf8'));

describe(`the server's SBOM (${sbomPath})`, () => {
  assert.ok(existsSync(sbomUrl), `${sbomPath} is missing: \`npm run build\` writes it (or \`npm run sbom\` alone)`);
  const text = readFileSync(sbomUrl, 'utf8');
  const bom = JSON.parse(text) as { bomFormat: string; specVersion: string; components: Component[] };
  const byName = new Map(bom.components.map((component) => [fullName(component), component]));

  it('is CycloneDX JSON that passes the CycloneDX schema of its spec version', async () => {
    assert.equal(bom.bomFormat, 'CycloneDX');
    const version = Object.values(Spec.Version).find((v) => v === bom.specVersion);
    assert.ok(version, `spec version ${bom.specVersion} is one CycloneDX defines`);
    const problems = await new Validation.JsonStrictValidator(version).validate(text);
    assert.equal(problems, null, JSON.stringify(problems)?.slice(0, 1000));
  });

  it('lists fastify, kysely and better-sqlite3 with the versions and licences installed', () => {
    for (const name of ['fastify', 'kysely', 'better-sqlite3']) {
      const component = byName.get(name);
      assert.ok(component, `${name} is listed`);
      const { version, license } = installed(name);
      assert.equal(component.version, version, `${name}: the version installed now (a stale SBOM fails here)`);
      assert.equal(component.purl, `pkg:npm/${name}@${version}`);
      assert.deepEqual(component.licenses?.map((l) => l.license?.id ?? l.expression), [license], `${name}: its declared licence`);
    }
  });

  it('describes the server package at its version, with every dependency it runs on', () => {
    const server = packageJson('packages/server');
    assert.equal(byName.get(server.name)?.version, server.version);
    for (const name of Object.keys(server.dependencies ?? {})) assert.ok(byName.has(name), `${name} is listed`);
    for (const component of bom.components) assert.ok(component.version, `${fullName(component)} has a version`);
  });

  it('leaves out what only builds or tests the project', () => {
    for (const name of ['typescript', 'tsx', 'rollup', 'lit', '@inspraak/sdk', '@inspraak/widgets', '@cyclonedx/cyclonedx-npm']) {
      assert.ok(!byName.has(name), `${name} is not in production`);
    }
  });
});
