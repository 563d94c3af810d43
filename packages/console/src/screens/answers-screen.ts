import { html, nothing } from 'lit';
import type { AnswersDuePage, Idea } from '@inspraak/sdk';
import { AnswerInputLimits } from '@inspraak/contract/constants/AnswerInputLimits';
import { IdeaStatusValues } from '@inspraak/contract/constants/IdeaStatusValues';
import { StatusChangeLimits } from '@inspraak/contract/constants/StatusChangeLimits';
import { fill, longDate, plural } from '../texts.ts';
import { ConsoleListScreen } from './list-screen.ts';

type DueItem = AnswersDuePage['items'][number];

/** The roles that may answer and set statuses (the contract's scopes of answerIdea and setIdeaStatus). */
const answeringRoles = ['admin', 'moderator'];

/**
 * `<inspraak-console-answers>`: ideas that crossed their board's support threshold and are owed the
 * city's answer, soonest due first, overdue ones marked. A moderator (or admin) writes the official
 * answer there, optionally with a new status and its public note; the idea then leaves the list.
 */
export class ConsoleAnswersScreen extends ConsoleListScreen<DueItem> {
  static override properties = { ...ConsoleListScreen.properties, answering: { state: true } };

  /** The idea whose answer form is open. */
  answering = '';

  protected override async fetchItems(): Promise<DueItem[]> {
    return (await this.context.client.admin.ideas.answersDue({ limit: 100 })).items;
  }

  async #open(idea: Idea): Promise<void> {
    this.answering = idea.id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#answer-${idea.id}`)?.focus();
  }

  async #submit(event: SubmitEvent, item: DueItem): Promise<void> {
    event.preventDefault();
    const { client, texts } = this.context;
    const data = new FormData(event.target as HTMLFormElement);
    const text = String(data.get('answer') ?? '').trim();
    const status = String(data.get('status') ?? '') as Idea['status'] | '';
    const note = String(data.get('note') ?? '').trim();
    if (!text) {
      this.context.announce(texts.answerMissing);
      this.renderRoot.querySelector<HTMLElement>(`#answer-${item.idea.id}`)?.focus();
      return;
    }
    await this.settle(
      [item],
      async () => {
        // The status first: when the machine refuses it, nothing is published yet.
        if (status && status !== item.idea.status) await client.admin.ideas.setStatus(item.idea.id, { status, ...(note && { note }) });
        await client.admin.ideas.answer(item.idea.id, text);
        this.answering = '';
      },
      () => fill(texts.answered, { title: item.idea.title }),
    );
  }

  override render() {
    const { texts } = this.context;
    return html`
      <h1 tabindex="-1">${texts.answers}</h1>
      <p>${texts.answersIntro}</p>
      ${this.renderListState(texts.answersEmpty)} ${this.items?.map((item) => this.#renderItem(item))}
    `;
  }

  #renderItem(item: DueItem) {
    const { texts, language, site } = this.context;
    const { idea } = item;
    const headingId = `idea-${idea.id}`;
    const due = longDate(item.dueAt, language);
    const mayAnswer = answeringRoles.includes(site.role);
    return html`<article class="card" aria-labelledby=${headingId}>
      <h2 id=${headingId} tabindex="-1">${idea.title}</h2>
      <p>
        ${item.overdue ? html`<strong class="overdue">${fill(texts.overdue, { date: due })}</strong>` : fill(texts.dueOn, { date: due })}
        · ${plural(texts.supports, idea.supportCount, language)} · ${texts.ideaStatus[idea.status]}
      </p>
      <p>${idea.description}</p>
      ${mayAnswer && this.answering !== idea.id
        ? html`<button class="primary" type="button" aria-describedby=${headingId} @click=${() => this.#open(idea)}>${texts.answer}</button>`
        : nothing}
      ${this.answering === idea.id ? this.#renderForm(item) : nothing}
    </article>`;
  }

  #renderForm(item: DueItem) {
    const { texts } = this.context;
    const { idea } = item;
    return html`<form class="card" @submit=${(event: SubmitEvent) => this.#submit(event, item)}>
      <div class="field">
        <label for="answer-${idea.id}">${texts.officialAnswer}</label>
        <p class="hint" id="answer-hint-${idea.id}">${texts.officialAnswerHint}</p>
        <textarea id="answer-${idea.id}" name="answer" rows="5" maxlength=${AnswerInputLimits.text.maxLength} aria-describedby="answer-hint-${idea.id}" .value=${idea.officialAnswer?.text ?? ''}></textarea>
      </div>
      <div class="field">
        <label for="status-${idea.id}">${texts.newStatus}</label>
        <select id="status-${idea.id}" name="status">
          <option value="">${fill(texts.keepStatus, { status: texts.ideaStatus[idea.status] })}</option>
          ${IdeaStatusValues.filter((status) => status !== idea.status).map((status) => html`<option value=${status}>${texts.ideaStatus[status]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="note-${idea.id}">${texts.statusNote}</label>
        <textarea id="note-${idea.id}" name="note" rows="2" maxlength=${StatusChangeLimits.note.maxLength}></textarea>
      </div>
      <div class="actions">
        <button class="primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${texts.publishAnswer}</button>
        <button class="secondary" type="button" @click=${() => (this.answering = '')}>${texts.cancel}</button>
      </div>
    </form>`;
  }
}
