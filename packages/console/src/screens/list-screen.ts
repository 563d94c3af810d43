import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { sharedStyles } from '@inspraak/widgets';
import { failureText, type ConsoleContext } from '../console-context.ts';
import { consoleStyles } from '../console-styles.ts';
import { fill, plural } from '../texts.ts';

/**
 * What the console's list screens share (polls, the moderation queue, the answers owed): the
 * context, the items read on connect, the load error with a retry, and after an item is dealt with,
 * its removal with focus on the next item's heading (or the one before, or the page's `h1`), so
 * focus never falls back to the start of the page.
 */
export abstract class ConsoleListScreen<Item> extends LitElement {
  static override styles = [sharedStyles, consoleStyles];

  static override properties = {
    context: { attribute: false },
    items: { state: true },
    loadError: { state: true },
    busy: { state: true },
    progress: { state: true },
  };

  context!: ConsoleContext;
  items: Item[] | undefined;
  loadError = '';
  /** A call for one of the items is under way (its buttons say so, and a second press waits). */
  busy = false;
  /** How far a selection's work is ("3 of 12 done"), while it runs. */
  progress = '';

  /** Reads the list (its first 100 items). */
  protected abstract fetchItems(): Promise<Item[]>;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    this.loadError = '';
    try {
      this.items = await this.fetchItems();
    } catch (error) {
      this.loadError = failureText(this.context.texts, error);
    }
  }

  /**
   * Deals with `items` one after the other (one, or a moderator's selection): `work` for each, then
   * `done` of those that went through said in the live region and those taken out of the list (or,
   * with `keep`, each replaced by what `work` returned: the item as the server now has it); a
   * failure is said too (the first reason, and how many of a selection), and its item stays. A
   * second press while busy does nothing. Returns the items that went through.
   */
  protected async settle(
    items: readonly Item[],
    work: (item: Item) => Promise<unknown>,
    done: (settled: readonly Item[]) => string,
    { keep = false } = {},
  ): Promise<Item[]> {
    if (this.busy) return [];
    const { texts, language } = this.context;
    this.busy = true;
    const settled: Item[] = [];
    let failures = 0;
    let firstFailure: unknown;
    try {
      for (const [index, item] of items.entries()) {
        if (items.length > 1) this.progress = fill(texts.progress, { done: index, total: items.length });
        try {
          const result = await work(item);
          // An item that stays in the list (`keep`) takes the server's new version of it.
          if (keep) this.items = this.items?.map((candidate) => (candidate === item ? (result as Item) : candidate));
          settled.push(keep ? (result as Item) : item);
        } catch (error) {
          failures += 1;
          firstFailure ??= error;
        }
      }
    } finally {
      this.busy = false;
      this.progress = '';
    }
    const failed = failures === 0 ? '' : items.length > 1 ? `${plural(texts.notDone, failures, language)} ${failureText(texts, firstFailure)}` : failureText(texts, firstFailure);
    this.context.announce([settled.length > 0 ? done(settled) : '', failed].filter(Boolean).join(' '));
    if (settled.length > 0 && !keep) await this.#removeItems(settled);
    return settled;
  }

  /** Takes `gone` out of the list and moves focus to the heading (`article h2`) now where the first of them was. */
  async #removeItems(gone: readonly Item[]): Promise<void> {
    const index = Math.min(...gone.map((item) => this.items?.indexOf(item) ?? -1));
    this.items = this.items?.filter((candidate) => !gone.includes(candidate));
    await this.updateComplete;
    const headings = this.renderRoot.querySelectorAll<HTMLElement>('article h2');
    (headings[Math.max(0, Math.min(index, headings.length - 1))] ?? this.renderRoot.querySelector<HTMLElement>('h1'))?.focus();
  }

  /** Loading, the load error with its retry, or `empty`: what stands where the list does not. */
  protected renderListState(empty: string): TemplateResult | typeof nothing {
    const { texts } = this.context;
    if (this.loadError) {
      return html`<div class="error" role="alert"><p>${this.loadError}</p></div>
        <button class="secondary" type="button" @click=${() => void this.load()}>${texts.retry}</button>`;
    }
    if (this.items === undefined) return html`<p>${texts.loading}</p>`;
    if (this.items.length === 0) return html`<p>${empty}</p>`;
    return nothing;
  }
}
