import { html, LitElement, nothing } from 'lit';
import { sharedStyles } from '@inspraak/widgets';
import type { Poll, PollResults } from '@inspraak/sdk';
import { failureText, type ConsoleContext } from '../console-context.ts';
import { consoleStyles } from '../console-styles.ts';
import { fill, plural } from '../texts.ts';
import { download } from './download.ts';

/** How often the counts are read again while a poll is open: a new ballot shows within this. */
export const resultsRefreshMs = 1500;

/**
 * `<inspraak-console-poll>`: one poll: its counts (read again every 1.5 s while it is open; a staff
 * screen open for an evening costs one small no-store read each time, simpler and sturdier behind
 * municipal proxies than a stream), closing it after saying what that means, the CSV, and the
 * publish panel with the four ways to put it on a page.
 */
export class ConsolePollScreen extends LitElement {
  static override styles = [sharedStyles, consoleStyles];

  static override properties = {
    context: { attribute: false },
    pollId: { attribute: false },
    poll: { state: true },
    results: { state: true },
    loadError: { state: true },
    confirmingClose: { state: true },
  };

  context!: ConsoleContext;
  pollId = '';
  poll: Poll | undefined;
  results: PollResults | undefined;
  loadError = '';
  confirmingClose = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

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
    if (this.poll?.status !== 'open' || !this.isConnected) return;
    this.#timer = setTimeout(async () => {
      try {
        this.results = await this.context.client.admin.polls.results(this.pollId);
      } catch {
        // A missed reading is not worth an alarm: the next one comes in a moment.
      }
      this.#scheduleRefresh();
    }, resultsRefreshMs);
  }

  async #close(): Promise<void> {
    const { texts } = this.context;
    try {
      this.poll = await this.context.client.admin.polls.close(this.pollId);
      this.confirmingClose = false;
      this.context.announce(texts.closed);
      this.results = await this.context.client.admin.polls.results(this.pollId);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } catch (error) {
      this.context.announce(failureText(texts, error));
    }
  }

  #downloadCsv(): Promise<void> {
    return download(this.context, () => this.context.client.admin.polls.exportCsv(this.pollId), `${this.pollId}-results.csv`);
  }

  override render() {
    const { texts } = this.context;
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
          ${poll.status !== 'closed' && !this.confirmingClose
            ? html`<button class="secondary" type="button" @click=${this.#askClose}>${texts.close}</button>`
            : nothing}
        </div>
        ${this.confirmingClose
          ? html`<div class="card" role="group" aria-labelledby="close-question">
              <p id="close-question">${texts.closeConfirm}</p>
              <div class="actions">
                <button class="primary" type="button" @click=${this.#close}>${texts.closeYes}</button>
                <button class="secondary" type="button" @click=${this.#cancelClose}>${texts.cancel}</button>
              </div>
            </div>`
          : nothing}
      </section>
      <section aria-labelledby="publish-heading">
        <h2 id="publish-heading">${texts.publish}</h2>
        <inspraak-console-publish .context=${this.context} widget="poll" id-attribute="poll" .subjectId=${poll.id} .subjectTitle=${poll.question} .revision=${poll.updatedAt}></inspraak-console-publish>
      </section>
    `;
  }

  async #askClose(): Promise<void> {
    this.confirmingClose = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#close-question')?.closest('.card')?.querySelector<HTMLElement>('button')?.focus();
  }

  async #cancelClose(): Promise<void> {
    this.confirmingClose = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.actions button:last-child')?.focus();
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
