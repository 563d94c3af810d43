import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { InspraakClient } from './client-context.ts';
import { languageOf } from './localize.ts';

/**
 * What every Inspraak widget shares: where its API is (`api`, `site-key` or a `client`), texts
 * overridden per instance (`texts`, keyed like the widget's locale file), the level of its heading,
 * the language it speaks (its own `lang`, else the nearest `[lang]` ancestor's, crossing shadow
 * roots) and a `define()` that tolerates a second copy.
 */
export class InspraakElement<Texts extends object = object> extends LitElement {
  // Declared here rather than with decorators: the decorator helpers cost bytes of the CDN budget.
  // Lit merges these with each widget's own `static properties`.
  static override properties: PropertyDeclarations = {
    api: { attribute: 'api' },
    siteKey: { attribute: 'site-key' },
    client: { attribute: false },
    texts: { attribute: 'texts', type: Object },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The API root including its version, e.g. `https://inspraak.example.nl/v1` (attribute `api`). Default: the loader's. */
  api = '';

  /** The site's public key, `pk_…` (attribute `site-key`). Default: the loader's `data-site-key`. */
  siteKey = '';

  /** A client made with `createClient()`, used when neither attributes nor the loader configure one. */
  client: InspraakClient | undefined;

  /** Texts to use instead of the built-in ones, e.g. `{ "submit": "Stem" }` (attribute `texts`, as JSON; keys in the widget's file in `src/locales/`). */
  texts: Partial<Texts> = {};

  /** The level of the widget's main heading, 1–6 (attribute `heading-level`); its other headings are one below it. */
  headingLevel = 2;

  /** The property naming what the widget shows (`poll`, `board`, `map`): when it or the API changes, the widget reads again. */
  protected static subject = '';

  /** Registers the tag; a page that loads two copies of a widget gets a warning instead of a crash. */
  static define(tag: string): void {
    const existing = customElements.get(tag);
    if (!existing) customElements.define(tag, this);
    else if (existing !== this) console.warn(`Inspraak: <${tag}> was already defined`);
  }

  // A page that switches a `lang` attribute (its own, a section's, <html>'s) sees the widget follow.
  #languageObserver = new MutationObserver(() => this.requestUpdate());

  /** The language the widget speaks now, e.g. `nl` or `en-GB`. */
  protected get language(): string {
    return languageOf(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#languageObserver.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
    // Moved elsewhere in the page (disconnecting stopped its work): read again.
    if (this.hasUpdated) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#languageObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const { subject } = this.constructor as typeof InspraakElement;
    if ([subject, 'api', 'siteKey', 'client'].some((key) => changed.has(key))) void this.load();
  }

  /** Reads what the widget shows again (after a failed load, or to show what is new); what the resident entered is kept. */
  async reload(): Promise<void> {
    await this.load();
  }

  /** Reads what the widget shows from the API; each widget has its own. */
  protected async load(): Promise<void> {}
}
