#!/usr/bin/env node
// `npm test`: every suite of the project, one clearly reported step each, then one summary line
// `N passed, N failed` that CI reads. Each step's own output streams through as it runs.
// `npm test -- server sdk` runs only the steps named (`npm test -- --list` names them all).
// Without Chromium the steps that need no browser still run; the others fail, saying what to install.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser, browserHelp, findFirefox, firefoxHelp, findWebKit, webkitHelp } from './find-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputDir = join(root, '.test-output');

const chromium = findBrowser();
if (chromium) process.env.CHROME_PATH = chromium;

/** Test files under a folder (recursively) whose names end in `suffix`. */
function testFiles(folder, suffix = '.test.ts') {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .filter((path) => !path.includes('node_modules'))
    .sort();
}

const tsNode = ['--import', 'tsx', '--conditions=source'];
let stepNumber = 0;
/** node:test with the spec reporter on stdout and our counting reporter into a file of its own. */
const nodeTest = (files, nodeArgs = []) => {
  const countFile = join(outputDir, `node-test-count-${++stepNumber}.json`);
  return {
    command: process.execPath,
    args: [
      ...tsNode,
      ...nodeArgs,
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      `--test-reporter=${join(root, 'scripts/test-count-reporter.mjs')}`,
      `--test-reporter-destination=${countFile}`,
      ...files,
    ],
    count: (_output, code) => countFromFile(countFile, code),
    files,
  };
};
/** A step that drives Chromium (puppeteer or web-test-runner): without it, a failure that says what to install. */
const withChromium = (step) => (chromium ? step : { ...step, notRun: browserHelp, install: 'apt-get install chromium' });

const steps = [
  { name: 'contract', ...nodeTest([...testFiles('openapi'), ...testFiles('packages/contract/test')]) },
  // tsc on the root project, the React example and the JSX typings' tests; vue-tsc on the Vue ones.
  { name: 'types', command: process.execPath, args: ['scripts/typecheck.mjs'], count: countExit },
  { name: 'server', ...nodeTest(testFiles('packages/server/test')) },
  { name: 'sdk', ...nodeTest(testFiles('packages/sdk/test')) },
  // The same suite on the CDN build's ky subset, so npm and CDN users get one HTTP behaviour
  // (the bundle tests use no ky); runs whenever 'sdk' does.
  {
    name: 'sdk on the CDN ky subset',
    partOf: 'sdk',
    ...nodeTest(testFiles('packages/sdk/test').filter((file) => !file.endsWith('bundle.test.ts')), ['--import', './packages/sdk/test/with-ky-subset.mjs']),
  },
  { name: 'build', command: 'npm', args: ['run', 'build', '--silent'], count: countExit },
  // Packs the published packages and installs them in a project outside the repository (needs 'build').
  { name: 'packages', ...nodeTest(testFiles('scripts/package-install')) },
  withChromium({ name: 'widget builds', ...nodeTest(testFiles('packages/widgets/test')) }),
  // After 'build': scripts/adoption checks the server's SBOM that the build writes, with LICENSE,
  // publiccode.yml and CHANGELOG.md.
  withChromium({ name: 'docs', ...nodeTest([...testFiles('scripts/docs'), ...testFiles('scripts/api-reference'), ...testFiles('scripts/adoption')]) }),
  widgets('chromium', 'Chromium', chromium, browserHelp, 'apt-get install chromium'),
  widgets('firefox', 'Firefox ESR', findFirefox(), firefoxHelp, 'apt-get install firefox-esr'),
  widgets('webkit', 'WebKitGTK', findWebKit(), webkitHelp, 'apt-get install webkit2gtk-driver xvfb xauth'),
  // Builds Storybook and opens every story in Chromium (axe, console, requests): one test per story.
  withChromium({ name: 'storybook', ...nodeTest(testFiles('stories/test')) }),
  withChromium({ name: 'end to end', ...nodeTest(testFiles('examples', '.e2e.test.ts')) }),
];

/**
 * The widgets' browser tests in one engine (INSPRAAK_BROWSER, read by web-test-runner.config.js),
 * counted from that engine's own summary file. An engine that is not installed is a failed step that
 * says what to install: CI installs all three, so a missing one is never a silent skip.
 */
function widgets(engine, label, found, help = '', install = '') {
  const step = {
    name: `widgets in ${label}`,
    files: testFiles('packages/widgets/src'),
  };
  if (!found) return { ...step, notRun: help, install };
  return {
    ...step,
    command: process.execPath,
    args: [...tsNode, join(root, 'node_modules/@web/test-runner/dist/bin.js'), '--config', 'web-test-runner.config.js'],
    env: { INSPRAAK_BROWSER: engine },
    count: (output, code) => countWebTestRunner(engine, code),
  };
}

function countFromFile(file, code) {
  // A runner that crashed before reporting still counts as a failure.
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const { passed, failed } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed, failed: failed || (code !== 0 ? 1 : 0) };
}

function countExit(_output, code) {
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

function countWebTestRunner(engine, code) {
  const summaryFile = join(outputDir, `wtr-summary-${engine}.json`);
  if (!existsSync(summaryFile)) return { passed: 0, failed: 1 };
  const { passed, failed } = JSON.parse(readFileSync(summaryFile, 'utf8'));
  return { passed, failed: failed || (code !== 0 ? 1 : 0) };
}

function run(step) {
  return new Promise((resolve) => {
    const env = { ...process.env, ...step.env };
    const child = spawn(step.command, step.args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; process.stdout.write(chunk); });
    child.stderr.on('data', (chunk) => { output += chunk; process.stderr.write(chunk); });
    child.on('close', (code) => resolve(step.count(output, code ?? 1)));
  });
}

const picked = process.argv.slice(2);
if (picked.includes('--list')) {
  for (const step of steps) console.log(step.name);
  process.exit(0);
}
const unknown = picked.filter((name) => !steps.some((step) => step.name === name));
if (unknown.length > 0) {
  console.error(`No test step named ${unknown.map((name) => `"${name}"`).join(', ')}. The steps:\n${steps.map((step) => `  ${step.name}`).join('\n')}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

rmSync(outputDir, { recursive: true, force: true });
mkdirSync(outputDir, { recursive: true });

const totals = { passed: 0, failed: 0 };
const report = [];
for (const step of steps.filter((step) => picked.length === 0 || picked.includes(step.name) || picked.includes(step.partOf))) {
  if (step.files && step.files.length === 0) {
    report.push(`${step.name}: no test files`);
    continue;
  }
  console.log(`\n=== ${step.name} ===`);
  if (step.notRun) {
    console.error(`NOT RUN, counted as a failure:\n${step.notRun}`);
    totals.failed += 1;
    report.push(`${step.name}: NOT RUN, install it: ${step.install}; 0 passed, 1 failed`);
    continue;
  }
  const started = Date.now();
  const result = await run(step);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  totals.passed += result.passed;
  totals.failed += result.failed;
  report.push(`${step.name}: ${result.passed} passed, ${result.failed} failed (${seconds} s)`);
}

console.log('\n=== summary ===');
for (const line of report) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
