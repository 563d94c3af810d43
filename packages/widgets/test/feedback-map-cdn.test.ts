// The feedback map from the CDN build, as a city's page gets it: the real server serves `/cdn/*`
// and a test page under a strict Content-Security-Policy; a real Chromium scrolls to the map. Checks
// the byte budget of the map's own code, that Leaflet (and the geocoder) load only when needed, that
// Leaflet's CSS stays inside the shadow root, and that nothing breaks the policy. The map's tile
// server is answered by a local tile through request interception: no request leaves the machine.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { browserHelp, chromiumArgs, findBrowser } from '../../../scripts/find-browser.mjs';
import { budgets, measure, pageFiles } from '../../../scripts/check-size.mjs';
import { startTestServer, type TestServer } from '../../server/src/testing.ts';
import { tilePng } from './browser/map-fixture-middleware.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cdnDir = path.join(root, 'packages/widgets/dist/cdn');

let server: TestServer;
let browser: Browser;
let pages: string;

before(async () => {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(browserHelp);
  // `npm test` builds first; on its own, this file builds when the CDN folder is missing.
  if (!existsSync(path.join(cdnDir, 'inspraak.js'))) {
    execFileSync(process.execPath, [path.join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', 'rollup.config.js', '--silent'], { cwd: root, stdio: 'inherit' });
  }
  pages = mkdtempSync(path.join(tmpdir(), 'inspraak-map-pages-'));
  server = await startTestServer({ staticRoots: { cdn: cdnDir, demo: pages } });
  browser = await puppeteer.launch({ executablePath, args: chromiumArgs, headless: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (pages) rmSync(pages, { recursive: true, force: true });
});

describe('the feedback map in the CDN build', () => {
  it('keeps its own code within budget, without Leaflet in the first download', () => {
    const map = measure().widgets['inspraak-feedback-map']!;
    const budget = budgets.widgets['inspraak-feedback-map']!.own!;
    assert.ok(map.own <= budget, `the map's own code is ${map.own} B gzip, budget ${budget}`);
    const files = pageFiles('inspraak-feedback-map');
    assert.ok(!files.some((file) => file.startsWith('map-layer-')), `Leaflet is in the first download: ${files.join(', ')}`);
    assert.ok(map.later['map-layer'], 'Leaflet is a chunk of its own');
    assert.ok(map.later['map-layer']!.gzip > 30 * 1024, 'the Leaflet chunk holds Leaflet');
  });

  it('carries the CSS of the installed Leaflet (leaflet.styles.ts is generated from it)', () => {
    execFileSync(process.execPath, [path.join(root, 'scripts/leaflet-styles.mjs'), '--check'], { cwd: root, stdio: 'pipe' });
  });

  it('loads Leaflet only when the map nears the viewport, with its CSS inside the shadow root, under a strict policy', async () => {
    // The demo map's tiles come from tile.openstreetmap.org: the page allows that host, as a city would.
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; connect-src 'self' https://api.pdok.nl">`;
    writeFileSync(
      path.join(pages, 'map.html'),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,">${csp}
<script type="module" src="/cdn/inspraak.js" data-site-key="${server.siteKey}"></script></head>
<body><h1>Gemeente Voorbeeld</h1><div aria-hidden="true">${'<br>'.repeat(200)}</div>
<inspraak-feedback-map map="map_demo"></inspraak-feedback-map></body></html>`,
    );
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1000, height: 700 });
    const requests: string[] = [];
    const errors: string[] = [];
    const tile = tilePng();
    await tab.setRequestInterception(true);
    tab.on('request', (request) => {
      const url = request.url();
      requests.push(url);
      if (url.startsWith('https://tile.openstreetmap.org/')) void request.respond({ status: 200, contentType: 'image/png', body: tile, headers: { 'access-control-allow-origin': '*' } });
      else if (url.startsWith(server.origin) || url.startsWith('data:')) void request.continue();
      else void request.abort('blockedbyclient');
    });
    tab.on('pageerror', (error) => errors.push(String(error)));
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await tab.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    await tab.goto(`${server.origin}/map.html`, { waitUntil: 'load' });
    // The page is long: the map starts far below the fold.
    await tab.waitForFunction(() => document.querySelector('inspraak-feedback-map')?.shadowRoot?.querySelector('#form-heading'), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(requests.filter((url) => /\/map-layer-/.test(url)).length, 0, 'Leaflet loaded before the map was near');
    assert.equal(requests.filter((url) => /\/geocoder-/.test(url)).length, 0, 'the geocoder loaded before anyone searched');

    await tab.$eval('inspraak-feedback-map', (element) => element.scrollIntoView());
    await tab.waitForFunction(() => document.querySelector('inspraak-feedback-map')?.shadowRoot?.querySelector('.leaflet-tile-loaded'), { timeout: 10_000 });
    assert.equal(requests.filter((url) => /\/map-layer-/.test(url)).length, 1, 'Leaflet loaded once');
    assert.ok(requests.some((url) => url.startsWith('https://tile.openstreetmap.org/15/')), 'tiles of the configured layer at its zoom');
    const styles = await tab.evaluate(() => ({
      pageSheets: document.styleSheets.length + document.adoptedStyleSheets.length,
      leafletInShadow: document
        .querySelector('inspraak-feedback-map')!
        .shadowRoot!.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.startsWith('.leaflet-pane'))),
      paneIsPositioned: getComputedStyle(document.querySelector('inspraak-feedback-map')!.shadowRoot!.querySelector('.leaflet-pane')!).position,
    }));
    assert.deepEqual(styles, { pageSheets: 0, leafletInShadow: true, paneIsPositioned: 'absolute' });
    // The seeded reports appear as markers with names.
    await tab.waitForFunction(() => document.querySelector('inspraak-feedback-map')?.shadowRoot?.querySelector('.leaflet-marker-icon[aria-label]'), { timeout: 10_000 });
    assert.deepEqual(errors, []);
    assert.deepEqual(
      requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('https://tile.openstreetmap.org/') && !url.startsWith('data:')),
      [],
      'no other host was asked',
    );
    await tab.close();
  });
});
