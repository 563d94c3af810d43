// What a developer outside this repository gets from npm. `npm pack` makes the tarballs (after
// `npm run build`: the 'packages' step of `npm test` runs after 'build'), a scratch project in the
// system's temp folder installs them from their files and everything else from the npm cache, and
// the project's own files (consumer/) use them the way a developer would: plain Node against a real
// server, `tsc --strict` with node16 and bundler resolution, a Vite build; and an operations team
// runs the server from its installed package (`inspraak serve`, `inspraak sites create`). publint and
// @arethetypeswrong/cli lint each tarball.
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { waitForStartBanner } from '../server-process.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const consumerFiles = fileURLToPath(new URL('consumer/', import.meta.url));

/**
 * The workspace packages a developer installs. Another one joins with its name here: it is packed,
 * installed, checked for unwanted files and linted; a check of its own uses it from consumer/.
 */
const packages = ['@inspraak/contract', '@inspraak/sdk', '@inspraak/widgets', '@inspraak/server'];

/** What the consumer's typings tests need besides the packages: the frameworks of `@inspraak/widgets/react|preact|vue`. */
const frameworkTypes = ['@types/react', 'preact', 'vue'];

interface PackedFile { path: string }
interface Packed { name: string; filename: string; size: number; unpackedSize: number; entryCount: number; files: PackedFile[] }

let scratch: string;
let project: string;
const packed = new Map<string, Packed & { tarball: string }>();

function shellEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(npm_|INSPRAAK_)/i.test(name) && name !== 'NODE_OPTIONS' && name !== 'INIT_CWD'),
  );
}

/**
 * A child process with the environment a developer's shell has: none of the variables `npm test`
 * sets for its scripts (`npm_config_*` would carry this repository's .npmrc into the scratch
 * project's npm), and no NODE_OPTIONS (no tsx, no `source` condition).
 */
async function run(command: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}) {
  const env = { ...shellEnv(), ...extraEnv };
  try {
    return await promisify(execFile)(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${path.basename(command)} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`, { cause: error });
  }
}

const node = (args: string[], cwd: string, env?: Record<string, string>) => run(process.execPath, args, cwd, env);

interface InstalledServer { origin: string; readyMs: number; banner: string; stop(): Promise<void> }

/**
 * `inspraak serve` from the scratch project's node_modules/.bin, as an operations team runs it: on a
 * free port (PORT=0), ready when the start banner names its address.
 */
async function startInstalledServer(args: string[], dataDir: string): Promise<InstalledServer> {
  const started = performance.now();
  const child: ChildProcess = spawn(path.join(project, 'node_modules/.bin/inspraak'), ['serve', ...args], {
    cwd: project,
    env: { ...shellEnv(), PORT: '0', INSPRAAK_DATA_DIR: dataDir, INSPRAAK_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const { origin, output } = await waitForStartBanner(child, 30_000);
  return {
    origin,
    readyMs: performance.now() - started,
    banner: output(),
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
/** npm as a developer's shell finds it. */
const npm = (args: string[], cwd: string) => run('npm', args, cwd);

/** The version of a package in this repository's lockfile, so the scratch install finds it in the npm cache. */
async function lockedVersion(name: string): Promise<string> {
  const lock = JSON.parse(await readFile(path.join(root, 'package-lock.json'), 'utf8'));
  const version = lock.packages[`node_modules/${name}`]?.version;
  assert.ok(version, `${name} is not in package-lock.json`);
  return version;
}

before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'inspraak-install-'));
  const tarballs = path.join(scratch, 'tarballs');
  project = path.join(scratch, 'project');
  await mkdir(tarballs);
  await cp(consumerFiles, project, { recursive: true });

  const { stdout } = await npm(['pack', '--json', '--pack-destination', tarballs, ...packages.flatMap((name) => ['--workspace', name])], root);
  // npm prints the lifecycle scripts' output before the JSON array.
  for (const result of JSON.parse(stdout.slice(stdout.indexOf('\n[') + 1)) as Packed[]) {
    packed.set(result.name, { ...result, tarball: path.join(tarballs, result.filename) });
  }
  assert.deepEqual([...packed.keys()].sort(), [...packages].sort());

  const dependencies = Object.fromEntries([...packed].map(([name, { tarball }]) => [name, `file:${tarball}`]));
  const devDependencies = Object.fromEntries(await Promise.all(frameworkTypes.map(async (name) => [name, await lockedVersion(name)])));
  await writeFile(
    path.join(project, 'package.json'),
    JSON.stringify({
      name: 'inspraak-consumer',
      private: true,
      type: 'module',
      dependencies,
      devDependencies,
      // A package's dependency on another of ours (the widgets' on the SDK) is the tarball too, never the registry.
      overrides: Object.fromEntries(Object.keys(dependencies).map((name) => [name, `$${name}`])),
    }, null, 2),
  );
  await npm(['install', '--prefer-offline', '--no-audit', '--no-fund'], project);
});

after(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

test('each tarball holds its built files, README and licence, and no tests, fixtures or temporary files', async () => {
  for (const [name, { files }] of packed) {
    const paths = files.map((file) => file.path);
    const unwanted = paths.filter((file) => /(^|\/)(test|tests|fixtures?|tmp|coverage)\//.test(file) || /\.(test|spec|e2e\.test)\.[cm]?[jt]sx?$/.test(file) || /tsconfig.*\.json$|\.tsbuildinfo$/.test(file));
    assert.deepEqual(unwanted, [], `${name} packs files no user needs`);
    assert.ok(paths.includes('README.md'), `${name} has no README.md`);
    // That every file package.json points at is packed, publint checks below.
    assert.ok(paths.some((file) => /^dist\/.*\.js$/.test(file)), `${name} has no built JavaScript`);
    assert.ok(paths.includes('LICENSE'), `${name} does not carry the repository's LICENSE`);
    for (const declaration of paths.filter((file) => file.endsWith('.d.ts'))) {
      const text = await readFile(path.join(project, 'node_modules', name, declaration), 'utf8');
      assert.doesNotMatch(text, /from\s+['"]\.{1,2}\/[^'"]*\.ts['"]|import\(\s*['"]\.{1,2}\/[^'"]*\.ts['"]/, `${name}/${declaration} imports a .ts source`);
    }
  }
  const widgets = packed.get('@inspraak/widgets')!.files.map((file) => file.path);
  // A city hosts the whole cdn/ folder (DESIGN.md), so it comes with the package.
  assert.ok(widgets.includes('dist/cdn/inspraak.js'), '@inspraak/widgets has no dist/cdn/inspraak.js');
});

test('Node imports the SDK from its built JavaScript and votes on the installed server in demo mode', async () => {
  const dataDir = await mkdtemp(path.join(scratch, 'demo-data-'));
  const server = await startInstalledServer(['--demo'], dataDir);
  try {
    const { stdout } = await node(['uses-sdk.mjs', `${server.origin}/v1`, 'pk_demo_voorbeeld', 'poll_demo'], project);
    const seen = JSON.parse(stdout);
    assert.equal(seen.resolved, pathToFileURL(path.join(project, 'node_modules/@inspraak/sdk/dist/index.js')).href);
    assert.equal(seen.poll.id, 'poll_demo');
    assert.ok(seen.poll.options >= 2);
    assert.equal(seen.voted.length, 1);
    assert.equal(seen.results.totalBallots, 1);
    assert.deepEqual(seen.results.counts.filter(([, count]: [string, number]) => count > 0), [[seen.voted[0], 1]]);
    assert.equal(seen.unknownPoll.status, 404, JSON.stringify(seen.unknownPoll));
  } finally {
    await server.stop();
  }
});

test('the installed server runs in production mode: health, a compressed loader, no demo keys, the first site from the CLI', async () => {
  const dataDir = await mkdtemp(path.join(scratch, 'production-data-'));
  const server = await startInstalledServer([], dataDir);
  try {
    console.log(`inspraak serve from the installed package was ready in ${Math.round(server.readyMs)} ms`);
    assert.match(server.banner, /No sites yet/);
    assert.doesNotMatch(server.banner, /pk_demo_voorbeeld|sk_demo_voorbeeld/);

    const health = await fetch(`${server.origin}/v1/health`);
    assert.equal(health.status, 200);

    const raw = await fetch(`${server.origin}/cdn/inspraak.js`, { headers: { 'accept-encoding': 'identity' } });
    const loader = await raw.text();
    assert.equal(raw.status, 200);
    assert.match(loader, /inspraak-poll/);
    for (const encoding of ['br', 'gzip']) {
      const compressed = await fetch(`${server.origin}/cdn/inspraak.js`, { headers: { 'accept-encoding': encoding } });
      assert.equal(compressed.headers.get('content-encoding'), encoding);
      assert.equal(await compressed.text(), loader, `the ${encoding} loader decodes to the same file`);
    }

    const demoAdmin = await fetch(`${server.origin}/v1/admin/polls`, { headers: { authorization: 'Bearer sk_demo_voorbeeld' } });
    assert.equal(demoAdmin.status, 401, 'the published demo admin token is refused');

    const { stdout, stderr } = await run(
      path.join(project, 'node_modules/.bin/inspraak'),
      ['sites', 'create', '--name', 'Gemeente X', '--origin', 'https://www.example.nl'],
      project,
      { INSPRAAK_DATA_DIR: dataDir },
    );
    assert.ok(stderr.includes(dataDir), `sites create names the database it opened:\n${stderr}`);
    const adminToken = /\b(sk_[A-Za-z0-9_-]+)/.exec(stdout)?.[1];
    assert.ok(adminToken && /\bpk_[A-Za-z0-9_-]+/.test(stdout), `sites create prints the new keys:\n${stdout}`);
    const ownAdmin = await fetch(`${server.origin}/v1/admin/polls`, { headers: { authorization: `Bearer ${adminToken}` } });
    assert.equal(ownAdmin.status, 200, 'the running server accepts the key the CLI made in the same data folder');
  } finally {
    await server.stop();
  }
});

for (const resolution of ['node16', 'bundler']) {
  test(`tsc --strict accepts the SDK's and the widgets' types with ${resolution} resolution`, async () => {
    await node([path.join(root, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${resolution}.json`], project);
  });
}

test("Vite builds a page that imports '@inspraak/widgets/poll'", async () => {
  const outDir = path.join(scratch, 'page-dist');
  await node(['build-page.mjs', pathToFileURL(path.join(root, 'node_modules/vite/dist/node/index.js')).href, outDir], project);
  const assets = path.join(outDir, 'assets');
  const files = await readdir(assets);
  const scripts = await Promise.all(files.filter((file) => file.endsWith('.js')).map((file) => readFile(path.join(assets, file), 'utf8')));
  // The define module is a side effect the bundler keeps (package.json `sideEffects`), with its tag.
  assert.ok(scripts.some((code) => /\.define\(\s*["'`]inspraak-poll["'`]\s*\)/.test(code)), 'no chunk registers <inspraak-poll>');
  assert.ok(scripts.some((code) => code.includes('customElements.define(')), 'no chunk calls customElements.define');
  const styles = await Promise.all(files.filter((file) => file.endsWith('.css')).map((file) => readFile(path.join(assets, file), 'utf8')));
  assert.ok(styles.some((css) => css.includes('--inspraak-')), 'the NL Design System theme is not in the page');
  assert.match(await readFile(path.join(outDir, 'index.html'), 'utf8'), /<script type="module"[^>]* src="\/assets\/[^"]+\.js"/);
});

test('publint finds nothing to fix in each tarball', async () => {
  for (const [name, { tarball }] of packed) {
    const data = await readFile(tarball);
    const { messages, pkg } = await publint({
      pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer },
      level: 'suggestion',
      strict: true,
    });
    assert.deepEqual(messages.map((message) => `${message.type}: ${formatMessage(message, pkg)}`), [], `publint on ${name}`);
  }
});

// The packages are ESM only (`"type": "module"`, `import` everywhere; Node 20.19+ can `require()` ESM
// anyway): the 'esm-only' profile leaves out node10 and CommonJS-from-node16 resolution, which only
// a CommonJS build would serve. A stylesheet or a YAML document export is no module for TypeScript to resolve.
test('@arethetypeswrong/cli finds no problem in each tarball (ESM only)', async () => {
  // One attw per tarball, side by side: each loads a TypeScript of its own.
  await Promise.all([...packed].map(async ([name, { tarball }]) => {
    const manifest = JSON.parse(await readFile(path.join(project, 'node_modules', name, 'package.json'), 'utf8'));
    const stylesheets = Object.keys(manifest.exports ?? {}).filter((subpath) => /\.(css|yaml)$/.test(subpath));
    const args = [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color'];
    if (stylesheets.length > 0) args.push('--exclude-entrypoints', ...stylesheets);
    await node([path.join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), ...args], project);
  }));
});
