import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { sharedStyles } from '@inspraak/widgets';
import { failureText, mayUse, type ConsoleContext, type Section } from '../console-context.ts';
import { consoleStyles } from '../console-styles.ts';

/**
 * `<inspraak-console-confirm>`: a button for an action that cannot be undone (closing a poll,
 * deleting a poll, board or map) that first says what will happen and asks. The opened card takes
 * focus, so a screen reader reads the question; Tab reaches what the screen slots in (a download),
 * then the confirm button and Cancel; Escape or Cancel closes it and puts focus back on the button.
 * A failed action is said in the card and the live region, and the card stays open.
 */
export class ConsoleConfirmStep extends LitElement {
  static override styles = [sharedStyles, consoleStyles];

  static override properties = {
    context: { attribute: false },
    label: { attribute: false },
    question: { attribute: false },
    confirmLabel: { attribute: false },
    destructive: { type: Boolean },
    action: { attribute: false },
    prepare: { attribute: false },
    open: { state: true },
    busy: { state: true },
    failure: { state: true },
  };

  context!: ConsoleContext;
  /** The button's text, e.g. "Peiling verwijderen". */
  label = '';
  /** What happens, in plain words; the card's name. */
  question = '';
  confirmLabel = '';
  /** Deleting: the confirm button in the error colour. */
  destructive = false;
  /** Runs on confirm; where focus goes afterwards is the screen's choice. */
  action: () => Promise<void> = async () => {};
  /** Runs before the card opens, e.g. to read the counts it states again. */
  prepare: (() => Promise<void>) | undefined;
  open = false;
  busy = false;
  failure = '';

  async #open(): Promise<void> {
    try {
      await this.prepare?.();
    } catch {
      // The question states what was read before; the action itself says if it fails.
    }
    this.failure = '';
    this.open = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[role="group"]')?.focus();
  }

  async #cancel(): Promise<void> {
    this.open = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('button')?.focus();
  }

  async #confirm(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await this.action();
      this.open = false;
    } catch (error) {
      this.failure = failureText(this.context.texts, error);
      this.context.announce(this.failure);
    } finally {
      this.busy = false;
    }
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    void this.#cancel();
  }

  override render() {
    if (!this.open) return html`<button class="secondary opener" type="button" @click=${this.#open}>${this.label}</button>`;
    return html`<div class="card" role="group" tabindex="-1" aria-labelledby="confirm-question" @keydown=${this.#onKeydown}>
      <p id="confirm-question">${this.question}</p>
      <slot></slot>
      ${this.failure ? html`<div class="error" role="alert"><p>${this.failure}</p></div>` : nothing}
      <div class="actions">
        <button class=${this.destructive ? 'danger' : 'primary'} type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.#confirm}>
          ${this.confirmLabel}
        </button>
        <button class="secondary" type="button" @click=${this.#cancel}>${this.context.texts.cancel}</button>
      </div>
    </div>`;
  }
}

type DeletableSection = Extract<Section, 'polls' | 'boards' | 'maps'>;

/**
 * The *Delete* section of a poll's, board's or map's page, for the roles that may delete (as the
 * server checks them): the button, and the confirmation that states what goes (`question`, with
 * the counts) and offers the `downloads` first. `prepare` reads the counts again as it opens.
 */
export function deleteSection(
  context: ConsoleContext,
  section: DeletableSection,
  words: { label: string; question: string; confirm: string },
  calls: { prepare: () => Promise<void>; action: () => Promise<void> },
  downloads: TemplateResult | TemplateResult[],
) {
  if (!mayUse(context.site.role, section)) return nothing;
  return html`<section aria-labelledby="delete-heading">
    <h2 id="delete-heading">${context.texts.deleteHeading}</h2>
    <inspraak-console-confirm
      class="delete"
      destructive
      .context=${context}
      .label=${words.label}
      .question=${words.question}
      .confirmLabel=${words.confirm}
      .prepare=${calls.prepare}
      .action=${calls.action}
    >
      <div class="actions">${downloads}</div>
    </inspraak-console-confirm>
  </section>`;
}

/**
 * After a poll, board or map is deleted: its page is gone, so the console goes back to the list
 * (whose heading takes focus, as on every change of section) and the live region says what happened.
 */
export function returnToList(context: ConsoleContext, section: DeletableSection, said: string): void {
  context.announce(said);
  location.hash = `#/${section}`;
}
