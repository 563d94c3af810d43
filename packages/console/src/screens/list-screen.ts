import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { sharedStyles } from '@inspraak/widgets';
import { failureText, type ConsoleContext } from '../console-context.ts';
import { consoleStyles } from '../console-styles.ts';

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
  };

  context!: ConsoleContext;
  items: Item[] | undefined;
  loadError = '';
  /** A call for one of the items is under way (its buttons say so, and a second press waits). */
  busy = false;

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
   * Deals with one item: `work` (the calls), then `done` said in the live region and the item out of
   * the list; a failure is said instead and the item stays. A second press while busy does nothing.
   */
  protected async settle(item: Item, work: () => Promise<unknown>, done: string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await work();
      this.context.announce(done);
      await this.#removeItem(item);
    } catch (error) {
      this.context.announce(failureText(this.context.texts, error));
    } finally {
      this.busy = false;
    }
  }

  /** Takes `item` out of the list and moves focus to the heading (`article h2`) now in its place. */
  async #removeItem(item: Item): Promise<void> {
    const index = this.items?.indexOf(item) ?? -1;
    this.items = this.items?.filter((candidate) => candidate !== item);
    await this.updateComplete;
    const headings = this.renderRoot.querySelectorAll<HTMLElement>('article h2');
    (headings[Math.min(index, headings.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('h1'))?.focus();
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
