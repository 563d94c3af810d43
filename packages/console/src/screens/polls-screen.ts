import { html, nothing } from 'lit';
import type { Poll } from '@inspraak/sdk';
import { PollCreateLimits } from '@inspraak/contract/constants/PollCreateLimits';
import { PollOptionInputLimits } from '@inspraak/contract/constants/PollOptionInputLimits';
import { failureText } from '../console-context.ts';
import { fill } from '../texts.ts';
import { errorSummary, focusErrorSummary } from './form-fields.ts';
import { linesOf } from './form-values.ts';
import { linkTable } from './link-table.ts';
import { ConsoleListScreen } from './list-screen.ts';

/** The poll form's fields, with what is wrong in each (the GOV.UK pattern: a summary that links to the fields). */
type FieldName = 'question' | 'options';

/**
 * `<inspraak-console-polls>`: the site's polls, newest first, each linking to its page, and the form
 * to create one (question, one answer per line, an optional explanation). A new poll opens at once.
 */
export class ConsolePollsScreen extends ConsoleListScreen<Poll> {
  static override properties = { ...ConsoleListScreen.properties, errors: { state: true }, createError: { state: true } };

  errors: Partial<Record<FieldName, string>> = {};
  /** Why the last create failed, when the server refused it. */
  createError = '';

  protected override async fetchItems(): Promise<Poll[]> {
    return (await this.context.client.admin.polls.list({ limit: 100 })).items;
  }

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const { texts } = this.context;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const question = String(data.get('question') ?? '').trim();
    const options = linesOf(String(data.get('options') ?? ''));
    const description = String(data.get('description') ?? '').trim();
    this.errors = {
      ...(question ? {} : { question: texts.noQuestion }),
      ...(options.length < PollCreateLimits.options.minItems || options.length > PollCreateLimits.options.maxItems
        ? { options: fill(texts.optionCount, { min: PollCreateLimits.options.minItems, max: PollCreateLimits.options.maxItems }) }
        : options.some((line) => line.length > PollOptionInputLimits.label.maxLength)
          ? { options: fill(texts.optionTooLong, { max: PollOptionInputLimits.label.maxLength }) }
          : {}),
    };
    if (Object.keys(this.errors).length > 0) {
      await this.updateComplete;
      focusErrorSummary(this.renderRoot);
      return;
    }
    this.busy = true;
    this.createError = '';
    try {
      const poll = await this.context.client.admin.polls.create({
        question,
        options: options.map((label) => ({ label })),
        ...(description && { description }),
      });
      form.reset();
      this.context.announce(fill(texts.created, { question: poll.question }));
      location.hash = `#/polls/${encodeURIComponent(poll.id)}`;
    } catch (error) {
      this.createError = failureText(texts, error);
      this.context.announce(this.createError);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const { texts } = this.context;
    return html`
      <h1>${texts.polls}</h1>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading" class="visually-hidden">${texts.polls}</h2>
        ${this.renderListState(texts.pollsEmpty)}
        ${this.items?.length
          ? linkTable(
              'polls',
              [texts.question, texts.statusColumn],
              this.items.map((poll) => ({ id: poll.id, title: poll.question, value: texts.status[poll.status] })),
            )
          : nothing}
      </section>
      <section aria-labelledby="new-heading">
        <h2 id="new-heading">${texts.newPoll}</h2>
        ${errorSummary(texts.errorSummary, this.errors, this.renderRoot)}
        ${this.createError ? html`<div class="error" role="alert"><p>${this.createError}</p></div>` : nothing}
        <form novalidate @submit=${this.#create}>
          <div class="field">
            <label for="question">${texts.question}</label>
            <p class="hint" id="question-hint">${texts.questionHint}</p>
            ${this.errors.question ? html`<p class="field-error" id="question-error">${this.errors.question}</p>` : nothing}
            <input
              id="question"
              name="question"
              maxlength=${PollCreateLimits.question.maxLength}
              aria-describedby="question-hint${this.errors.question ? ' question-error' : ''}"
              aria-invalid=${this.errors.question ? 'true' : 'false'}
            />
          </div>
          <div class="field">
            <label for="options">${texts.options}</label>
            <p class="hint" id="options-hint">${texts.optionsHint}</p>
            ${this.errors.options ? html`<p class="field-error" id="options-error">${this.errors.options}</p>` : nothing}
            <textarea
              id="options"
              name="options"
              rows="5"
              aria-describedby="options-hint${this.errors.options ? ' options-error' : ''}"
              aria-invalid=${this.errors.options ? 'true' : 'false'}
            ></textarea>
          </div>
          <div class="field">
            <label for="description">${texts.description}</label>
            <textarea id="description" name="description" rows="3" maxlength=${PollCreateLimits.description.maxLength}></textarea>
          </div>
          <button class="primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${texts.create}</button>
        </form>
      </section>
    `;
  }
}
