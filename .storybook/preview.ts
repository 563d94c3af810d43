// The preview of every story: controls and docs from the widgets' custom-elements manifest, the
// toolbar's language / theme / width, and the API mocked by Mock Service Worker (stories/mocks/).
import type { Decorator, Loader, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { Controls, Description, Primary, Subtitle, Title } from '@storybook/addon-docs/blocks';
import { createElement, Fragment } from 'react';
import { html } from 'lit';
import type { RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import manifest from '../packages/widgets/custom-elements.json';
import { InspraakFeedbackMap } from '@inspraak/widgets';
import { apiBase } from '../stories/mocks/handlers.ts';
import { themes, type ThemeName } from './themes.ts';

setCustomElementsManifest(manifest);

// ── Mock Service Worker ─────────────────────────────────────────────────────────────────

const worker = setupWorker();
let started: Promise<unknown> | undefined;

/** A story's handlers: an array, or an object of named handlers (merged key by key by Storybook). */
type MswParameter = { handlers?: RequestHandler[] | Record<string, RequestHandler | RequestHandler[] | null> } | undefined;

const realMapLayer = InspraakFeedbackMap.loadMapLayer;

/**
 * Starts the worker once, then gives it this story's handlers. A request to the mocked API that no
 * handler answers is an error (the story test fails on it); anything else (Storybook's own files)
 * goes through untouched. Also forgets what a resident did in an earlier story (participant token,
 * drafts), so every story starts from its own mocks.
 */
const mswLoader: Loader = async ({ parameters }) => {
  started ??= worker.start({
    quiet: true,
    serviceWorker: { url: './mockServiceWorker.js' },
    onUnhandledRequest(request, print) {
      if (request.url.startsWith(apiBase)) print.error();
    },
  });
  await started;
  const msw = parameters.msw as MswParameter;
  const handlers = Array.isArray(msw?.handlers)
    ? msw.handlers
    : Object.values(msw?.handlers ?? {}).flatMap((handler) => handler ?? []);
  worker.resetHandlers(...handlers);
  for (const key of Object.keys(localStorage)) if (key.startsWith('inspraak')) localStorage.removeItem(key);
  // `parameters.map`: 'failed' as when Leaflet cannot load (the widget's complete path without a
  // map shows), 'pending' as when it is still on its way; by default the real map, with mocked tiles.
  InspraakFeedbackMap.loadMapLayer =
    parameters.map === 'failed'
      ? () => Promise.reject(new Error('The map layer is left out in this story'))
      : parameters.map === 'pending'
        ? () => new Promise(() => {})
        : realMapLayer;
  return {};
};

// ── Language, direction, theme, width ───────────────────────────────────────────────────

const languages = { nl: { dir: 'ltr' }, en: { dir: 'ltr' }, ar: { dir: 'rtl' } } as const;
type Language = keyof typeof languages;
const widths = { full: '', '320': '320px', '480': '480px' } as const;
type Width = keyof typeof widths;

const css = (properties: Record<string, string>) =>
  Object.entries(properties)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ');

/**
 * Puts the story in a section with the chosen language and direction (the widgets read the nearest
 * `[lang]`), the theme's custom properties and the width. The page background follows the theme.
 */
const frame: Decorator = (story, { globals }) => {
  const language = ((globals.locale as string) in languages ? globals.locale : 'nl') as Language;
  const theme = themes[((globals.theme as string) in themes ? globals.theme : 'default') as ThemeName];
  const width = widths[((globals.width as string) in widths ? globals.width : 'full') as Width];
  document.documentElement.style.cssText = css(theme.page);
  document.body.style.cssText = css({ ...theme.page, margin: '0' });
  const style = css({ ...theme.properties, padding: '1rem', 'box-sizing': 'border-box', ...(width ? { 'max-width': width } : {}) });
  return html`<section class="inspraak-story" lang=${language} dir=${languages[language].dir} style=${style} aria-label="Inspraak">
    ${story()}
  </section>`;
};

/**
 * A widget's Docs page: its documentation and API tables from the custom-elements manifest
 * (attributes, properties, events, parts, CSS custom properties) with one live example. One only:
 * every story has its own mocked API, and one page has one service worker.
 */
const docsPage = () =>
  createElement(Fragment, null, createElement(Title), createElement(Subtitle), createElement(Description), createElement(Primary), createElement(Controls));

/** A toolbar menu of the preview: its choices as [value, title]. */
const toolbar = (description: string, title: string, icon: string, items: [value: string, title: string][]) => ({
  description,
  toolbar: { title, icon, items: items.map(([value, itemTitle]) => ({ value, title: itemTitle })), dynamicTitle: true },
});

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [mswLoader],
  decorators: [frame],
  globalTypes: {
    locale: toolbar('Language of the section around the widget', 'Language', 'globe', [
      ['nl', 'Nederlands'],
      ['en', 'English'],
      ['ar', 'العربية (right to left)'],
    ]),
    theme: toolbar('A city theme through --inspraak-* custom properties', 'Theme', 'paintbrush', [
      ['default', 'Default'],
      ['city', 'City (Rivierstad)'],
      ['dark', 'Dark'],
    ]),
    width: toolbar('Width of the column the widget sits in', 'Width', 'mobile', [
      ['full', 'Full width'],
      ['480', '480 px'],
      ['320', '320 px'],
    ]),
  },
  initialGlobals: { locale: 'nl', theme: 'default', width: 'full' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    docs: { page: docsPage },
    a11y: {
      // The same bar as the widgets' own tests: WCAG 2.2 AA.
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
      test: 'error',
    },
  },
};

export default preview;
