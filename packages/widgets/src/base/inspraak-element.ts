import { LitElement } from 'lit';
import { languageOf } from './localize.ts';

/**
 * What every Inspraak widget shares: the language it speaks (its own `lang`, else the nearest
 * `[lang]` ancestor's, crossing shadow roots) and a `define()` that tolerates a second copy.
 */
export class InspraakElement extends LitElement {
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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#languageObserver.disconnect();
  }
}
