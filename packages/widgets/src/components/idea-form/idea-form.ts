import { html, nothing, type TemplateResult } from 'lit';
import { IdeaInputLimits } from '@inspraak/contract/constants/IdeaInputLimits';
import { InspraakApiError, type Board, type IdeaInput, type IdeaSubmission, type SimilarIdea } from '@inspraak/sdk';
import { CharacterCountAnnouncer } from '../../base/character-count.ts';
import { errorTextKey, isRetryable } from '../../base/error-messages.ts';
import { renderLoadError } from '../../base/load-error.ts';
import { InspraakErrorEvent } from '../../base/events.ts';
import { characterCount, errorSummary, focusField, formField, type SummaryError } from '../../base/form-field.ts';
import { heading } from '../../base/heading.ts';
import { ideaApisFor, type IdeaApis } from '../../base/idea-apis.ts';
import { InspraakElement } from '../../base/inspraak-element.ts';
import { fallbackLanguage, localizerFor, type Localizer } from '../../base/localize.ts';
import { ideaTexts } from '../../locales/idea-translations.ts';
import type { IdeaTexts } from '../../locales/nl-ideas.ts';
import { clearDraft, emptyDraft, newKey, readDraft, saveDraft, type IdeaDraft } from './idea-draft.ts';
import type { IdeaErasure } from './idea-erasure.ts';
import { InspraakSubmitEvent, InspraakSubmittedEvent } from './idea-form-events.ts';
import { styles } from './idea-form.styles.ts';

/** The contract's limits (IdeaInput), read from the contract so they are never copied by hand. */
const limits = {
  title: IdeaInputLimits.title.maxLength,
  description: IdeaInputLimits.description.maxLength,
  place: IdeaInputLimits.place.maxLength,
  displayName: IdeaInputLimits.displayName.maxLength,
};
/** Similar ideas are looked up once typing pauses this long. */
const similarDelay = 400;

type FieldId = 'title' | 'description' | 'category' | 'place' | 'display-name';
type FieldErrors = Partial<Record<FieldId, [keyof IdeaTexts, Record<string, number>?]>>;
/** Which field a server error's JSON pointer is about. */
const fieldOfPointer: Record<string, FieldId> = {
  '/title': 'title',
  '/description': 'description',
  '/categoryId': 'category',
  '/place': 'place',
  '/displayName': 'display-name',
};
const fieldOrder: FieldId[] = ['title', 'description', 'category', 'place', 'display-name'];

/**
 * A form in which a resident sends an idea to a city's idea board, in the GOV.UK pattern, with
 * similar ideas while they type the title, and a receipt to follow the idea afterwards. A send
 * that fails because the connection dropped keeps the draft and is retried with the same
 * Idempotency-Key when the connection returns, so nothing is lost and nothing is posted twice.
 *
 * @summary A form to send an idea, with similar ideas, character counts and a receipt.
 *
 * @event {InspraakSubmitEvent} inspraak-submit - Before the idea is sent (cancelable; `detail: { boardId, idea }`).
 * @event {InspraakSubmittedEvent} inspraak-submitted - The idea was received (`detail: { idea, receipt }`).
 * @event {InspraakErrorEvent} inspraak-error - A call to the API failed (`detail: { error }`); the draft is kept.
 *
 * @csspart base - The card around everything.
 * @csspart heading - The form's heading.
 * @csspart form - The form.
 * @csspart error-summary - The list of problems after a failed send; it takes focus.
 * @csspart field - One field: label, hint, error message, control.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart error-message - A field's problem, above its control.
 * @csspart input - The text controls and the list of topics (also `textarea`, `select`).
 * @csspart textarea - The idea's description (also `input`).
 * @csspart select - The list of topics (also `input`).
 * @csspart count - A character count.
 * @csspart similar - The similar ideas ("Does your idea exist already?").
 * @csspart support-button - The button that supports a similar idea (`aria-pressed`).
 * @csspart error - A failed call: what happened and what to do.
 * @csspart button - Every button (also `submit-button`, `retry-button`, `copy-button`, `another-button`).
 * @csspart submit-button - Sends the idea (it also has the part `button`).
 * @csspart retry-button - Tries a failed send again (also `button`).
 * @csspart copy-button - Copies the receipt link (also `button`).
 * @csspart another-button - Starts another idea (also `button`).
 * @csspart status - The confirmation after sending.
 * @csspart receipt - The receipt link to keep (the server's receipt page), with its heading and hint.
 * @csspart skeleton - The placeholder while loading.
 *
 * @cssproperty --inspraak-color-accent - Buttons and focus of choices. Default `#0b57d0`.
 * @cssproperty --inspraak-color-on-accent - Text on the accent colour. Default `#fff`.
 * @cssproperty --inspraak-color-text - Text. Default: inherited from the page.
 * @cssproperty --inspraak-color-muted - Hints and counts. Default `#4b5563`.
 * @cssproperty --inspraak-color-background - The card and the controls. Default `#fff`.
 * @cssproperty --inspraak-color-border-subtle - The card's border. Default `#d0d5dd`.
 * @cssproperty --inspraak-color-input-border - The border of text controls. Default `#505a5f`.
 * @cssproperty --inspraak-color-error - Error messages and the error summary. Default `#b3261e`.
 * @cssproperty --inspraak-color-success - The confirmation. Default `#146c2e`.
 * @cssproperty --inspraak-color-focus - The focus outline. Default `#1a1a1a`.
 * @cssproperty --inspraak-radius - Rounded corners. Default `0.5em`.
 * @cssproperty --inspraak-idea-form-border-color - The card's border, for the idea form only. Default: `--inspraak-color-border-subtle`.
 * @cssproperty --inspraak-idea-form-min-height - The space held while loading. Default `30em`.
 * @cssproperty --inspraak-idea-success-background - The confirmation. Default `#f0f7f2`.
 * @cssproperty --inspraak-idea-bar-track-color - The loading placeholder. Default `#e5e7eb`.
 */
export class InspraakIdeaForm extends InspraakElement<IdeaTexts> {
  static override styles = styles;
  protected static override subject = 'board';

  static override properties = {
    board: { attribute: 'board' },
    boardData: { state: true },
    loadError: { state: true },
    draft: { state: true },
    errors: { state: true },
    sending: { state: true },
    sendError: { state: true },
    submission: { state: true },
    similar: { state: true },
    announcement: { state: true },
  };

  // ── Properties ──────────────────────────────────────────────────────────────────────

  /** The board's id, e.g. `board_demo` (attribute `board`). */
  board = '';

  // ── State ───────────────────────────────────────────────────────────────────────────

  private boardData: Board | undefined;
  private loadError: unknown;
  private draft: IdeaDraft = emptyDraft();
  /** Problems per field (a text key and its values, so a change of language follows), next to each field and in the error summary. */
  private errors: FieldErrors = {};
  private sending = false;
  private sendError: unknown;
  private submission: IdeaSubmission | undefined;
  /** Similar published ideas, with this resident's support as they changed it here. */
  private similar: (SimilarIdea & { supported?: boolean })[] = [];
  private announcement = '';

  #apis: IdeaApis | undefined;
  #loading: AbortController | undefined;
  #similarLookup: AbortController | undefined;
  #similarTimer: ReturnType<typeof setTimeout> | undefined;
  #counter = new CharacterCountAnnouncer(this);
  /** "Delete my idea" for the sent idea, once its chunk is here. */
  #erasure: IdeaErasure | undefined;
  #onOnline = () => {
    // The connection is back: send what failed for want of it, with the same Idempotency-Key.
    if (this.sendError && isRetryable(this.sendError) && !this.sending) void this.#send();
  };

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.#onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.#onOnline);
    this.#loading?.abort();
    this.#similarLookup?.abort();
    clearTimeout(this.#similarTimer);
  }

  // ── Work ────────────────────────────────────────────────────────────────────────────

  protected override async load(): Promise<void> {
    this.#loading?.abort();
    this.loadError = undefined;
    this.#apis = ideaApisFor({ api: this.api, siteKey: this.siteKey, client: this.client });
    if (!this.board || !this.#apis) {
      this.boardData = undefined;
      return;
    }
    if (this.boardData?.id !== this.board) {
      this.boardData = undefined;
      this.draft = readDraft(this.board);
    }
    const loading = (this.#loading = new AbortController());
    try {
      const board = await this.#apis.boards.get(this.board, { signal: loading.signal });
      if (!loading.signal.aborted) this.boardData = board;
    } catch (error) {
      if (loading.signal.aborted) return;
      this.loadError = error;
      this.dispatchEvent(new InspraakErrorEvent(error));
    }
  }

  /** The problems of the draft as the contract would see them, in the resident's words. */
  #check(): FieldErrors {
    const { title, description, categoryId, place, displayName } = this.draft;
    const errors: FieldErrors = {};
    const tooLong = (max: number): [keyof IdeaTexts, Record<string, number>] => ['errorTooLong', { max }];
    const trimmed = title.trim();
    if (!trimmed) errors.title = ['errorTitleMissing'];
    else if (trimmed.length < IdeaInputLimits.title.minLength) errors.title = ['errorTitleShort'];
    else if (trimmed.length > limits.title) errors.title = tooLong(limits.title);
    if (description.length > limits.description) errors.description = tooLong(limits.description);
    if (!categoryId) errors.category = ['errorCategory'];
    if (place.trim().length > limits.place) errors.place = tooLong(limits.place);
    if (displayName.trim().length > limits.displayName) errors['display-name'] = tooLong(limits.displayName);
    return errors;
  }

  /** What is sent: trimmed, with the optional fields left out when empty. */
  #input(): IdeaInput {
    const { title, description, categoryId, place, displayName } = this.draft;
    const idea: IdeaInput = { title: title.trim(), description: description.trim(), categoryId };
    if (place.trim()) idea.place = place.trim();
    if (displayName.trim()) idea.displayName = displayName.trim();
    return idea;
  }

  async #showErrors(errors: FieldErrors): Promise<void> {
    this.errors = errors;
    await this.updateComplete;
    this.shadowRoot?.getElementById('error-summary')?.focus();
  }

  async #send(): Promise<void> {
    const l = this.#localizer();
    const apis = this.#apis;
    if (!l || !apis || !this.boardData || this.sending) return;
    const errors = this.#check();
    if (Object.keys(errors).length) return this.#showErrors(errors);
    this.errors = {};
    const idea = this.#input();
    if (!this.dispatchEvent(new InspraakSubmitEvent({ boardId: this.boardData.id, idea }))) return;

    // The same text as the last send that may have arrived: the same key, so the server stores it once.
    const body = JSON.stringify(idea);
    if (!this.draft.key || this.draft.sentBody !== body) this.#setDraft({ key: newKey(), sentBody: body });
    this.sending = true;
    this.sendError = undefined;
    try {
      const submission = await apis.ideas.create(this.boardData.id, idea, { idempotencyKey: this.draft.key });
      clearDraft(this.boardData.id);
      this.draft = emptyDraft();
      this.similar = [];
      this.submission = submission;
      this.#erasure = undefined;
      void import('./idea-erasure.ts').then((module) => {
        if (this.submission !== submission) return;
        this.#erasure = new module.IdeaErasure(this, apis.ideas, submission.receipt.token);
        this.requestUpdate();
      });
      this.sending = false;
      await this.updateComplete;
      this.shadowRoot?.getElementById('confirmation')?.focus();
      this.dispatchEvent(new InspraakSubmittedEvent(submission));
    } catch (error) {
      this.sending = false;
      this.dispatchEvent(new InspraakErrorEvent(error));
      const fieldErrors = error instanceof InspraakApiError && error.kind === 'invalid' ? this.#fieldErrors(error) : {};
      if (Object.keys(fieldErrors).length) return this.#showErrors(fieldErrors);
      this.sendError = error;
      await this.updateComplete;
      this.shadowRoot?.getElementById('send-error')?.focus();
    }
  }

  /** A 422's field errors, by JSON pointer, as the resident's words next to each field. */
  #fieldErrors(error: InspraakApiError): FieldErrors {
    const errors: FieldErrors = {};
    const own = this.#check();
    for (const [pointer, [first]] of Object.entries(error.fieldErrors())) {
      const field = fieldOfPointer[pointer];
      if (!field || !first) continue;
      errors[field] = first.code === 'unknown-category' ? ['errorCategoryUnknown'] : (own[field] ?? ['errorField']);
    }
    return errors;
  }

  #setDraft(change: Partial<IdeaDraft>): void {
    this.draft = { ...this.draft, ...change };
    if (this.board) saveDraft(this.board, this.draft);
  }

  /** Looks up similar published ideas once typing pauses; a newer lookup cancels an older one. */
  #scheduleSimilar(title: string): void {
    clearTimeout(this.#similarTimer);
    this.#similarLookup?.abort();
    const q = title.trim();
    if (q.length < 3) {
      this.similar = [];
      return;
    }
    this.#similarTimer = setTimeout(async () => {
      const lookup = (this.#similarLookup = new AbortController());
      try {
        const found = await this.#apis!.ideas.similar(this.board, q, { signal: lookup.signal });
        if (lookup.signal.aborted) return;
        const before = this.similar.map((idea) => idea.id).join();
        this.similar = found.map((idea) => ({ ...idea, supported: this.similar.find((seen) => seen.id === idea.id)?.supported ?? false }));
        const l = this.#localizer();
        if (l && found.length && found.map((idea) => idea.id).join() !== before) this.announcement = l.t('similarFound', { count: found.length });
      } catch {
        // Similar ideas are a help, not a step: a failed lookup shows nothing.
      }
    }, similarDelay);
  }

  /** The texts in the page's language, or `undefined` while that language is still loading. */
  #localizer(): Localizer<IdeaTexts> | undefined {
    return localizerFor(this.language, ideaTexts, this.texts, () => this.requestUpdate());
  }

  // ── Handlers ────────────────────────────────────────────────────────────────────────

  #handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.#send();
  }

  #handleInput(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const name = control.name as keyof IdeaDraft;
    this.#setDraft({ [name]: control.value });
    const l = this.#localizer();
    const max = limits[name as keyof typeof limits];
    if (l && max && (name === 'title' || name === 'description')) this.#counter.schedule(this.#countText(l, control.value, max));
    if (name === 'title') this.#scheduleSimilar(control.value);
  }

  async #handleSupport(idea: SimilarIdea & { supported?: boolean }): Promise<void> {
    const l = this.#localizer();
    try {
      const result = idea.supported ? await this.#apis!.ideas.unsupport(idea.id) : await this.#apis!.ideas.support(idea.id);
      this.similar = this.similar.map((seen) => (seen.id === idea.id ? { ...seen, supported: result.supported, supportCount: result.supportCount } : seen));
      if (l) this.announcement = l.t(result.supported ? 'supportedNow' : 'supportWithdrawn');
    } catch (error) {
      this.dispatchEvent(new InspraakErrorEvent(error));
      if (l) this.announcement = l.t(errorTextKey(error));
    }
  }

  async #handleCopy(url: string): Promise<void> {
    const l = this.#localizer();
    // Selected first, so the resident sees what is copied, and can copy it themselves where the page
    // may not write the clipboard (an insecure page, a refusal).
    const link = this.shadowRoot?.getElementById('receipt');
    if (link) getSelection()?.selectAllChildren(link);
    try {
      await navigator.clipboard.writeText(url);
      if (l) this.announcement = l.t('copied');
    } catch {
      // The selection stays.
    }
  }

  async #handleAnother(): Promise<void> {
    this.submission = undefined;
    this.announcement = '';
    await this.updateComplete;
    this.shadowRoot?.getElementById('title')?.focus();
  }

  async #handleRetryLoad(): Promise<void> {
    await this.load();
    this.shadowRoot?.getElementById('form-heading')?.focus();
  }

  // ── Rendering ───────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const l = this.#localizer();
    return html`
      <div part="base" class="base" lang=${l?.lang ?? fallbackLanguage}>
        ${l ? this.#renderContent(l) : this.#renderSkeleton('')}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-counter>${this.#counter.text}</div>
      </div>
    `;
  }

  #renderContent(l: Localizer<IdeaTexts>): TemplateResult {
    if (this.loadError) return renderLoadError(l, this.loadError, () => this.#handleRetryLoad());
    const board = this.boardData;
    if (!board) return this.#renderSkeleton(l.t('formLoading'));
    return html`
      ${heading(this.headingLevel, l.t('formHeading'), 'form-heading', 'heading')}
      ${this.submission
        ? this.#renderSent(l, this.submission)
        : board.status === 'closed'
          ? html`<p part="status" class="status">${l.t('boardClosed')}</p>`
          : this.#renderForm(l, board)}
    `;
  }

  #renderSkeleton(label: string): TemplateResult {
    return html`<div part="skeleton" class="skeleton">
      <span class="visually-hidden">${label}</span>
      <span class="skeleton-line wide"></span>
      <span class="skeleton-line"></span>
      <span class="skeleton-line tall"></span>
      <span class="skeleton-line"></span>
    </div>`;
  }

  #countText(l: Localizer<IdeaTexts>, value: string, max: number): string {
    const left = max - value.length;
    return left >= 0 ? l.t('charsLeft', { count: left }) : l.t('charsOver', { count: -left });
  }

  #renderForm(l: Localizer<IdeaTexts>, board: Board): TemplateResult {
    const { draft } = this;
    const errors: Partial<Record<FieldId, string>> = {};
    for (const id of fieldOrder) if (this.errors[id]) errors[id] = l.t(...this.errors[id]!);
    const summary: SummaryError[] = fieldOrder.filter((id) => errors[id]).map((id) => ({ id, message: errors[id]! }));
    const text = (id: FieldId, name: keyof IdeaDraft, label: string, hint: string, max: number, counted: boolean) =>
      formField({
        id,
        label,
        hint,
        error: errors[id],
        errorPrefix: l.t('errorPrefix'),
        count: counted
          ? characterCount(id, l.t('charsMax', { max }), this.#countText(l, draft[name] ?? '', max), (draft[name] ?? '').length > max)
          : undefined,
        control: (describedBy, invalid) =>
          id === 'description'
            ? html`<textarea part="input textarea" id=${id} name=${name} rows="6" aria-describedby=${describedBy} aria-invalid=${invalid}
                .value=${draft[name] ?? ''} @input=${this.#handleInput}></textarea>`
            : html`<input part="input" type="text" id=${id} name=${name} aria-describedby=${describedBy} aria-invalid=${invalid}
                autocomplete=${id === 'display-name' ? 'nickname' : 'off'} .value=${draft[name] ?? ''} @input=${this.#handleInput} />`,
      });
    return html`<form part="form" novalidate @submit=${this.#handleSubmit}>
      ${summary.length ? errorSummary(l.t('errorSummary'), summary, this.headingLevel + 1, (id) => focusField(this.shadowRoot!, id)) : nothing}
      ${text('title', 'title', l.t('titleLabel'), l.t('titleHint'), limits.title, true)} ${this.#renderSimilar(l)}
      ${text('description', 'description', l.t('descriptionLabel'), l.t('descriptionHint'), limits.description, true)}
      ${formField({
        id: 'category',
        label: l.t('categoryLabel'),
        error: errors.category,
        errorPrefix: l.t('errorPrefix'),
        control: (describedBy, invalid) => html`<select part="input select" id="category" name="categoryId" aria-describedby=${describedBy || nothing}
          aria-invalid=${invalid} @change=${this.#handleInput}>
          <option value="" ?selected=${!draft.categoryId}>${l.t('categoryChoose')}</option>
          ${board.categories.map((category) => html`<option value=${category.id} ?selected=${draft.categoryId === category.id}>${category.label}</option>`)}
        </select>`,
      })}
      ${text('place', 'place', l.t('placeLabel'), l.t('placeHint'), limits.place, false)}
      ${text('display-name', 'displayName', l.t('nameLabel'), l.t('nameHint'), limits.displayName, false)}
      ${this.sendError ? this.#renderSendError(l, this.sendError) : nothing}
      <div class="actions">
        <button type="submit" part="button submit-button" class="primary" aria-disabled=${this.sending ? 'true' : 'false'}>
          ${this.sending ? l.t('submitting') : l.t('submit')}
        </button>
      </div>
    </form>`;
  }

  #renderSimilar(l: Localizer<IdeaTexts>): TemplateResult | typeof nothing {
    if (!this.similar.length) return nothing;
    const threshold = this.boardData?.supportThreshold;
    return html`<section part="similar" class="similar" aria-labelledby="similar-heading">
      ${heading(this.headingLevel + 1, l.t('similarHeading'), 'similar-heading')}
      <ul>
        ${this.similar.map(
          (idea) => html`<li class="similar-idea">
            <span class="similar-title">${idea.title}</span>
            <span class="meta"
              >${threshold ? l.t('supportProgress', { count: idea.supportCount, threshold }) : l.t('supportCount', { count: idea.supportCount })}</span
            >
            <button type="button" part="button support-button" class="secondary support" aria-pressed=${idea.supported ? 'true' : 'false'}
              aria-label="${l.t('support')}: ${idea.title}" @click=${() => this.#handleSupport(idea)}>${l.t('support')}</button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  #renderSendError(l: Localizer<IdeaTexts>, error: unknown): TemplateResult {
    const retryable = isRetryable(error);
    const code = (error as InspraakApiError).code;
    const requestId = (error as { requestId?: string }).requestId;
    return html`<div part="error" class="error" id="send-error" role="alert" tabindex="-1">
      <p class="error-title">${l.t('notSentHeading')}</p>
      <p>${l.t(errorTextKey(error))} ${l.t('draftKept')}</p>
      ${retryable && code === 'network-error' ? html`<p>${l.t('autoRetry')}</p>` : nothing}
      ${requestId ? html`<p class="meta">${l.t('requestId', { id: requestId })}</p>` : nothing}
      ${retryable
        ? html`<div class="actions">
            <button type="button" part="button retry-button" class="secondary" @click=${() => this.#send()}>${l.t('retrySend')}</button>
          </div>`
        : nothing}
    </div>`;
  }

  #renderSent(l: Localizer<IdeaTexts>, { idea, receipt }: IdeaSubmission): unknown {
    const { url } = receipt;
    const another = html`<button type="button" part="button another-button" class="secondary" @click=${this.#handleAnother}>${l.t('sendAnother')}</button>`;
    const erasure = this.#erasure;
    const level = this.headingLevel + 1;
    if (erasure?.step === 'done') return erasure.view(level, html`<div class="actions">${another}</div>`);
    return html`<div part="status" class="status success">
        ${heading(this.headingLevel + 1, l.t('sentHeading'), 'confirmation')}
        <p>${idea.moderation.state === 'published' ? l.t('sentPublished') : l.t('sentPending')}</p>
      </div>
      <section part="receipt" class="field receipt" aria-labelledby="receipt-heading">
        ${heading(this.headingLevel + 1, l.t('receiptLabel'), 'receipt-heading', '', 'label')}
        <p part="hint" class="hint">${l.t('receiptHint')}</p>
        <p class="receipt-link"><a id="receipt" href=${url}>${url}</a></p>
      </section>
      <div class="actions">
        <button type="button" part="button copy-button" class="primary" @click=${() => this.#handleCopy(url)}>${l.t('copy')}</button>
        ${another}
      </div>
      ${erasure?.view(level)}`;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'inspraak-idea-form': InspraakIdeaForm;
  }
  interface GlobalEventHandlersEventMap {
    'inspraak-submit': InspraakSubmitEvent;
    'inspraak-submitted': InspraakSubmittedEvent;
  }
}
