#!/usr/bin/env node
// `npm test`: every suite of the project, one clearly reported step each, then one summary line
// `N passed, N failed` that CI reads.
// `npm test -- server sdk` runs only the steps named (`npm test -- --list` names them all).
// Without Chromium the steps that need no browser still run; the others fail, saying what to install.
// Steps run two at a time (`--jobs N` or INSPRAAK_TEST_JOBS to change it; 1 streams each step's
// output as it runs): a step that reads the build waits for the 'build' step, steps that drive
// web-test-runner take turns, and the longest chains start first. With more than one job a step's
// output is printed whole when it ends, so steps never interleave; a line says when each starts.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { existsSync, readFileSync, rmSync, mkdirSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser, browserHelp, findFirefox, firefoxHelp, findWebKit, webkitHelp } from './find-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Where steps write their counts; a run of `npm test` inside a test (scripts/repository) passes its own.
const outputDir = process.env.INSPRAAK_TEST_OUTPUT ?? join(root, '.test-output');
process.env.INSPRAAK_TEST_OUTPUT = outputDir;

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
  // `weight`: about how many seconds a step takes here, to start the longest chains first.
  { name: 'contract', weight: 5, ...nodeTest([...testFiles('openapi'), ...testFiles('packages/contract/test')]) },
  // tsc on the root project, the React example and the JSX typings' tests; vue-tsc on the Vue ones.
  // The repository itself: declared dependencies (knip), and `npm test` without browsers.
  { name: 'repository', weight: 40, ...nodeTest(testFiles('scripts/repository')) },
  { name: 'types', weight: 60, command: process.execPath, args: ['scripts/typecheck.mjs'], count: countExit },
  { name: 'server', weight: 165, ...nodeTest(testFiles('packages/server/test')) },
  { name: 'sdk', weight: 40, ...nodeTest(testFiles('packages/sdk/test')) },
  // The same suite on the CDN build's ky subset, so npm and CDN users get one HTTP behaviour
  // (the bundle tests use no ky); runs whenever 'sdk' does.
  {
    name: 'sdk on the CDN ky subset',
    partOf: 'sdk',
    weight: 40,
    ...nodeTest(testFiles('packages/sdk/test').filter((file) => !file.endsWith('bundle.test.ts')), ['--import', './packages/sdk/test/with-ky-subset.mjs']),
  },
  { name: 'build', weight: 35, command: 'npm', args: ['run', 'build', '--silent'], count: countExit },
  // Packs the published packages and installs them in a project outside the repository.
  { name: 'packages', weight: 90, needs: 'build', ...nodeTest(testFiles('scripts/package-install')) },
  // Reads the built CDN folder (its byte budget) and the build's custom-elements manifest.
  withChromium({ name: 'widget builds', weight: 80, needs: 'build', ...nodeTest(testFiles('packages/widgets/test')) }),
  // scripts/adoption checks the server's SBOM that the build writes, with LICENSE, publiccode.yml
  // and CHANGELOG.md.
  withChromium({ name: 'docs', weight: 30, needs: 'build', ...nodeTest([...testFiles('scripts/docs'), ...testFiles('scripts/api-reference'), ...testFiles('scripts/adoption')]) }),
  widgets('chromium', 'Chromium', chromium, browserHelp, 'apt-get install chromium'),
  widgets('firefox', 'Firefox ESR', findFirefox(), firefoxHelp, 'apt-get install firefox-esr'),
  widgets('webkit', 'WebKitGTK', findWebKit(), webkitHelp, 'apt-get install webkit2gtk-driver xvfb xauth'),
  // Builds Storybook and opens every story in Chromium (axe, console, requests): one test per story.
  withChromium({ name: 'storybook', weight: 370, ...nodeTest(testFiles('stories/test')) }),
  // The `npm start` server with the built CDN.
  // Builds the console and the CDN into folders of its own: no 'build' to wait for.
  withChromium({ name: 'console', weight: 30, ...nodeTest(testFiles('packages/console/test')) }),
  withChromium({ name: 'end to end', weight: 40, needs: 'build', ...nodeTest(testFiles('examples', '.e2e.test.ts')) }),
];

/**
 * The widgets' browser tests in one engine (INSPRAAK_BROWSER, read by web-test-runner.config.js),
 * counted from that engine's own summary file. An engine that is not installed is a failed step that
 * says what to install: CI installs all three, so a missing one is never a silent skip.
 */
function widgets(engine, label, found, help = '', install = '') {
  const step = {
    name: `widgets in ${label}`,
    files: [...testFiles('packages/widgets/src'), ...testFiles('packages/console/src')],
    weight: 50,
    // One web-test-runner at a time: each starts a dev server and the test API server of its own.
    lock: 'web-test-runner',
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

/** Runs one step: its output streams through (`stream`) or is kept and returned with the counts. */
function run(step, stream) {
  return new Promise((resolve) => {
    const env = { ...process.env, ...step.env };
    const child = spawn(step.command, step.args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (target) => (chunk) => {
      output += chunk;
      if (stream) target.write(chunk);
    };
    child.stdout.on('data', take(process.stdout));
    child.stderr.on('data', take(process.stderr));
    child.on('close', (code) => resolve({ ...step.count(output, code ?? 1), output }));
  });
}

const picked = process.argv.slice(2);
const names = picked.filter((arg, index) => !arg.startsWith('--') && picked[index - 1] !== '--jobs');
if (picked.includes('--list')) {
  for (const step of steps) console.log(step.name);
  process.exit(0);
}
if (picked.includes('--help') || picked.includes('-h')) {
  console.log(`node scripts/test.mjs [step …] [--jobs N] [--list]: runs the named test steps (all without a name), N at a time.\nThe steps:\n${steps.map((step) => `  ${step.name}`).join('\n')}`);
  process.exit(0);
}
const unknownOption = picked.find((arg, index) => arg.startsWith('-') && !['--jobs', '--list'].includes(arg) && picked[index - 1] !== '--jobs');
if (unknownOption) {
  console.error(`Unknown option ${unknownOption}: see node scripts/test.mjs --help`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const unknown = names.filter((name) => !steps.some((step) => step.name === name));
if (unknown.length > 0) {
  console.error(`No test step named ${unknown.map((name) => `"${name}"`).join(', ')}. The steps:\n${steps.map((step) => `  ${step.name}`).join('\n')}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

rmSync(outputDir, { recursive: true, force: true });
mkdirSync(outputDir, { recursive: true });

const jobOption = picked.indexOf('--jobs');
const jobs = Math.max(1, Number(jobOption >= 0 ? picked[jobOption + 1] : process.env.INSPRAAK_TEST_JOBS ?? Math.min(2, availableParallelism())) || 1);
const chosen = steps.filter((step) => names.length === 0 || names.includes(step.name) || names.includes(step.partOf));

/** A step's weight plus the heaviest chain of chosen steps that wait for it: the order to start them in. */
const chainWeight = (step) => (step.weight ?? 0) + Math.max(0, ...chosen.filter((other) => other.needs === step.name).map(chainWeight));
const results = new Map();
const pending = [...chosen].sort((a, b) => chainWeight(b) - chainWeight(a));
const running = new Set();
const finished = new Set();

async function runStep(step) {
  if (step.files && step.files.length === 0) return { line: `${step.name}: no test files`, passed: 0, failed: 0 };
  if (step.notRun) {
    console.error(`\n=== ${step.name} ===\nNOT RUN, counted as a failure:\n${step.notRun}`);
    return { line: `${step.name}: NOT RUN, install it: ${step.install}; 0 passed, 1 failed`, passed: 0, failed: 1 };
  }
  const stream = jobs === 1;
  console.log(stream ? `\n=== ${step.name} ===` : `» ${step.name} started`);
  const started = Date.now();
  const result = await run(step, stream);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!stream) process.stdout.write(`\n=== ${step.name} ===\n${result.output}`);
  return { line: `${step.name}: ${result.passed} passed, ${result.failed} failed (${seconds} s)`, ...result };
}

await new Promise((allDone) => {
  const startReady = () => {
    if (pending.length === 0 && running.size === 0) return allDone();
    for (const step of [...pending]) {
      if (running.size >= jobs) break;
      // A step whose 'needs' was not chosen (`npm test -- docs`) uses the build that is there.
      const waiting = step.needs && chosen.some((other) => other.name === step.needs) && !finished.has(step.needs);
      const locked = step.lock && [...running].some((other) => other.lock === step.lock);
      if (waiting || locked) continue;
      pending.splice(pending.indexOf(step), 1);
      running.add(step);
      runStep(step).then((result) => {
        results.set(step.name, result);
        running.delete(step);
        finished.add(step.name);
        startReady();
      });
    }
  };
  startReady();
});

const totals = { passed: 0, failed: 0 };
console.log('\n=== summary ===');
for (const step of chosen) {
  const result = results.get(step.name);
  totals.passed += result.passed;
  totals.failed += result.failed;
  console.log(result.line);
}
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
