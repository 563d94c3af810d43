import { html, nothing, type TemplateResult } from 'lit';
import type { PollResults, PollsApi } from '@inspraak/sdk';
import { errorTextKey, isRetryable } from '../../base/error-messages.ts';
import { InspraakErrorEvent } from '../../base/events.ts';
import { InspraakElement } from '../../base/inspraak-element.ts';
import { fallbackLanguage, localizerFor, type Localizer } from '../../base/localize.ts';
import type { PollTexts } from '../../locales/nl-poll.ts';
import { pollTexts } from '../../locales/poll-translations.ts';
import { loadPollData, pollsFor, type PollData } from './poll-data.ts';
import { InspraakVotedEvent, InspraakVoteEvent } from './poll-events.ts';
import { styles } from './poll.styles.ts';

/** Live updates are announced at most this often, so a screen reader is not flooded during a busy hour. */
const announceInterval = 5000;

type Confirmation = 'voted' | 'changed' | 'earlier';
type Validation = 'none' | 'too-many';

/**
 * A poll residents vote in on the city's own page, with results as text and bars, live updates,
 * and the resident's ballot remembered across visits.
 *
 * @summary A poll: one question, single or multiple choice, with its results.
 *
 * @event {InspraakVoteEvent} inspraak-vote - Before a vote is sent (cancelable; `detail: { pollId, optionIds }`).
 * @event {InspraakVotedEvent} inspraak-voted - After the vote was counted (`detail: { ballot, results }`).
 * @event {InspraakErrorEvent} inspraak-error - A call to the API failed (`detail: { error }`); the resident's choice is kept.
 *
 * @csspart base - The card around everything.
 * @csspart question - The question (the fieldset's legend while voting).
 * @csspart description - The poll's description.
 * @csspart hint - "Choose up to 2".
 * @csspart options - The list of choices.
 * @csspart form - The voting form: the question, the choices and the vote button.
 * @csspart option - One choice: a label holding the radio button or checkbox.
 * @csspart error-message - A problem with the choice, next to the choices.
 * @csspart error - A failed call: what happened and what to do.
 * @csspart button - Every button (also `submit-button`, `change-button`, `cancel-button`, `retry-button`).
 * @csspart submit-button - The vote button (it also has the part `button`).
 * @csspart change-button - "Change my vote", after voting (also `button`).
 * @csspart cancel-button - Keeps the vote as it was, while changing it (also `button`).
 * @csspart retry-button - Tries a failed call again (also `button`).
 * @csspart status - The heading after voting, or saying the poll is closed or not open yet.
 * @csspart results - The results section.
 * @csspart result - One option's result.
 * @csspart bar - The track of a result's bar.
 * @csspart bar-fill - The filled part of a result's bar.
 * @csspart meta - Small print: closing date, number of voters.
 * @csspart skeleton - The placeholder while loading.
 *
 * @cssproperty --inspraak-color-accent - Buttons, selected choices, bars. Default `#0b57d0`.
 * @cssproperty --inspraak-color-on-accent - Text on the accent colour. Default `#fff`.
 * @cssproperty --inspraak-color-text - Text. Default: inherited from the page.
 * @cssproperty --inspraak-color-muted - Hints and small print. Default `#4b5563`.
 * @cssproperty --inspraak-color-background - The card. Default `#fff`.
 * @cssproperty --inspraak-color-border - Borders of the card and choices. Default `#8a94a3`.
 * @cssproperty --inspraak-color-error - Error messages. Default `#b3261e`.
 * @cssproperty --inspraak-color-success - The confirmation. Default `#146c2e`.
 * @cssproperty --inspraak-color-focus - The focus outline. Default `#1a1a1a`.
 * @cssproperty --inspraak-radius - Rounded corners. Default `0.5em`.
 * @cssproperty --inspraak-color-border-subtle - The card's border. Default `#d0d5dd`.
 * @cssproperty --inspraak-poll-border-color - The card's border, for polls only. Default: `--inspraak-color-border-subtle`.
 * @cssproperty --inspraak-poll-question-size - The question's font size. Default `1.25em`.
 * @cssproperty --inspraak-poll-selected-background - A chosen option. Default: 8 % of the accent colour.
 * @cssproperty --inspraak-poll-success-background - The confirmation after voting. Default `#f0f7f2`.
 * @cssproperty --inspraak-poll-bar-color - A result's bar. Default: the accent colour.
 * @cssproperty --inspraak-poll-bar-track-color - The empty part of a bar (and the loading placeholder). Default `#e5e7eb`.
 * @cssproperty --inspraak-poll-min-height - The space held while loading. Default `15em`.
 */
export class InspraakPoll extends InspraakElement<PollTexts> {
  static override styles = styles;
  protected static override subject = 'poll';

  // Declared here rather than with decorators: the decorator helpers cost bytes of the CDN budget.
  static override properties = {
    poll: { attribute: 'poll' },
    data: { state: true },
    loadError: { state: true },
    selected: { state: true },
    validation: { state: true },
    submitting: { state: true },
    voteError: { state: true },
    changing: { state: true },
    confirmation: { state: true },
    announcement: { state: true },
  };

  // ── Properties ──────────────────────────────────────────────────────────────────────

  /** The poll's id, e.g. `poll_demo` (attribute `poll`). */
  poll = '';

  // ── State ───────────────────────────────────────────────────────────────────────────

  private data: PollData | undefined;
  private loadError: unknown;
  private selected: string[] = [];
  private validation: Validation | undefined;
  private submitting = false;
  private voteError: unknown;
  private changing = false;
  private confirmation: Confirmation = 'earlier';
  private announcement = '';

  #polls: PollsApi | undefined;
  #loading: AbortController | undefined;
  #live: AbortController | undefined;
  #lastAnnounced = 0;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  // ── Lifecycle ───────────────────────────────────────────────────────────────────────

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWork();
  }

  protected override updated(): void {
    // Bar widths through the CSSOM: a strict Content-Security-Policy blocks style attributes.
    for (const fill of this.renderRoot.querySelectorAll<HTMLElement>('.bar-fill')) fill.style.width = `${fill.dataset.share}%`;
  }

  // ── Work ────────────────────────────────────────────────────────────────────────────

  protected override async load(): Promise<void> {
    this.#stopWork();
    this.loadError = undefined;
    this.#polls = pollsFor({ api: this.api, siteKey: this.siteKey, client: this.client });
    if (!this.poll || !this.#polls) {
      // Nothing to show until a page sets the poll and where the API lives.
      this.data = undefined;
      return;
    }
    const loading = (this.#loading = new AbortController());
    const pollChanged = this.data?.poll.id !== this.poll;
    if (pollChanged) this.data = undefined;
    try {
      const data = await loadPollData(this.#polls, this.poll, loading.signal);
      if (loading.signal.aborted) return;
      this.data = data;
      if (pollChanged || !this.selected.length) this.selected = data.ballot ? [...data.ballot.optionIds] : [];
      this.confirmation = 'earlier';
      this.#startLiveResults();
    } catch (error) {
      if (loading.signal.aborted) return;
      this.loadError = error;
      this.dispatchEvent(new InspraakErrorEvent(error));
    }
  }

  #stopWork(): void {
    this.#loading?.abort();
    this.#live?.abort();
    clearTimeout(this.#announceTimer);
    this.#announceTimer = undefined;
  }

  /** Follows the results while they are visible and votes can still change them. */
  #startLiveResults(): void {
    const data = this.data;
    const polls = this.#polls;
    if (!data || !polls || data.poll.status !== 'open' || !data.results.visible || this.#live) return;
    const live = (this.#live = new AbortController());
    void (async () => {
      try {
        for await (const results of polls.subscribe(data.poll.id, { signal: live.signal })) this.#showLiveResults(results);
      } catch {
        // The stream gave up (the poll was removed or closed); the last results stay on screen.
      } finally {
        if (this.#live === live) this.#live = undefined;
      }
    })();
  }

  #showLiveResults(results: PollResults): void {
    const data = this.data;
    // Hidden results carry no counts: keep what is on screen rather than blank it.
    if (!data || !results.visible || results.pollId !== data.poll.id || results.version <= data.results.version) return;
    this.data = { ...data, results };
    this.#scheduleAnnouncement();
  }

  /** Announces the newest results politely, at most once per interval, however many ballots arrive. */
  #scheduleAnnouncement(): void {
    if (this.#announceTimer !== undefined) return;
    const wait = Math.max(0, this.#lastAnnounced + announceInterval - Date.now());
    this.#announceTimer = setTimeout(() => {
      this.#announceTimer = undefined;
      this.#lastAnnounced = Date.now();
      const total = this.data?.results.totalBallots ?? 0;
      this.announcement = this.#localizer()?.t('liveUpdate', { count: total }) ?? '';
    }, wait);
  }

  async #vote(): Promise<void> {
    const data = this.data;
    const polls = this.#polls;
    if (!data || !polls || this.submitting) return;
    const optionIds = data.poll.options.map((option) => option.id).filter((id) => this.selected.includes(id));
    this.validation = !optionIds.length ? 'none' : optionIds.length > data.poll.maxChoices ? 'too-many' : undefined;
    if (this.validation) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    if (!this.dispatchEvent(new InspraakVoteEvent({ pollId: data.poll.id, optionIds }))) return;

    const changing = this.changing || data.ballot !== null;
    this.submitting = true;
    this.voteError = undefined;
    try {
      const receipt = await polls.vote(data.poll.id, { optionIds });
      // Our own ballot is no news to announce: the confirmation takes focus instead.
      this.#lastAnnounced = Date.now();
      this.data = { ...data, ballot: receipt.ballot, results: receipt.results };
      this.confirmation = changing ? 'changed' : 'voted';
      this.changing = false;
      this.submitting = false;
      await this.updateComplete;
      this.shadowRoot?.getElementById('confirmation')?.focus();
      this.dispatchEvent(new InspraakVotedEvent({ ballot: receipt.ballot, results: receipt.results }));
      this.#startLiveResults();
    } catch (error) {
      this.submitting = false;
      this.voteError = error;
      this.dispatchEvent(new InspraakErrorEvent(error));
    }
  }

  /** The texts in the page's language, or `undefined` while that language is still loading. */
  #localizer(): Localizer<PollTexts> | undefined {
    return localizerFor(this.language, pollTexts, this.texts, () => this.requestUpdate());
  }

  // ── Handlers ────────────────────────────────────────────────────────────────────────

  #handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.#vote();
  }

  #handleChoice(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.type === 'radio') this.selected = [input.value];
    else this.selected = input.checked ? [...this.selected, input.value] : this.selected.filter((id) => id !== input.value);
    if (this.validation) this.validation = undefined;
  }

  async #handleChange(): Promise<void> {
    this.changing = true;
    this.voteError = undefined;
    this.selected = [...(this.data?.ballot?.optionIds ?? [])];
    await this.updateComplete;
    const inputs = this.renderRoot.querySelectorAll('input');
    ([...inputs].find((input) => input.checked) ?? inputs[0])?.focus();
  }

  async #handleCancelChange(): Promise<void> {
    this.changing = false;
    this.validation = undefined;
    this.voteError = undefined;
    this.selected = [...(this.data?.ballot?.optionIds ?? [])];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~=change-button]')?.focus();
  }

  async #handleRetry(): Promise<void> {
    await this.load();
    // The retry button is gone now; put focus where the resident can carry on: the question, or the
    // retry button of a read that failed again (never both: the first in the shadow root wins).
    this.renderRoot.querySelector<HTMLElement>('#question,[part~=retry-button]')?.focus();
  }

  // ── Rendering ───────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const l = this.#localizer();
    return html`
      <div part="base" class="base" lang=${l?.lang ?? fallbackLanguage}>
        ${l ? this.#renderContent(l) : this.#renderSkeleton('')}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }

  #renderContent(l: Localizer<PollTexts>): TemplateResult {
    if (this.loadError) return this.#renderError(l, this.loadError, true);
    const data = this.data;
    if (!data) return this.#renderSkeleton(l.t('loading'));
    const { poll, ballot } = data;
    if (poll.status === 'open' && (!ballot || this.changing)) return this.#renderForm(l, data);
    return html`
      ${this.#renderHeading(this.headingLevel, poll.question, 'question', 'question')}
      ${poll.status === 'scheduled'
        ? this.#renderStatus(l.t('scheduledHeading'), poll.opensAt ? l.t('scheduledText', { date: l.date(poll.opensAt) }) : '')
        : poll.status === 'closed'
          ? this.#renderStatus(l.t('closedHeading'), ballot ? l.t('yourChoice', { choices: this.#choiceNames(l, data) }) : l.t('closedText'))
          : this.#renderStatus(l.t(`${this.confirmation}Heading` as const), l.t('yourChoice', { choices: this.#choiceNames(l, data) }), 'success')}
      ${poll.status === 'scheduled' ? nothing : this.#renderResults(l, data)}
      ${poll.status === 'open'
        ? html`<div class="actions">
            <button type="button" part="button change-button" class="secondary" @click=${this.#handleChange}>${l.t('changeVote')}</button>
          </div>`
        : nothing}
    `;
  }

  /** Holds about the space of a poll, so the page does not jump when it arrives. */
  #renderSkeleton(label: string): TemplateResult {
    return html`<div part="skeleton" class="skeleton">
      <span class="visually-hidden">${label}</span>
      <span class="skeleton-line wide"></span>
      <span class="skeleton-line"></span>
      <span class="skeleton-line"></span>
    </div>`;
  }

  #renderForm(l: Localizer<PollTexts>, data: PollData): TemplateResult {
    const { poll } = data;
    const multiple = poll.selection === 'multiple';
    const describedBy = [poll.description && 'description', 'hint', this.validation && 'choice-error'].filter(Boolean);
    return html`
      <form part="form" novalidate @submit=${this.#handleSubmit}>
        <fieldset aria-describedby=${describedBy.join(' ')}>
          <legend part="question">${this.#renderHeading(this.headingLevel, poll.question, 'question', '')}</legend>
          ${poll.description ? html`<p id="description" part="description">${poll.description}</p>` : nothing}
          <p id="hint" part="hint" class="hint">${multiple ? l.t('hintMultiple', { max: poll.maxChoices }) : l.t('hintSingle')}</p>
          ${this.validation
            ? html`<p id="choice-error" part="error-message" class="error-message">
                <span class="visually-hidden">${l.t('errorPrefix')}</span>
                ${this.validation === 'none'
                  ? l.t('errorNoChoice')
                  : l.t('errorTooMany', { count: this.selected.length, max: poll.maxChoices })}
              </p>`
            : nothing}
          <div part="options" class="options">
            ${poll.options.map(
              (option) => html`<label part="option" class="option">
                <input
                  type=${multiple ? 'checkbox' : 'radio'}
                  name="choice"
                  value=${option.id}
                  .checked=${this.selected.includes(option.id)}
                  aria-invalid=${this.validation ? 'true' : nothing}
                  @change=${this.#handleChoice}
                />
                <span>${option.label}</span>
              </label>`,
            )}
          </div>
        </fieldset>
        ${this.voteError ? this.#renderError(l, this.voteError, false) : nothing}
        <div class="actions">
          <button type="submit" part="button submit-button" class="primary" aria-disabled=${this.submitting ? 'true' : 'false'}>
            ${this.submitting ? l.t('submitting') : l.t('submit')}
          </button>
          ${this.changing
            ? html`<button type="button" part="button cancel-button" class="secondary" @click=${this.#handleCancelChange}>
                ${l.t('cancelChange')}
              </button>`
            : nothing}
        </div>
        ${poll.closesAt ? html`<p part="meta" class="meta">${l.t('closesAt', { date: l.date(poll.closesAt) })}</p>` : nothing}
      </form>
      ${data.results.visible ? this.#renderResults(l, data) : nothing}
    `;
  }

  #renderStatus(heading: string, text: string, tone: 'success' | 'neutral' = 'neutral'): TemplateResult {
    return html`<div class="status ${tone}">
      ${this.#renderHeading(this.headingLevel + 1, heading, 'confirmation', 'status')}
      ${text ? html`<p>${text}</p>` : nothing}
    </div>`;
  }

  #renderResults(l: Localizer<PollTexts>, { poll, ballot, results }: PollData): TemplateResult {
    const title = poll.status === 'closed' ? l.t('resultsFinal') : l.t('resultsSoFar');
    if (!results.visible) {
      const reason = {
        'after-vote': 'hiddenAfterVote',
        'after-close': 'hiddenAfterClose',
        never: 'hiddenNever',
        'below-minimum': 'hiddenBelowMinimum',
      } as const;
      return html`<p part="meta" class="meta">${l.t(reason[results.hiddenReason ?? 'never'])}</p>`;
    }
    const counts = new Map((results.options ?? []).map((result) => [result.optionId, result]));
    return html`
      <section part="results" class="results" aria-labelledby="results-heading">
        ${this.#renderHeading(this.headingLevel + 1, title, 'results-heading', '')}
        <ul class="results-list">
          ${poll.options.map((option) => {
            const result = counts.get(option.id);
            const count = result?.count ?? 0;
            const share = result?.percentage ?? 0;
            const mine = ballot?.optionIds.includes(option.id);
            return html`<li part="result" class="result">
              <span class="result-text">
                <span class="result-label">${option.label}${mine ? html` <span class="mine-label">${l.t('yourPick')}</span>` : nothing}</span><span
                  class="visually-hidden"
                  >:
                </span>
                <span
                  >${l.t('optionVotes', { count })}, ${l.number(share / 100, { style: 'percent', maximumFractionDigits: 1 })}</span
                >
              </span>
              <div part="bar" class="bar" aria-hidden="true"><div part="bar-fill" class="bar-fill" data-share=${share}></div></div>
            </li>`;
          })}
        </ul>
        <p part="meta" class="meta">${l.t('totalBallots', { count: results.totalBallots ?? 0 })}</p>
      </section>
    `;
  }

  /** A failed call: what happened, what to do, and a code to give the help desk. */
  #renderError(l: Localizer<PollTexts>, error: unknown, whileLoading: boolean): TemplateResult {
    const requestId = (error as { requestId?: string } | undefined)?.requestId;
    return html`<div part="error" class="error" role="alert">
        <p class="error-title">${whileLoading ? l.t('loadFailed') : l.t(errorTextKey(error))}</p>
        ${whileLoading ? html`<p>${l.t(errorTextKey(error))}</p>` : html`<p>${l.t('choiceKept')}</p>`}
        ${requestId ? html`<p class="meta">${l.t('requestId', { id: requestId })}</p>` : nothing}
      </div>
      ${whileLoading && isRetryable(error)
        ? html`<div class="actions">
            <button type="button" part="button retry-button" class="primary" @click=${this.#handleRetry}>${l.t('retry')}</button>
          </div>`
        : nothing}`;
  }

  /** A heading at the level the page needs (a widget cannot know its place in the page's outline). */
  #renderHeading(level: number, text: string, id: string, part: string): TemplateResult {
    return html`<div
      role="heading"
      aria-level=${Math.min(Math.max(level, 1), 6)}
      id=${id}
      part=${part || nothing}
      class="heading ${id}"
      tabindex="-1"
    >
      ${text}
    </div>`;
  }

  #choiceNames(l: Localizer<PollTexts>, { poll, ballot }: PollData): string {
    return l.list(poll.options.filter((option) => ballot?.optionIds.includes(option.id)).map((option) => option.label));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'inspraak-poll': InspraakPoll;
  }
  interface GlobalEventHandlersEventMap {
    'inspraak-vote': InspraakVoteEvent;
    'inspraak-voted': InspraakVotedEvent;
  }
}
