/**
 * "Delete my idea" / "Delete my report": a resident erases what they sent, by its receipt, after a
 * confirmation that says what goes and that it cannot be undone. The confirmation takes focus;
 * after the erase a status message does. Shared by the idea form and the feedback map, and loaded
 * only with their receipt views, never with the form a resident first meets.
 */
import { InspraakApiError } from '@inspraak/sdk';
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { errorTextKey, type ErrorTextKey } from './error-messages.ts';
import { InspraakErrorEvent } from './events.ts';
import { heading } from './heading.ts';
import type { Localizer } from './localize.ts';

/** The texts of the erase step; each widget words them for what it erases. */
export type ErasureTexts = Record<
  'eraseButton' | 'eraseHeading' | 'eraseText' | 'eraseYes' | 'eraseNo' | 'erasing' | 'erased' | 'eraseFailed' | 'requestId' | ErrorTextKey,
  string
>;

type Step = 'ask' | 'confirm' | 'erasing' | 'done';

export class ReceiptErasure {
  step: Step = 'ask';
  error: unknown;
  readonly #host: ReactiveElement;
  readonly #erase: () => Promise<unknown>;

  /** `erase` calls the API (`eraseByReceipt`); the host re-renders on every step. */
  constructor(host: ReactiveElement, erase: () => Promise<unknown>) {
    this.#host = host;
    this.#erase = erase;
  }

  async #go(step: Step, focus: string): Promise<void> {
    this.step = step;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.shadowRoot?.getElementById(focus)?.focus();
  }

  async #confirm(): Promise<void> {
    if (this.step !== 'confirm') return;
    this.error = undefined;
    this.step = 'erasing';
    this.#host.requestUpdate();
    try {
      await this.#erase();
    } catch (error) {
      // Not found: nothing is left to erase (erased already, say in another tab, or a retry after a lost answer).
      if (!(error instanceof InspraakApiError && error.kind === 'not-found')) {
        this.error = error;
        this.#host.dispatchEvent(new InspraakErrorEvent(error));
        return this.#go('confirm', 'erase-error');
      }
    }
    await this.#go('done', 'erased');
  }

  /**
   * The "delete" button, the confirmation, or (once erased) the status message followed by `after`.
   * `level` is the level of the confirmation's heading.
   */
  render(l: Localizer<ErasureTexts>, level: number, after: unknown = nothing): TemplateResult {
    if (this.step === 'done') {
      return html`<div part="status" class="status success"><p id="erased" tabindex="-1">${l.t('erased')}</p></div>${after}`;
    }
    if (this.step === 'ask') {
      return html`<div class="actions erase">
        <button type="button" part="button" class="secondary" id="erase" @click=${() => this.#go('confirm', 'erase-heading')}>${l.t('eraseButton')}</button>
      </div>`;
    }
    const busy = this.step === 'erasing';
    const requestId = (this.error as { requestId?: string } | undefined)?.requestId;
    return html`<section part="status" class="status erase" aria-labelledby="erase-heading" aria-describedby="erase-text"
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && !busy && this.#go('ask', 'erase')}>
      ${heading(level, l.t('eraseHeading'), 'erase-heading')}
      <p id="erase-text">${l.t('eraseText')}</p>
      ${this.error
        ? html`<div part="error" class="error" id="erase-error" role="alert" tabindex="-1">
            <p class="error-title">${l.t('eraseFailed')}</p>
            <p>${l.t(errorTextKey(this.error))}</p>
            ${requestId ? html`<p class="meta">${l.t('requestId', { id: requestId })}</p>` : nothing}
          </div>`
        : nothing}
      <div class="actions">
        <button type="button" part="button" class="primary" aria-disabled=${busy} @click=${() => this.#confirm()}>${busy ? l.t('erasing') : l.t('eraseYes')}</button>
        <button type="button" part="button" class="secondary" ?hidden=${busy} @click=${() => this.#go('ask', 'erase')}>${l.t('eraseNo')}</button>
      </div>
    </section>`;
  }
}
