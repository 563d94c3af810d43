// The static API reference (`npm run docs:api`): built into a temporary folder from the contract,
// it holds every operation with its method and path and every tag, has no script, renders only a
// safe subset of Markdown, and passes axe (WCAG 2.2 AA) in Chromium, wide, at 320 px and in dark mode.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { parse } from 'yaml';
import { startTestServer } from '../../packages/server/src/testing.ts';
import { runAxe, type AxeReport } from '../axe-page.ts';
import { browserHelp, chromiumArgs, findBrowser } from '../find-browser.mjs';
import { buildApiReference, defaultContract, operationsOf } from './build.ts';
import { escapeHtml, renderMarkdown } from './markdown.ts';

const spec = parse(readFileSync(defaultContract, 'utf8'));

let dir: string;
let file: string;
let html: string;
let browser: Browser;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'inspraak-api-reference-'));
  file = buildApiReference(dir);
  html = readFileSync(file, 'utf8');
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(browserHelp);
  browser = await puppeteer.launch({ executablePath, args: chromiumArgs, headless: true });
});

after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The built page in a Chromium tab of this width and colour scheme, with JavaScript off. */
async function openPage(width: number, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  // No network, no scripts of its own: a file URL with JavaScript off proves it needs none.
  await page.setJavaScriptEnabled(false);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return page;
}

async function axeViolations(page: Page): Promise<AxeReport> {
  // The page has no script of its own: JavaScript is switched on only for axe.
  await page.setJavaScriptEnabled(true);
  await page.reload({ waitUntil: 'load' });
  return runAxe(page);
}

describe('API reference: content', () => {
  it('has every operation, with its method, path and operationId, once', () => {
    const operations = operationsOf(spec);
    assert.ok(operations.length >= 40, `expected the contract's operations, found ${operations.length}`);
    for (const op of operations) {
      const opening = `<section class="operation" aria-labelledby="op-${op.id}-title" id="op-${op.id}">`;
      const start = html.indexOf(opening);
      assert.ok(start >= 0, `no section for ${op.id}`);
      assert.equal(html.indexOf(`id="op-${op.id}"`, start + opening.length), -1, `${op.id} appears twice`);
      const section = html.slice(start, html.indexOf('</section>', start));
      assert.match(section, new RegExp(`<span class="method method-${op.method}">${op.method.toUpperCase()}</span> <code class="path">${escapeHtml(op.path).replace(/[{}]/g, '\\$&')}</code>`), `${op.id}: method and path`);
      assert.ok(section.includes(`<code>${op.id}</code>`), `${op.id}: operationId`);
      assert.ok(section.includes('<h4 id="op-' + op.id + '-responses">Responses</h4>'), `${op.id}: responses`);
      for (const status of Object.keys(op.operation.responses)) {
        assert.ok(section.includes(`data-label="Status">${status}</th>`), `${op.id}: response ${status}`);
      }
      assert.ok(html.includes(`<a href="#op-${op.id}">`), `${op.id} is in the table of contents`);
    }
  });

  it('has a section with a heading for every tag, in the table of contents', () => {
    for (const tag of spec.tags as { name: string }[]) {
      assert.ok(html.includes(`<section aria-labelledby="tag-${tag.name}-title" id="tag-${tag.name}">\n<h2 id="tag-${tag.name}-title">${tag.name}</h2>`), `tag ${tag.name}`);
      assert.ok(html.includes(`<a href="#tag-${tag.name}">`), `tag ${tag.name} in the contents`);
    }
  });

  it('has every schema, with required fields marked in words', () => {
    for (const name of Object.keys(spec.components.schemas)) assert.ok(html.includes(`id="schema-${name}"`), `schema ${name}`);
    const problem = html.slice(html.indexOf('id="schema-Problem"'), html.indexOf('</section>', html.indexOf('id="schema-Problem"')));
    assert.match(problem, /<code>requestId<\/code><\/th><td data-label="Type">string<\/td><td data-label="Required"><strong>required<\/strong>/);
    assert.match(problem, /<code>detail<\/code><\/th><td data-label="Type">string<\/td><td data-label="Required">optional/);
  });

  it("shows the contract's examples and problem types", () => {
    assert.ok(html.includes('<figcaption>Example request'), 'an example request');
    assert.ok(html.includes('&quot;optionIds&quot;: ['), 'the ballot example, escaped');
    assert.ok(html.includes('Problem types: <code>urn:inspraak:problem:rate-limited</code>'));
  });

  it('is one self-contained page: no script, no external resource, one h1, landmarks, a skip link', () => {
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handlers');
    assert.doesNotMatch(html, /<(link|img|iframe)\b/i);
    assert.equal(html.match(/<h1\b/g)?.length, 1);
    for (const landmark of ['<header>', '<nav aria-labelledby="toc-title">', '<main id="main"', '<footer>']) assert.ok(html.includes(landmark), landmark);
    assert.match(html, /^<!doctype html>\n<html lang="en">/);
    assert.ok(html.indexOf('<a class="skip-link" href="#main">') < html.indexOf('<header>'));
  });
});

describe('API reference: served by the server', () => {
  it('is at /docs/api/ (and /docs/api redirects there)', async () => {
    const server = await startTestServer({ staticRoots: { apiReference: dir } });
    try {
      const page = await fetch(`${server.origin}/docs/api/`);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
      assert.equal(await page.text(), html);
      const bare = await fetch(`${server.origin}/docs/api`, { redirect: 'manual' });
      assert.equal(bare.status, 301);
      assert.equal(bare.headers.get('location'), '/docs/api/');
    } finally {
      await server.close();
    }
  });
});

describe('API reference: Markdown in descriptions', () => {
  it('renders paragraphs, code spans, bold, links and lists', () => {
    assert.equal(renderMarkdown('One `code` and **bold**.\n\nTwo [RFC 9457](https://www.rfc-editor.org/rfc/rfc9457).'), '<p>One <code>code</code> and <strong>bold</strong>.</p>\n<p>Two <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a>.</p>');
    assert.equal(renderMarkdown('- one\n- two `x`\n  continued'), '<ul><li>one</li><li>two <code>x</code> continued</li></ul>');
    assert.equal(renderMarkdown('1. first\n2. second'), '<ol><li>first</li><li>second</li></ol>');
  });

  it('escapes everything else: HTML, scripts, unsafe link targets', () => {
    assert.equal(renderMarkdown('an `<img src>` and <img src=x onerror=alert(1)>'), '<p>an <code>&lt;img src&gt;</code> and &lt;img src=x onerror=alert(1)&gt;</p>');
    assert.equal(renderMarkdown('<script>alert(1)</script>'), '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    // No link: the text stays (with the `)` the link syntax could not take), the target is dropped.
    assert.equal(renderMarkdown('[click](javascript:alert(1))'), '<p>click)</p>');
    assert.equal(renderMarkdown('[click](javascript:void)'), '<p>click</p>');
    assert.equal(renderMarkdown('[x](https://a.example/"onmouseover="y)'), '<p>x</p>');
    assert.equal(renderMarkdown('# not a heading'), '<p># not a heading</p>');
  });

  it("escapes the contract's own angle brackets", () => {
    assert.ok(html.includes('<code>&lt;img src&gt;</code>'), 'the photo description mentions <img src>');
    assert.doesNotMatch(html, /<img\b/);
  });
});

describe('API reference: in Chromium', () => {
  for (const [width, scheme] of [
    [1280, 'light'],
    [320, 'light'],
    [320, 'dark'],
  ] as const) {
    it(`passes axe (WCAG 2.2 AA) at ${width} px, ${scheme}`, async () => {
      const page = await openPage(width, scheme);
      try {
        const { violations, passes } = await axeViolations(page);
        assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
        // The rules that matter here really ran on this page (a run that checked nothing would also find nothing).
        for (const rule of ['color-contrast', 'bypass', 'th-has-data-cells', 'td-headers-attr', 'link-name', 'document-title', 'html-has-lang']) {
          assert.ok(passes.includes(rule), `axe did not check ${rule}`);
        }
      } finally {
        await page.close();
      }
    });
  }

  it('reflows at 320 px without horizontal scrolling, and shows the focus and the skip link', async () => {
    const page = await openPage(320);
    try {
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      assert.ok(scrollWidth <= clientWidth, `the page scrolls sideways: ${scrollWidth} > ${clientWidth}`);
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const link = document.activeElement as HTMLElement;
        const box = link.getBoundingClientRect();
        const style = getComputedStyle(link);
        return { text: link.textContent, top: box.top, outline: style.outlineStyle, outlineWidth: style.outlineWidth };
      });
      assert.equal(skip.text, 'Skip to the reference');
      assert.ok(skip.top >= 0, 'the focused skip link is on screen');
      assert.equal(skip.outline, 'solid');
      assert.equal(skip.outlineWidth, '3px');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    } finally {
      await page.close();
    }
  });

  it('is dark in dark mode and light in light mode', async () => {
    const background = async (scheme: 'light' | 'dark') => {
      const page = await openPage(800, scheme);
      try {
        return await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      } finally {
        await page.close();
      }
    };
    assert.equal(await background('light'), 'rgb(255, 255, 255)');
    assert.equal(await background('dark'), 'rgb(22, 25, 29)');
  });
});
