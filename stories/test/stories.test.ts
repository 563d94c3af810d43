// Every story of the Storybook, as a designer opens it: the static build (`npm run build-storybook`)
// served over http, each story's iframe in headless Chromium, with the API mocked by Mock Service
// Worker from the contract's examples. Each story must render and finish its play function with no
// console error, no uncaught error and no failed request (except the stories that show a network
// failure on purpose), and axe must find nothing at WCAG 2.2 AA, inside the widgets' shadow roots.
// Stories tagged `forced-colors` run with `forced-colors: active` emulated. Finally, every widget
// tag in the custom-elements manifest must have stories, and each must have been seen rendered.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { describeViolations, runAxe } from '../../scripts/axe-page.ts';
import { browserHelp, chromiumArgs, findBrowser } from '../../scripts/find-browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const staticDir = join(root, 'storybook-static');

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  importPath: string;
  type: 'story' | 'docs';
  tags?: string[];
}

// ── Build (the same command a designer or CI runs) ──────────────────────────────────────

const buildStarted = Date.now();
const build = spawnSync('npm', ['run', 'build-storybook', '--silent'], { cwd: root, encoding: 'utf8', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  throw new Error(`npm run build-storybook failed (exit ${build.status})`);
}
console.log(`Storybook built in ${((Date.now() - buildStarted) / 1000).toFixed(1)} s`);

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const widgetTags: string[] = (
  JSON.parse(readFileSync(join(root, 'packages/widgets/custom-elements.json'), 'utf8')) as {
    modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
  }
).modules
  .flatMap((module) => module.declarations ?? [])
  .flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));

// ── A static server for storybook-static (a service worker needs http, not file://) ─────

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    // The browser asks for it by itself; Storybook's pages link their own SVG icon.
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) && file !== dir) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end('Not found');
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let server: Server;
let browser: Browser;
let origin: string;
/** The widget tags each story rendered, for the last test. */
const rendered = new Map<string, Set<string>>();

before(async () => {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(browserHelp);
  server = await serve(staticDir);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await puppeteer.launch({
    executablePath,
    headless: true,
    // No request leaves the machine: every host but this one fails to resolve. The mocks (a service
    // worker) answer before the network, so a story that needs the internet fails here.
    args: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--window-size=1024,900'],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** What `watchStory` records in the story's page. */
interface StoryWatch {
  __inspraakStory?: { finished: string; errors: string[] };
}

/**
 * Runs in the story's page before Storybook: as soon as the preview's event channel exists, records
 * how the story finished (`storyFinished`: after render, play function and the addons' afterEach)
 * and every error Storybook reports on the way (a failed play function, a render error, errors
 * thrown while playing). Plain JavaScript in a string: tsx's compiled functions carry helpers the
 * page does not have.
 */
const watchStory = `(() => {
  const state = (globalThis.__inspraakStory = { finished: '', errors: [] });
  const describe = (error) => (error && (error.message || error.title)) || JSON.stringify(error);
  const attach = () => {
    const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return void setTimeout(attach, 2);
    channel.on('storyFinished', (payload) => (state.finished = payload.status));
    for (const event of ['playFunctionThrewException', 'storyThrewException', 'storyErrored', 'storyMissing']) {
      channel.on(event, (payload) => state.errors.push(event + ': ' + describe(payload)));
    }
    channel.on('unhandledErrorsWhilePlaying', (errors) => {
      for (const error of errors) state.errors.push('unhandled error while playing: ' + describe(error));
    });
  };
  attach();
})();`;

/** Console texts a story that answers with an HTTP error or a failed connection makes on purpose. */
const expectedNoise = (tags: string[]) => (text: string) =>
  (tags.includes('error-response') && /^Failed to load resource: the server responded with a status of [45]\d\d/.test(text)) ||
  (tags.includes('network-failure') && /^Failed to load resource: net::ERR_FAILED/.test(text));

// Two stories at a time (CI has two cores), each in a browser context of its own: no storage, token
// or draft of one story reaches another.
describe('stories', { concurrency: 2 }, () => {
  for (const story of stories) {
    test(story.id, async (t) => {
      const tags = story.tags ?? [];
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const problems: string[] = [];
      const noise = expectedNoise(tags);
      page.on('console', (message) => {
        if (message.type() === 'error' && !noise(message.text())) problems.push(`console error: ${message.text().slice(0, 800)}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
      page.on('requestfailed', (request) => {
        const reason = request.failure()?.errorText ?? '';
        // Cancelled by the page itself, not failed: a widget aborts a read a newer one replaces (the
        // list of reports when the place changes), Leaflet drops the tiles of a zoom level it left.
        if (reason === 'net::ERR_ABORTED') return;
        if (tags.includes('network-failure') && request.url().includes('/api/v1/')) return;
        problems.push(`request failed: ${request.url()} ${reason}`);
      });
      try {
        await page.setViewport({ width: 1024, height: 900 });
        await page.evaluateOnNewDocument(watchStory);
        if (tags.includes('forced-colors')) {
          // Windows High Contrast, as Chromium emulates it (puppeteer's emulateMediaFeatures does not
          // know this feature yet: the DevTools protocol directly).
          const devtools = await page.createCDPSession();
          await devtools.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
        }
        // `a11y.manual`: the a11y addon (the designer's panel) does not run axe as well; this test runs it.
        await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`, { waitUntil: 'load' });

        // Rendered and its play function done: Storybook's `storyFinished`, and no error on the way.
        await page.waitForFunction(() => (globalThis as unknown as StoryWatch).__inspraakStory?.finished, { timeout: 30_000, polling: 50 });
        const watched = await page.evaluate(() => {
          const story = (globalThis as unknown as StoryWatch).__inspraakStory!;
          const shown = document.body.classList.contains('sb-show-errordisplay');
          const display = shown ? `${document.querySelector('#error-message')?.textContent ?? ''} ${document.querySelector('#error-stack')?.textContent ?? ''}` : '';
          return { status: story.finished, errors: story.errors, display: display.trim() };
        });
        if (watched.status !== 'success') problems.push(`story finished with status ${watched.status}`);
        for (const error of watched.errors) problems.push(`story error: ${error.slice(0, 600)}`);
        if (watched.display) problems.push(`error display: ${watched.display.slice(0, 600)}`);

        // The widgets finish their last update (texts in another language load on demand).
        const tagsSeen = await page.evaluate(async () => {
          const widgets = [...document.querySelectorAll('#storybook-root *')].filter((node) => node.localName.startsWith('inspraak-'));
          await Promise.all(widgets.map((widget) => (widget as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
          await new Promise((resolve) => setTimeout(resolve, 100));
          return [...new Set(widgets.map((widget) => widget.localName))];
        });
        rendered.set(story.id, new Set(tagsSeen));
        assert.ok(tagsSeen.length > 0, `${story.id} renders no Inspraak widget`);

        const { violations } = await runAxe(page, '#storybook-root');
        for (const line of describeViolations(violations)) problems.push(`axe: ${line}`);

        assert.deepEqual(problems, [], `${story.id}:\n  ${problems.join('\n  ')}`);
        // Through the reporter, not console.log: a child's raw output between the runner's messages
        // can break them ("Unable to deserialize cloned data") while two stories run at once.
        const ours = tags.filter((tag) => ['error-response', 'network-failure', 'forced-colors'].includes(tag));
        t.diagnostic(`${story.id}: axe ${violations.length} violations${ours.length ? ` (${ours.join(', ')})` : ''}`);
      } finally {
        page.removeAllListeners();
        await context.close().catch(() => {}); // a page that crashed is already gone (its story failed above)
      }
    });
  }
});

test('every widget in the custom-elements manifest has stories, and they render it', (t) => {
  assert.ok(widgetTags.length >= 4, `the manifest lists ${widgetTags.length} widget tags`);
  const missing: string[] = [];
  for (const tag of widgetTags) {
    const file = `./stories/${tag.replace(/^inspraak-/, '')}.stories.ts`;
    const inFile = stories.filter((story) => story.importPath === file);
    const renderedIt = [...rendered.values()].filter((tags) => tags.has(tag)).length;
    t.diagnostic(`${tag}: ${inFile.length} stories in ${file}, ${renderedIt} rendering it`);
    if (inFile.length === 0 || renderedIt === 0) missing.push(tag);
  }
  assert.deepEqual(missing, [], `widgets without stories: ${missing.join(', ')}`);
});
