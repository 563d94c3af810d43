// themes/nl-design-system.css in a real Chromium against the real server: a city's NL Design System
// tokens (Utrecht component tokens, or the shared `--basis-*` tokens) set on the page colour the
// poll's vote button and focus ring; with no tokens the widget's own defaults hold; a city's own
// `--inspraak-*` rule beats the mapping; and the CDN build ships the same file.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { createClient } from '@inspraak/sdk';
import { startTestServer, type TestServer } from '../../server/src/testing.ts';
import { launchChromium, writeCityPage } from './browser-page.ts';
import { buildCdnInto } from './cdn-build.ts';

const themeFile = new URL('../themes/nl-design-system.css', import.meta.url);
const pollId = 'nlds_poll';

// Example token values of a city's theme (as a municipality's theme package sets them on :root or
// on its `.utrecht-theme` class). Distinct from every Inspraak default, so a pass cannot be luck.
const utrechtTokens = {
  '--utrecht-button-primary-action-background-color': '#24578f',
  '--utrecht-button-primary-action-color': '#ffffff',
  '--utrecht-focus-outline-color': '#cc0000',
  '--utrecht-document-color': '#1a1a2e',
  '--utrecht-form-control-border-color': '#335577',
  '--utrecht-button-border-radius': '0px',
};
const basisTokens = {
  '--basis-color-action-1-color-default': '#00689e',
  '--basis-focus-outline-color': '#6b2c91',
};

const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};
const declarations = (tokens: Record<string, string>) =>
  Object.entries(tokens)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ');

let server: TestServer;
let browser: Browser;
let work: string;
let pages: string;

/** A city page with `css` in a stylesheet of its own (no inline styles: the page may have a CSP), the theme, and a poll. */
function cityPage(name: string, css: string, withTheme = true): string {
  writeFileSync(path.join(pages, `${name}.css`), css);
  const head = `<link rel="stylesheet" href="/${name}.css">${withTheme ? '<link rel="stylesheet" href="/cdn/themes/nl-design-system.css">' : ''}`;
  return writeCityPage(pages, server, `${name}.html`, `<main><inspraak-poll poll="${pollId}"></inspraak-poll></main>`, head);
}

interface Look {
  buttonBackground: string;
  buttonColor: string;
  buttonRadius: string;
  focusOutline: string;
  text: string;
}

/** Opens the page, waits for the poll, moves focus to the first choice with the keyboard, and reads the computed styles. */
async function lookOf(url: string): Promise<Look> {
  const tab: Page = await browser.newPage();
  try {
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForFunction(() => document.querySelector('inspraak-poll')?.shadowRoot?.querySelector('[part~=submit-button]'), { timeout: 15_000 });
    // Tab into the poll: the first radio button gets focus, and :focus-visible (keyboard) applies.
    for (let i = 0; i < 5; i++) {
      await tab.keyboard.press('Tab');
      const inside = await tab.evaluate(() => document.querySelector('inspraak-poll')?.shadowRoot?.activeElement?.tagName === 'INPUT');
      if (inside) break;
    }
    return await tab.evaluate(() => {
      const root = document.querySelector('inspraak-poll')!.shadowRoot!;
      const button = getComputedStyle(root.querySelector('[part~=submit-button]')!);
      const focused = root.activeElement;
      if (!focused || focused.tagName !== 'INPUT') throw new Error('the keyboard did not reach a choice');
      // The ring is drawn on the option around the focused radio button (`.option:has(input:focus-visible)`) or on the input itself.
      const ring = [focused, focused.closest('[part~=option]')!]
        .map((element) => getComputedStyle(element))
        .find((style) => style.outlineStyle !== 'none' && style.outlineWidth !== '0px');
      return {
        buttonBackground: button.backgroundColor,
        buttonColor: button.color,
        buttonRadius: button.borderTopLeftRadius,
        focusOutline: ring?.outlineColor ?? 'no outline',
        text: getComputedStyle(root.querySelector('[part~=question]')!).color,
      };
    });
  } finally {
    await tab.close();
  }
}

before(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'inspraak-nlds-'));
  pages = path.join(work, 'pages');
  mkdirSync(pages);
  await buildCdnInto(path.join(work, 'cdn'));
  server = await startTestServer({ staticRoots: { cdn: path.join(work, 'cdn'), demo: pages } });
  browser = await launchChromium();
  const admin = createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken });
  await admin.admin.polls.create({
    id: pollId,
    question: 'Welke kleur krijgen de nieuwe bankjes?',
    options: [{ label: 'Groen' }, { label: 'Blauw' }],
    selection: 'single',
    resultsVisibility: 'after-vote',
  } as never);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('themes/nl-design-system.css', () => {
  it('is in the CDN build, byte for byte', () => {
    assert.equal(readFileSync(path.join(work, 'cdn/themes/nl-design-system.css'), 'utf8'), readFileSync(themeFile, 'utf8'));
  });

  it('gives the poll the Utrecht tokens of the page: button, its text, radius, focus ring, text colour', async () => {
    const look = await lookOf(cityPage('utrecht', `:root { ${declarations(utrechtTokens)} }`));
    assert.equal(look.buttonBackground, rgb(utrechtTokens['--utrecht-button-primary-action-background-color']));
    assert.equal(look.buttonColor, rgb(utrechtTokens['--utrecht-button-primary-action-color']));
    assert.equal(look.buttonRadius, '0px');
    assert.equal(look.focusOutline, rgb(utrechtTokens['--utrecht-focus-outline-color']));
    assert.equal(look.text, rgb(utrechtTokens['--utrecht-document-color']));
  });

  it('reads tokens set on a theme class of an ancestor, not only on :root', async () => {
    writeFileSync(path.join(pages, 'themed.css'), `.utrecht-theme { ${declarations(utrechtTokens)} }`);
    const url = writeCityPage(
      pages,
      server,
      'themed.html',
      `<main class="utrecht-theme"><inspraak-poll poll="${pollId}"></inspraak-poll></main>`,
      '<link rel="stylesheet" href="/themed.css"><link rel="stylesheet" href="/cdn/themes/nl-design-system.css">',
    );
    const look = await lookOf(url);
    assert.equal(look.buttonBackground, rgb(utrechtTokens['--utrecht-button-primary-action-background-color']));
    assert.equal(look.focusOutline, rgb(utrechtTokens['--utrecht-focus-outline-color']));
  });

  it('falls back to the shared --basis-* tokens when a theme has no Utrecht tokens', async () => {
    const look = await lookOf(cityPage('basis', `:root { ${declarations(basisTokens)} }`));
    assert.equal(look.buttonBackground, rgb(basisTokens['--basis-color-action-1-color-default']));
    assert.equal(look.focusOutline, rgb(basisTokens['--basis-focus-outline-color']));
  });

  it('keeps the widget defaults when the page sets no tokens, exactly as without the stylesheet', async () => {
    const withTheme = await lookOf(cityPage('none', 'body { color: rgb(20, 20, 20); }'));
    const without = await lookOf(cityPage('bare', 'body { color: rgb(20, 20, 20); }', false));
    assert.deepEqual(withTheme, without);
    assert.equal(withTheme.buttonBackground, rgb('#0b57d0'));
    assert.equal(withTheme.buttonColor, rgb('#ffffff'));
    assert.equal(withTheme.focusOutline, rgb('#1a1a1a'));
    // The text colour's default is the page's own.
    assert.equal(withTheme.text, 'rgb(20, 20, 20)');
  });

  it("lets a city's own --inspraak-* rule win over its tokens (the mapping has zero specificity)", async () => {
    const look = await lookOf(cityPage('override', `:root { ${declarations(utrechtTokens)} } inspraak-poll { --inspraak-color-accent: #2e7d32; }`));
    assert.equal(look.buttonBackground, rgb('#2e7d32'));
    assert.equal(look.focusOutline, rgb(utrechtTokens['--utrecht-focus-outline-color']));
  });
});
