import { html, LitElement, nothing } from 'lit';
import { sharedStyles } from '@inspraak/widgets';
import type { Poll, PollResults } from '@inspraak/sdk';
import { failureText, type ConsoleContext } from '../console-context.ts';
import { consoleStyles } from '../console-styles.ts';
import { fill, plural } from '../texts.ts';
import { deleteSection, returnToList } from './confirm-step.ts';
import { download } from './download.ts';

/** How often the counts are read again while a poll is open: a new ballot shows within this. */
export const resultsRefreshMs = 1500;

/**
 * `<inspraak-console-poll>`: one poll: its counts (read again every 1.5 s while it is open; a staff
 * screen open for an evening costs one small no-store read each time, simpler and sturdier behind
 * municipal proxies than a stream), closing it after saying what that means, the CSV, the
 * publish panel with the four ways to put it on a page, and deleting it after saying how many
 * ballots go with it (both asked by `<inspraak-console-confirm>`).
 */
export class ConsolePollScreen extends LitElement {
  static override styles = [sharedStyles, consoleStyles];

  static override properties = {
    context: { attribute: false },
    pollId: { attribute: false },
    poll: { state: true },
    results: { state: true },
    loadError: { state: true },
  };

  context!: ConsoleContext;
  pollId = '';
  poll: Poll | undefined;
  results: PollResults | undefined;
  loadError = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** A live reading under way, and whether another may follow (not while closing or deleting). */
  #refreshing: Promise<void> | undefined;
  #live = true;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  async load(): Promise<void> {
    this.loadError = '';
    try {
      [this.poll, this.results] = await Promise.all([this.context.residentClient.polls.get(this.pollId), this.context.client.admin.polls.results(this.pollId)]);
      this.#scheduleRefresh();
    } catch (error) {
      this.loadError = failureText(this.context.texts, error);
    }
  }

  #scheduleRefresh(): void {
    clearTimeout(this.#timer);
    if (!this.#live || this.poll?.status !== 'open' || !this.isConnected) return;
    this.#timer = setTimeout(() => {
      this.#refreshing = (async () => {
        try {
          this.results = await this.context.client.admin.polls.results(this.pollId);
        } catch {
          // A missed reading is not worth an alarm: the next one comes in a moment.
        }
      })();
      void this.#refreshing.then(() => {
        this.#refreshing = undefined;
        this.#scheduleRefresh();
      });
    }, resultsRefreshMs);
  }

  /**
   * Runs `change` with the live reading stopped, and a reading under way finished first: a reading
   * that crossed a delete would ask for a poll that is gone (a 404 in the browser's console).
   * The reading goes on if the change fails.
   */
  async #withoutRefresh(change: () => Promise<unknown>): Promise<void> {
    this.#live = false;
    clearTimeout(this.#timer);
    await this.#refreshing;
    try {
      await change();
    } catch (error) {
      this.#live = true;
      this.#scheduleRefresh();
      throw error;
    }
  }

  /** Closes the poll (a failure is said by the confirmation, which stays open). */
  async #close(): Promise<void> {
    await this.#withoutRefresh(async () => {
      this.poll = await this.context.client.admin.polls.close(this.pollId);
    });
    this.context.announce(this.context.texts.closed);
    this.results = await this.context.client.admin.polls.results(this.pollId);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  /** The ballots the confirmation states are read again as it opens. */
  async #readCounts(): Promise<void> {
    this.results = await this.context.client.admin.polls.results(this.pollId);
  }

  async #delete(): Promise<void> {
    const question = this.poll?.question ?? this.pollId;
    await this.#withoutRefresh(() => this.context.client.admin.polls.delete(this.pollId));
    returnToList(this.context, 'polls', fill(this.context.texts.pollDeleted, { title: question }));
  }

  #downloadCsv(): Promise<void> {
    return download(this.context, () => this.context.client.admin.polls.exportCsv(this.pollId), `${this.pollId}-results.csv`);
  }

  override render() {
    const { texts, language } = this.context;
    if (this.loadError) {
      return html`<h1 tabindex="-1">${texts.polls}</h1>
        <div class="error" role="alert"><p>${this.loadError}</p></div>
        <button class="secondary" type="button" @click=${() => void this.load()}>${texts.retry}</button>`;
    }
    const poll = this.poll;
    if (!poll) return html`<p>${texts.loading}</p>`;
    return html`
      <p><a href="#/polls">${texts.allPolls}</a></p>
      <h1 tabindex="-1">${poll.question}</h1>
      <p><span class="badge">${texts.status[poll.status]}</span></p>
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">${poll.status === 'open' ? texts.resultsLive : texts.results}</h2>
        ${this.#renderResults(poll)}
        <div class="actions">
          <button class="secondary" type="button" @click=${this.#downloadCsv}>${texts.downloadCsv}</button>
        </div>
        ${poll.status !== 'closed'
          ? html`<inspraak-console-confirm
              class="close"
              .context=${this.context}
              .label=${texts.close}
              .question=${texts.closeConfirm}
              .confirmLabel=${texts.closeYes}
              .action=${() => this.#close()}
            ></inspraak-console-confirm>`
          : nothing}
      </section>
      <section aria-labelledby="publish-heading">
        <h2 id="publish-heading">${texts.publish}</h2>
        <inspraak-console-publish .context=${this.context} widget="poll" id-attribute="poll" .subjectId=${poll.id} .subjectTitle=${poll.question} .revision=${poll.updatedAt}></inspraak-console-publish>
      </section>
      ${deleteSection(
        this.context,
        'polls',
        {
          label: texts.deletePoll,
          question: fill(texts.deletePollQuestion, { votes: plural(texts.votes, this.results?.totalBallots ?? 0, language) }),
          confirm: texts.deletePollYes,
        },
        { prepare: () => this.#readCounts(), action: () => this.#delete() },
        html`<button class="secondary" type="button" @click=${this.#downloadCsv}>${texts.downloadCsv}</button>`,
      )}
    `;
  }

  #renderResults(poll: Poll) {
    const { texts, language } = this.context;
    const results = this.results;
    if (!results?.options) return html`<p>${texts.loading}</p>`;
    const counts = new Map(results.options.map((option) => [option.optionId, option]));
    return html`<p class="total">${plural(texts.votes, results.totalBallots ?? 0, language)}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">${texts.option}</th>
            <th scope="col">${texts.votesColumn}</th>
            <th scope="col">${texts.percentage}</th>
          </tr>
        </thead>
        <tbody>
          ${poll.options.map((option) => {
            const result = counts.get(option.id);
            return html`<tr>
              <th scope="row">${option.label}</th>
              <td>${(result?.count ?? 0).toLocaleString(language)}</td>
              <td>${fill(texts.percent, { value: (result?.percentage ?? 0).toLocaleString(language, { maximumFractionDigits: 1 }) })}</td>
            </tr>`;
          })}
        </tbody>
      </table>`;
  }
}
