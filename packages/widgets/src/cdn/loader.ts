/**
 * The CDN loader, `inspraak.js`: the one script a city pastes into its pages.
 *
 *   <script type="module" src="https://inspraak.example.nl/cdn/inspraak.js" data-site-key="pk_…"></script>
 *
 * It sits in every page of a city's template, so it stays tiny and does nothing on a page without a
 * widget. When a widget's tag appears (now or later), it fetches that widget's code and, at the same
 * time, the widget's data, so neither waits for the other.
 */
// Only a type: the loader shares no code with the chunks, so they never import it back.
import type { LoaderConfig } from '../base/client-context.ts';
// Per tag, the dynamic imports of its code (widgets.manifest.json, written in by the build).
import { widgets } from 'inspraak:loader-widgets';

/** Replaced at build time by the chunks each widget needs (its whole static import graph). */
declare const __INSPRAAK_PRELOAD__: Record<string, string[]>;

const here = import.meta.url;
const script = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((tag) => tag.src === here);
const config: LoaderConfig = {
  api: script?.dataset.api || new URL('/v1', here).href,
  siteKey: script?.dataset.siteKey,
};
(globalThis as unknown as Record<symbol, LoaderConfig>)[Symbol.for('inspraak.loader')] = config;
// Our own server: only its `/embed/` links and iframes are upgraded.
const origins = [new URL(here).origin, new URL(config.api!, here).origin];
// What rich-text editors leave of a widget (see embed-upgrade.ts): its code loads only when one is on the page.
const embedSelector = 'a[href*="/embed/"],[data-inspraak],iframe[src*="/embed/"]';
let embeds: Promise<typeof import('./embed-upgrade.ts')> | undefined;

const pending = new Set(Object.keys(widgets));

function start(tag: string): void {
  pending.delete(tag);
  // Ask for the widget's whole import graph at once instead of discovering it one level at a time.
  for (const file of __INSPRAAK_PRELOAD__[tag]!) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, here).href;
    document.head.append(link);
  }
  const widget = widgets[tag]!;
  // The data reads start before the widget is defined, so the widget finds them under way instead
  // of starting its own. Its code is already downloading (modulepreload): this orders, not delays.
  (widget.prefetch?.() ?? Promise.resolve())
    .then((module) => module?.prefetch(document.querySelectorAll(tag)))
    .catch(() => {}) // the widget itself reports a failed read
    .then(widget.define)
    .catch((error: unknown) => console.error('Inspraak:', error));
}

function scan(): void {
  if (document.querySelector(embedSelector)) {
    embeds ??= import('./embed-upgrade.ts').then((module) => (module.resizeEmbedFrames(origins), module));
    embeds.then((module) => module.upgradeEmbeds(Object.keys(widgets), origins)).catch((error: unknown) => console.error('Inspraak:', error));
  }
  for (const tag of pending) if (document.querySelector(tag)) start(tag);
}

// Widgets and embed links can arrive later (a CMS that renders on the client, a tab that opens): keep watching.
const observer = new MutationObserver(scan);
observer.observe(document.documentElement, { childList: true, subtree: true });
scan();
